/**
 * The ask question set (questions.*.json) and its scoring: each set's graph is built by the
 * pipeline and ingested into Neo4j (emptied first: the tests' own database), then every question
 * is asked through the same path as `zhenjie ask`. Used by test/ask/questions.test.ts and by
 * `npm run eval` (test/eval/ask.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { askQuestion, lexiconFromNeo4j, normalizeText, type AskOutcome, type ReadRunner } from '../../src/ask/index.ts';
import { buildGraph } from '../../src/pipeline.ts';
import { runReadCypher } from '../../src/query/index.ts';
import { deleteEverything, ingestGraph, type Connection } from '../../src/write/index.ts';
import { DEV_DIR } from '../eval/evaluate.ts';

const Expectation = z.strictObject({
  q: z.string().min(1),
  answer: z.array(z.string()).optional(),
  count: z.number().int().optional(),
  yes: z.boolean().optional(),
  contains: z.array(z.string()).optional(),
  notInGraph: z.string().optional(),
  understood: z.literal(false).optional(),
});
export type Expectation = z.infer<typeof Expectation>;

const QuestionSet = z.object({ graph: z.enum(['sample', 'dev']), questions: z.array(Expectation).min(1) });
export type QuestionSet = z.infer<typeof QuestionSet>;

export const SETS_DIR = import.meta.dirname;
const GRAPH_INPUT: Record<QuestionSet['graph'], string> = { sample: 'graph/corpus', dev: DEV_DIR };

export function loadQuestionSets(): QuestionSet[] {
  return ['questions.sample.json', 'questions.dev.json'].map((f) => {
    const parsed = QuestionSet.safeParse(JSON.parse(readFileSync(join(SETS_DIR, f), 'utf8')));
    if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  });
}

export interface Scored {
  graph: string;
  expected: Expectation;
  outcome: AskOutcome;
  right: boolean;
  /** The graph holds nothing for it (or it is not a question we read), yet an answer came. */
  fabricated: boolean;
  why: string;
}

const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function score(graph: string, e: Expectation, o: AskOutcome): Scored {
  const r = o.result;
  const answered = o.values.length > 0 || (e.count === undefined && r.rows.length > 0 && o.values.length > 0);
  const expectsNothing = e.understood === false || e.notInGraph !== undefined || (e.answer?.length === 0) || e.yes === false;
  let right: boolean;
  if (e.understood === false) right = !r.understood && r.rows.length === 0;
  else if (e.notInGraph !== undefined) right = r.understood && r.rows.length === 0 && o.notInGraph.map(normalizeText).includes(normalizeText(e.notInGraph));
  else if (!r.understood) right = false;
  else if (e.answer) right = same(o.values, e.answer);
  else if (e.count !== undefined) right = o.total === e.count;
  else if (e.yes !== undefined) right = o.values.length > 0 === e.yes;
  else if (e.contains) right = e.contains.every((x) => o.values.includes(x));
  else right = false;
  const why = right ? '' : `got ${r.understood ? `${r.intent}: ${JSON.stringify(o.values)}${o.notInGraph.length ? ` not in graph ${o.notInGraph}` : ''} total ${o.total}` : 'not understood'}`;
  return { graph, expected: e, outcome: o, right, fabricated: expectsNothing && answered, why };
}

/** Loads a set's graph into the (test) database behind `conn`: everything there is deleted first. */
export async function loadSetGraph(conn: Connection, graph: QuestionSet['graph']): Promise<void> {
  await deleteEverything(conn);
  await ingestGraph(conn, (await buildGraph([GRAPH_INPUT[graph]])).graph);
}

export function setAvailable(graph: QuestionSet['graph']): boolean {
  return existsSync(GRAPH_INPUT[graph]);
}

/** Asks every question of every set whose graph is at hand; the database ends holding the last set's graph. */
export async function runQuestionSets(conn: Connection, sets: QuestionSet[] = loadQuestionSets()): Promise<Scored[]> {
  const run: ReadRunner = (cypher, params) => runReadCypher(conn, cypher, params);
  const out: Scored[] = [];
  for (const set of sets) {
    if (!setAvailable(set.graph)) continue;
    await loadSetGraph(conn, set.graph);
    const lexicon = await lexiconFromNeo4j((c, p) => runReadCypher(conn, c, p, { limits: { maxRows: Number.POSITIVE_INFINITY, maxBytes: Number.POSITIVE_INFINITY } }));
    for (const e of set.questions) out.push(score(set.graph, e, await askQuestion(e.q, lexicon, run)));
  }
  return out;
}
