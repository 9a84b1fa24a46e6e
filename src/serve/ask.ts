/**
 * POST /api/ask: the same path as `zhenjie ask` (src/ask), names linked against the graph the
 * server holds (one lexicon per graph version, built on first question) and the plan run through
 * the database's read-only runner, within the console's limits.
 */
import { askQuestion, EXAMPLES, lexiconOfGraph, type AskResult, type Lexicon, type ReadRunner } from '../ask/index.ts';
import type { GraphDatabase } from './database.ts';
import type { GraphIndex } from './graph-index.ts';

let cached: { version: string; lexicon: Lexicon } | null = null;

function lexiconOf(index: GraphIndex): Lexicon {
  if (cached?.version !== index.version) cached = { version: index.version, lexicon: lexiconOfGraph(index.graph.entities) };
  return cached.lexicon;
}

/** The API's answer: the CLI's contract, plus the kinds of question as data when not understood (the viewer lists them, clickable). */
export type AskAnswer = AskResult & { examples?: typeof EXAMPLES };

/**
 * Answers one question. A question not understood needs no database and says so (200,
 * understood: false); an understood one needs Neo4j: `requireDb` throws the API's 503 otherwise.
 */
export async function answerQuestion(index: GraphIndex, question: string, requireDb: () => GraphDatabase, signal?: AbortSignal): Promise<AskAnswer> {
  const run: ReadRunner = async (cypher, params) => {
    const result = await requireDb().runReadCypher(cypher, params, signal);
    return { rows: result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))) };
  };
  const { result } = await askQuestion(question, lexiconOf(index), run);
  return result.understood ? result : { ...result, examples: EXAMPLES };
}
