/**
 * The API's Neo4j side against the real Neo4j the test setup starts: named questions, read-only
 * Cypher, refusals, and the graph read back in the JSON contract's shape.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseState, type RunningServer } from '../../src/serve/index.ts';
import { KnowledgeGraph } from '../../src/types.ts';
import { get, post, readGraph, serveGraph } from './helpers.ts';

describe('viewer API with Neo4j', () => {
  let database: DatabaseState;
  let server: RunningServer;

  beforeAll(async () => {
    database = await connectDatabase(10_000);
    if (!database.db) throw new Error(`the test setup should have started Neo4j: ${database.reason}`);
    server = await serveGraph(readGraph(), database);
  });
  afterAll(() => server?.close());

  it('says Neo4j is on', async () => {
    expect((await get(server, 'api/meta')).body.neo4j).toMatchObject({ available: true });
  });

  it('lists every named question in queries/', async () => {
    const files = readdirSync(join(import.meta.dirname, '../../queries')).filter((f) => f.endsWith('.cypher'));
    const { status, body } = await get(server, 'api/queries');
    expect(status).toBe(200);
    expect(body.queries.map((q: any) => q.name).sort()).toEqual(files.map((f) => f.replace(/\.cypher$/, '')).sort());
    for (const q of body.queries) expect(q.title.length).toBeGreaterThan(0);
  });

  it('runs a named question with parameters, and rejects bad ones', async () => {
    const ok = await post(server, 'api/queries/shared-initiatives', { params: { min: 1 } });
    expect(ok.status).toBe(200);
    expect(ok.body.columns.length).toBeGreaterThan(0);
    expect(ok.body.rows.every((row: unknown[]) => row.length === ok.body.columns.length)).toBe(true);
    const bad = await post(server, 'api/queries/shared-initiatives', { params: { min: 'many' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('min');
    expect((await post(server, 'api/queries/no-such-question', {})).status).toBe(404);
  });

  it('cuts a huge answer at the row limit, says how to get more, and stays small and answering', async () => {
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    const huge = await post(server, 'api/cypher', { statement: 'UNWIND range(1, 100000000) AS x RETURN x' });
    expect(huge.status).toBe(200);
    expect(huge.body.rows).toHaveLength(1000);
    expect(huge.body.truncated).toBe(true);
    expect(huge.body.message).toMatch(/LIMIT/);
    // The server fetched a batch or two, not 10^8 rows: seconds, and well under 200 MB more.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    expect((await post(server, 'api/cypher', { statement: 'RETURN 1 AS one' })).body.rows).toEqual([[1]]);
  });

  it('runs read-only Cypher, with parameters, and returns rows, nodes and relationships', async () => {
    const one = await post(server, 'api/cypher', { statement: 'RETURN $x + 1 AS y', params: { x: 41 } });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ columns: ['y'], rows: [[42]] });
    const graph = await post(server, 'api/cypher', { statement: 'MATCH (a:Entity)-[r]->(b:Entity) RETURN a, r, b LIMIT 5' });
    expect(graph.status).toBe(200);
    const ids = new Set(graph.body.nodes.map((n: any) => n.id));
    for (const r of graph.body.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
    expect(graph.body.relationships.length).toBe(graph.body.rows.length);
  });

  it('refuses writes and reports Cypher errors as 400', async () => {
    const write = await post(server, 'api/cypher', { statement: "CREATE (n:Street {id: 'street:假'}) RETURN n" });
    expect(write.status).toBe(403);
    const syntax = await post(server, 'api/cypher', { statement: 'MATCH (n) RETURN n LIMT 1' });
    expect(syntax.status).toBe(400);
    const check = await post(server, 'api/cypher', { statement: "MATCH (n {id: 'street:假'}) RETURN count(n) AS n" });
    expect(check.body.rows).toEqual([[0]]);
  });

  it('reads the graph back in the JSON contract', async () => {
    const graph = KnowledgeGraph.parse(await database.db!.readGraph());
    const ids = new Set(graph.entities.map((e) => e.id));
    for (const r of graph.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
  });
});
