/**
 * `ask`: a question in Chinese answered from the graph. understand() links names and chooses a
 * plan (no database); askQuestion() runs it through a read-only runner and words the answer.
 * The CLI (src/commands/ask.ts) and the server (POST /api/ask) share this path.
 */
import { loadGrammar, type Grammar } from './grammar.ts';
import { buildLexicon, type Lexicon, type NameRow } from './lexicon.ts';
import type { Row } from './plan.ts';
import { understand, type LinkedEntity, type Understanding } from './understand.ts';

export { understand, type Understanding, type LinkedEntity } from './understand.ts';
export { buildLexicon, normalizeText, type Lexicon, type NameRow } from './lexicon.ts';
export { loadGrammar, type Grammar } from './grammar.ts';
export { RULES } from './intents.ts';

/** The answer as the issue's contract gives it (`--format json`, POST /api/ask). */
export interface AskResult {
  question: string;
  understood: boolean;
  intent: string | null;
  entities: LinkedEntity[];
  query: string | null;
  cypher: string | null;
  params: Record<string, unknown>;
  rows: Row[];
  answer: string;
}

/** The result and what the answer consists of (for tests and the question set's scoring). */
export interface AskOutcome {
  result: AskResult;
  /** The names (titles, documents) that answer it, as read from the rows. */
  values: string[];
  /** How many there are (a count question's number). */
  total: number;
  /** Names in the question the graph does not hold. */
  notInGraph: string[];
}

/** Runs one read-only statement with parameters; the CLI and the server each pass theirs. */
export type ReadRunner = (cypher: string, params: Record<string, unknown>) => Promise<{ rows: Row[] }>;

/** What to ask, one example each: shown when a question is not understood. */
export const EXAMPLES: Array<{ kind: string; example: string }> = [
  { kind: '谁负责某街道 / 某人在哪任职、任何职务', example: '新塘街道的一把手是谁? / 邵意丽在哪个街道任职?' },
  { kind: '某街道的项目、工作、企业', example: '新塘有哪些项目? / 北干街道在推进哪些改革?' },
  { kind: '哪些街道推进某项工作', example: '哪些街道都在推进一网统管?' },
  { kind: '至少 N 个街道共同推进的工作', example: '哪些政策至少有 3 个街道在推进?' },
  { kind: '两个(或更多)街道的共同点 / 最像某街道的街道', example: '城厢街道和北干街道有哪些共同的工作? / 哪个街道和新塘最像?' },
  { kind: '项目背后的企业 / 企业的项目、所在街道', example: '三星羽绒数字工厂背后是哪家企业? / 银泰百货参与了哪些项目?' },
  { kind: '项目在哪', example: '三星羽绒数字工厂在哪个街道?' },
  { kind: '两者有什么联系 / 出处', example: '三星羽绒和洪泉良有什么联系? / 邵意丽任职新塘街道的出处是什么?' },
  { kind: '数量与名单', example: '新塘街道有多少个项目? / 列出所有街道' },
];

function notUnderstoodAnswer(): string {
  return ['没有读懂这个问题(图中也没有据此可答的事实)。可以这样问:', ...EXAMPLES.map((e) => `- ${e.kind}: ${e.example}`)].join('\n');
}

const TYPE_NAME: Record<string, string> = { Street: '街道(镇)', Official: '官员', Project: '项目', Enterprise: '企业', Program: '工作', Person: '人物', District: '区县' };

function blank(question: string, u: Understanding, answer: string, understood: boolean): AskResult {
  return { question, understood, intent: 'intent' in u ? u.intent : null, entities: u.entities, query: null, cypher: null, params: {}, rows: [], answer };
}

/** Understands and answers one question; the runner only ever sees fixed statements and parameters. */
export async function askQuestion(question: string, lexicon: Lexicon, run: ReadRunner, grammar: Grammar = loadGrammar()): Promise<AskOutcome> {
  const u = understand(question, lexicon, grammar);
  if (u.kind === 'not-understood') return { result: blank(question, u, notUnderstoodAnswer(), false), values: [], total: 0, notInGraph: [] };
  if (u.kind === 'not-in-graph') {
    const names = u.missing.map((m) => m.mention);
    const what = u.missing.map((m) => `「${m.mention}」${m.hint ? `(${TYPE_NAME[m.hint] ?? m.hint})` : ''}`).join('、');
    return { result: blank(question, u, `图中没有 ${what}: 无法回答,也不以相近的名称代替`, true), values: [], total: 0, notInGraph: names };
  }
  if (u.kind === 'ambiguous') {
    const options = u.options.map((o) => `${o.name}(${o.id})`).join('、');
    return { result: blank(question, u, `「${u.mention}」在图中可指 ${u.options.length} 个: ${options}。请写明是哪一个`, true), values: [], total: 0, notInGraph: [] };
  }
  const { plan } = u;
  const { rows } = await run(plan.cypher, plan.params);
  const values = plan.values(rows);
  const result: AskResult = {
    question,
    understood: true,
    intent: plan.intent,
    entities: u.entities,
    query: plan.query,
    cypher: plan.cypher,
    params: plan.params,
    rows,
    answer: plan.say(values, rows),
  };
  return { result, values, total: plan.total ? plan.total(rows) : values.length, notInGraph: [] };
}

/** The statement that reads every entity's names from Neo4j (for the lexicon). */
export const NAMES_CYPHER = `MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.fullName AS fullName, e.tradeName AS tradeName,
       e.district AS district, e.city AS city`;

/** The lexicon of a graph JSON's entities (props.fullName, props.tradeName as names too). */
export function lexiconOfGraph(entities: Array<{ id: string; type: string; name: string; aliases: string[]; props?: Record<string, unknown> }>, grammar: Grammar = loadGrammar()): Lexicon {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return buildLexicon(
    entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, aliases: e.aliases, fullName: str(e.props?.fullName), tradeName: str(e.props?.tradeName),
      district: str(e.props?.district), city: str(e.props?.city),
    })),
    grammar,
  );
}

/** The lexicon read from Neo4j through `run`. */
export async function lexiconFromNeo4j(run: ReadRunner, grammar: Grammar = loadGrammar()): Promise<Lexicon> {
  const { rows } = await run(NAMES_CYPHER, {});
  return buildLexicon(rows as unknown as NameRow[], grammar);
}
