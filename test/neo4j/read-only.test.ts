/** Ad-hoc Cypher is read-only: EXPLAIN's query type and the READ access mode both refuse writes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listQueries, parseQueryFile, QueryTimeoutError, runNamedQuery, runReadCypher, WriteRefusedError } from '../../src/query/index.ts';
import { graphCounts, ingestGraph, type Connection } from '../../src/write/index.ts';
import { twoArticles, useEmptyDatabase } from './graphs.ts';

let conn: Connection;
useEmptyDatabase(
  (c) => (conn = c),
  async (c) => {
    await ingestGraph(c, twoArticles().both);
  },
);

describe('runReadCypher', () => {
  it('answers reads, with parameters, as plain JSON values', async () => {
    const { columns, rows } = await runReadCypher(conn, 'MATCH (s:Street) WHERE s.name STARTS WITH $p RETURN s.name AS name, s AS node ORDER BY name', { p: '城' });
    expect(columns).toEqual(['name', 'node']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: '城厢街道', node: { labels: expect.arrayContaining(['Street', 'Entity']), properties: { name: '城厢街道' } } });
  });

  it.each([
    ['CREATE (n:Hacked) RETURN n', /reads and writes|writes/],
    ['MATCH (n) DETACH DELETE n', /writes/],
    ['MATCH (s:Street) SET s.name = "x"', /writes/],
    ['CREATE INDEX hacked FOR (n:Hacked) ON (n.x)', /CREATE writes|schema/],
    ['MATCH (s:Street) CALL (s) { MERGE (:Hacked {of: s.name}) } RETURN count(*)', /writes/],
    ['LOAD CSV FROM "file:///etc/passwd" AS line RETURN line', /LOAD CSV/],
    // EXPLAIN calls these reads: the queries-only check refuses them before the database sees them.
    ['SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id', /SHOW is an administration command/],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /TERMINATE/],
    ['SHOW SETTINGS YIELD name, value RETURN name, value', /SHOW/],
    ['CALL dbms.listConfig() YIELD name RETURN name', /dbms.listConfig/],
  ])('refuses %s and changes nothing', async (statement, why) => {
    const before = await graphCounts(conn);
    const error = await runReadCypher(conn, statement).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefusedError);
    expect((error as Error).message).toMatch(why);
    expect(await graphCounts(conn)).toEqual(before);
  });

  it('stops a statement that runs past its time, and says so', async () => {
    const started = Date.now();
    const error = await runReadCypher(conn, 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n', {}, { limits: { timeoutMs: 300 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as Error).message).toMatch(/ran past 0.3 s/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('cuts at the row limit and streams rows as they come', async () => {
    const seen: unknown[] = [];
    const result = await runReadCypher(conn, 'UNWIND range(1, 100000000) AS x RETURN x', {}, { limits: { maxRows: 5 }, onRow: (row) => seen.push(row.x) });
    expect(result.rows.map((r) => r.x)).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(result).toMatchObject({ truncated: true, message: expect.stringMatching(/more than 5 rows.*LIMIT/) });
  });

  it('a write that slips past the query-type check is stopped by the READ access mode', async () => {
    // A named question file that writes: named questions skip the EXPLAIN check, so only the
    // READ transaction stands between it and the graph.
    const dir = mkdtempSync(join(tmpdir(), 'zhenjie-queries-'));
    writeFileSync(join(dir, 'sneaky.cypher'), '// title: Sneaky\n// description: writes\nCREATE (n:Hacked) RETURN n\n');
    const before = await graphCounts(conn);
    await expect(runNamedQuery(conn, 'sneaky', {}, dir)).rejects.toBeInstanceOf(WriteRefusedError);
    expect(await graphCounts(conn)).toEqual(before);
  });
});

describe('the question catalog', () => {
  it('every file has a title, a description and a default for every parameter it uses', () => {
    for (const q of listQueries()) {
      expect(q.title.length, q.file).toBeGreaterThan(0);
      for (const used of q.cypher.matchAll(/\$([A-Za-z_]\w*)/g)) expect(q.params.map((p) => p.name), q.file).toContain(used[1]);
    }
  });

  it('names the file and line of a bad header', () => {
    expect(() => parseQueryFile('queries/bad.cypher', '// title: Bad\n// description: x\n// param: min = four the least\nRETURN $min')).toThrow(
      /queries\/bad.cypher:3: a param line/,
    );
    expect(() => parseQueryFile('queries/bad.cypher', '// title: Bad\n// description: x\nRETURN $min')).toThrow(/uses \$min without a '\/\/ param:' line/);
    expect(() => parseQueryFile('queries/bad.cypher', 'RETURN 1')).toThrow(/queries\/bad.cypher: .*title/);
  });

  it('converts --param strings to the type of the default and refuses unknown names', async () => {
    await expect(runNamedQuery(conn, 'shared-initiatives', { min: 'many' })).rejects.toThrow(/'min' is a number, not 'many'/);
    await expect(runNamedQuery(conn, 'shared-initiatives', { minimum: 2 })).rejects.toThrow(/no parameter 'minimum'; it has: min, limit/);
    await expect(runNamedQuery(conn, 'no-such-question')).rejects.toThrow(/no question 'no-such-question'.*shared-initiatives/);
  });
});
