/**
 * POST /api/ask: the server's graph links the names, its Neo4j answers. Against the real Neo4j
 * holding the sample corpus, and without one (a question not understood still gets its answer).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import { connectDatabase, type DatabaseState, type RunningServer } from '../../src/serve/index.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { ingestGraph } from '../../src/write/index.ts';
import { useEmptyDatabase } from '../neo4j/graphs.ts';
import { post, serveGraph } from '../serve/helpers.ts';

let kg: KnowledgeGraph;
useEmptyDatabase(
  () => undefined,
  async (c) => {
    kg = (await buildGraph(['graph/corpus'])).graph;
    await ingestGraph(c, kg);
  },
);

describe('POST /api/ask with Neo4j', () => {
  let database: DatabaseState;
  let server: RunningServer;
  beforeAll(async () => {
    database = await connectDatabase(10_000);
    if (!database.db) throw new Error(`the test setup should have started Neo4j: ${database.reason}`);
    server = await serveGraph(kg, database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.db?.close();
  });

  it('answers in the contract, rows by name', async () => {
    const { status, body } = await post(server, 'api/ask', { question: '城厢街道和北干街道有哪些共同的工作?' });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['question', 'understood', 'intent', 'entities', 'query', 'cypher', 'params', 'rows', 'answer']);
    expect(body.intent).toBe('streets-in-common');
    expect(body.entities.map((e: { id: string }) => e.id)).toEqual(['street:城厢街道', 'street:北干街道']);
    const programsOf = (street: string) => new Set(kg.relations.filter((r) => r.type === 'IMPLEMENTS' && r.from === street).map((r) => r.to));
    const both = [...programsOf('street:城厢街道')].filter((p) => programsOf('street:北干街道').has(p)).map((id) => kg.entities.find((e) => e.id === id)!.name);
    expect(body.rows.map((r: { name: string }) => r.name).sort()).toEqual(both.sort());
    expect(both.length).toBeGreaterThan(0);
  });

  it('a name not in the graph, a question it cannot read, a bad body', async () => {
    expect((await post(server, 'api/ask', { question: '瓜沥镇有哪些项目' })).body).toMatchObject({ understood: true, rows: [] });
    const notUnderstood = (await post(server, 'api/ask', { question: '今天天气怎么样' })).body;
    expect(notUnderstood).toMatchObject({ understood: false, rows: [] });
    // The kinds of question as data too, for the viewer to list them clickable.
    expect(notUnderstood.examples.length).toBeGreaterThan(3);
    expect(notUnderstood.examples[0]).toEqual({ kind: expect.any(String), example: expect.stringMatching(/[?？]/) });
    expect((await post(server, 'api/ask', {})).status).toBe(400);
    expect((await post(server, 'api/ask', { question: 'x'.repeat(201) })).status).toBe(400);
    expect((await post(server, 'api/ask', { question: '新塘有哪些项目', cypher: 'MATCH (n) RETURN n' })).status).toBe(400);
  });

  it('refuses another site', async () => {
    const response = await fetch(new URL('api/ask', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://attacker.example' },
      body: JSON.stringify({ question: '新塘有哪些项目' }),
    });
    expect(response.status).toBe(403);
  });
});

describe('POST /api/ask without Neo4j', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveGraph(kg);
  });
  afterAll(() => server?.close());

  it('reads the question from the graph it holds; running it needs Neo4j (503 with how to start it)', async () => {
    expect((await post(server, 'api/ask', { question: '今天天气怎么样' })).body).toMatchObject({ understood: false });
    const understood = await post(server, 'api/ask', { question: '新塘有哪些项目' });
    expect(understood.status).toBe(503);
    expect(understood.body.error ?? JSON.stringify(understood.body)).toContain('npm run neo4j');
  });
});
