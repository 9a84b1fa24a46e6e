/**
 * The question set against the real Neo4j: each set's graph built by the pipeline and ingested,
 * every question asked through the path `zhenjie ask` takes. At least 90% answered right and no
 * answer where the graph holds none; the failures are printed.
 */
import { describe, expect, it } from 'vitest';
import { askQuestion, lexiconFromNeo4j } from '../../src/ask/index.ts';
import { runReadCypher } from '../../src/query/index.ts';
import type { Connection } from '../../src/write/index.ts';
import { useEmptyDatabase } from '../neo4j/graphs.ts';
import { loadQuestionSets, loadSetGraph, runQuestionSets, setAvailable } from './question-set.ts';

let conn: Connection;
useEmptyDatabase((c) => (conn = c));

describe('ask: the question set on Neo4j', () => {
  it('answers at least 90% right and fabricates nothing', async () => {
    const sets = loadQuestionSets();
    expect(sets.reduce((n, s) => n + s.questions.length, 0)).toBeGreaterThanOrEqual(80);
    const scored = await runQuestionSets(conn, sets);
    const wrong = scored.filter((s) => !s.right);
    if (wrong.length) console.log(wrong.map((s) => `${s.graph}: ${s.expected.q} — ${s.why}`).join('\n'));
    expect(scored.length).toBe(sets.filter((s) => setAvailable(s.graph)).reduce((n, s) => n + s.questions.length, 0));
    expect(scored.filter((s) => s.fabricated).map((s) => s.expected.q)).toEqual([]);
    expect(scored.filter((s) => s.right).length / scored.length).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('gives the issue contract: its keys, names in rows, the Cypher it ran with its parameters', async () => {
    await loadSetGraph(conn, 'sample');
    const run = (c: string, p: Record<string, unknown>) => runReadCypher(conn, c, p);
    const lexicon = await lexiconFromNeo4j(run);
    const { result } = await askQuestion('哪些街道都在推进一网统管?', lexicon, run);
    expect(Object.keys(result)).toEqual(['question', 'understood', 'intent', 'entities', 'query', 'cypher', 'params', 'rows', 'answer']);
    expect(result.entities).toEqual([{ mention: '一网统管', id: 'program:一网统管', type: 'Program', name: '一网统管' }]);
    expect(result.rows.map((r) => r.street).sort()).toEqual(['北干街道', '新塘街道', '新街街道', '蜀山街道']);
    expect(result.answer).toBe('北干街道、新塘街道、新街街道、蜀山街道 推进 一网统管(4 个街道)');
    // Re-running the Cypher shown with the parameters shown gives the same rows.
    expect((await run(result.cypher!, result.params)).rows).toEqual(result.rows);
    expect(JSON.stringify(result.rows)).not.toMatch(/elementId|4:[0-9a-f-]{8,}/);
    // A named question when one fits: its file's text, its parameters filled.
    const heads = (await askQuestion('新塘街道的一把手是谁', lexicon, run)).result;
    expect(heads).toMatchObject({ query: 'officials-streets', params: { street: '新塘街道' }, rows: [{ official: '邵意丽', street: '新塘街道' }] });
  });

  it('a question with quotes and Cypher in it reaches the database only as parameters', async () => {
    const seen: string[] = [];
    const run = (c: string, p: Record<string, unknown>) => {
      seen.push(c);
      return runReadCypher(conn, c, p);
    };
    const lexicon = await lexiconFromNeo4j(run);
    for (const q of ["新塘'}) DETACH DELETE n //有哪些项目", '瓜沥"]) RETURN 1 //镇有哪些项目', '新塘有哪些项目']) {
      await askQuestion(q, lexicon, run);
    }
    for (const c of seen) expect(c).not.toMatch(/DETACH|DELETE|RETURN 1/);
    expect(seen.length).toBeGreaterThan(1);
  });
});
