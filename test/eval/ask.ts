/**
 * The ask question set (test/ask/questions.*.json) scored for `npm run eval`: share answered
 * right, and answers given where the graph holds none (fabricated). It needs a Neo4j it may empty:
 * the tests' own (ZHENJIE_TEST_NEO4J_URI, default bolt://127.0.0.1:7697), never NEO4J_URI. It is
 * left holding the sample corpus, as the tests leave it.
 */
import { openConnection } from '../../src/write/index.ts';
import { loadSetGraph, runQuestionSets, type Scored } from '../ask/question-set.ts';

export interface AskReport {
  uri: string;
  total: number;
  right: number;
  fabricated: number;
  byGraph: Record<string, { total: number; right: number }>;
  wrong: Array<{ graph: string; question: string; why: string; fabricated: boolean }>;
  millis: number;
}

export const TEST_NEO4J_URI = process.env.ZHENJIE_TEST_NEO4J_URI || 'bolt://127.0.0.1:7697';

export async function evaluateAsk(): Promise<AskReport | { skipped: string }> {
  let conn;
  try {
    conn = await openConnection({ uri: TEST_NEO4J_URI, maxRetryTimeMs: 2000 });
  } catch {
    // One short line: what is missing and what to run (the driver's own message says the rest at length).
    return { skipped: `no test Neo4j at ${TEST_NEO4J_URI}; start it with NEO4J_BOLT_PORT=7697 NEO4J_DATA_DIR=.neo4j/test-data bash neo4j/start-background.sh (npm test starts one too)` };
  }
  const started = Date.now();
  try {
    const scored: Scored[] = await runQuestionSets(conn);
    const byGraph: AskReport['byGraph'] = {};
    for (const s of scored) {
      const g = (byGraph[s.graph] ??= { total: 0, right: 0 });
      g.total++;
      if (s.right) g.right++;
    }
    return {
      uri: TEST_NEO4J_URI,
      total: scored.length,
      right: scored.filter((s) => s.right).length,
      fabricated: scored.filter((s) => s.fabricated).length,
      byGraph,
      wrong: scored.filter((s) => !s.right || s.fabricated).map((s) => ({ graph: s.graph, question: s.expected.q, why: s.why, fabricated: s.fabricated })),
      millis: Date.now() - started,
    };
  } finally {
    await loadSetGraph(conn, 'sample').catch(() => undefined);
    await conn.close();
  }
}

export function askReportText(report: AskReport | { skipped: string }): string {
  if ('skipped' in report) return `\n== ask: skipped: ${report.skipped} ==`;
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
  const lines = [`\n== ask: ${report.total} questions (test/ask/questions.*.json) on ${report.uri}, ${report.millis} ms ==`];
  for (const [g, s] of Object.entries(report.byGraph)) lines.push(`  ${g.padEnd(8)} ${s.right}/${s.total} right (${pct(s.right, s.total)})`);
  lines.push(`  answered right: ${report.right}/${report.total} (${pct(report.right, report.total)}); fabricated answers: ${report.fabricated}`);
  for (const w of report.wrong) lines.push(`  ✗ [${w.graph}] ${w.question}  ${w.fabricated ? 'FABRICATED ' : ''}${w.why}`);
  return lines.join('\n');
}
