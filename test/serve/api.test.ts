/**
 * The JSON API over a small graph, without Neo4j: every endpoint, its validation (400 with a
 * message naming the parameter), and the refusals. Expectations are computed from the graph.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/serve/index.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { get, post, readGraph, serveGraph } from './helpers.ts';

describe('viewer API (JSON graph, no Neo4j)', () => {
  let kg: KnowledgeGraph;
  let server: RunningServer;
  const byName = (name: string) => kg.entities.find((e) => e.name === name)!;

  beforeAll(async () => {
    kg = readGraph();
    server = await serveGraph(kg);
  });
  afterAll(() => server.close());

  it('listens on loopback by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('describes its source and counts', async () => {
    const { status, body } = await get(server, 'api/meta');
    expect(status).toBe(200);
    expect(body.counts.entities).toBe(kg.entities.length);
    expect(body.counts.relations).toBe(kg.relations.length);
    expect(body.source.label).toBe('test graph');
    expect(body.neo4j).toMatchObject({ available: false });
    expect(body.neo4j.hint).toContain('npm run neo4j');
  });

  it('serves the whole graph, and filters it by type, street and program', async () => {
    expect((await get(server, 'api/graph')).body).toEqual(kg);

    const types = await get(server, 'api/graph?types=Official,Street');
    expect(types.body.entities.map((e: any) => e.id).sort()).toEqual(
      kg.entities.filter((e) => e.type === 'Official' || e.type === 'Street').map((e) => e.id).sort(),
    );
    const kept = new Set(types.body.entities.map((e: any) => e.id));
    expect(types.body.relations.map((r: any) => r.id).sort()).toEqual(
      kg.relations.filter((r) => kept.has(r.from) && kept.has(r.to)).map((r) => r.id).sort(),
    );

    const street = kg.entities.find((e) => e.type === 'Street' && e.aliases.length)!;
    const byAlias = await get(server, `api/graph?street=${encodeURIComponent(street.aliases[0]!)}`);
    const neighbours = new Set(kg.relations.flatMap((r) => (r.from === street.id ? [r.to] : r.to === street.id ? [r.from] : [])));
    for (const id of neighbours) expect(byAlias.body.entities.map((e: any) => e.id)).toContain(id);

    const program = kg.entities.find((e) => e.type === 'Program')!;
    const implementers = kg.relations.filter((r) => r.type === 'IMPLEMENTS' && r.to === program.id).map((r) => r.from);
    const byProgram = await get(server, `api/graph?program=${encodeURIComponent(program.name)}`);
    expect(byProgram.body.entities.filter((e: any) => e.type === 'Street').map((e: any) => e.id).sort()).toEqual([...implementers].sort());
  });

  it('answers 400 with a message for bad parameters', async () => {
    const cases: Array<[string, RegExp]> = [
      ['api/graph?street=' + encodeURIComponent('不存在街道'), /no Street named .*不存在街道/],
      ['api/graph?colour=red', /Unrecognized key.*colour/],
      ['api/graph?types=Street&types=Official', /types: given more than once/],
      ['api/search', /^q: /],
      ['api/search?q=x&limit=0', /^limit: /],
      ['api/search?q=x&limit=many', /^limit: /],
      ['api/meta?x=1', /Unrecognized key/],
      ['api/graph?types=Nope', /types\.0: known types: Official, Street/],
      ['api/search?q=x&types=Street,Nope', /types\.1: known types/],
      ['api/nodes/%ZZ', /malformed percent-escape/],
      ['api/edges/%E4%B8', /malformed percent-escape/],
    ];
    for (const [path, message] of cases) {
      const { status, body } = await get(server, path);
      expect({ path, status }).toEqual({ path, status: 400 });
      expect(body.error).toMatch(message);
    }
  });

  it('returns one node with aliases, neighbours and the documents behind it', async () => {
    const node = byName('新塘街道');
    const { status, body } = await get(server, `api/nodes/${encodeURIComponent(node.id)}`);
    expect(status).toBe(200);
    expect(body.entity).toEqual(node);
    const incident = kg.relations.filter((r) => r.from === node.id || r.to === node.id);
    expect(body.degree).toBe(incident.length);
    expect(body.neighbours.map((n: any) => n.relation.id).sort()).toEqual(incident.map((r) => r.id).sort());
    expect(body.documents[0].title).toBe(kg.documents[0]!.title);
    expect((await get(server, 'api/nodes/nope')).status).toBe(404);
  });

  it('returns one relation with its evidence and both ends', async () => {
    const relation = kg.relations.find((r) => r.type === 'INVOLVES')!;
    const { status, body } = await get(server, `api/edges/${encodeURIComponent(relation.id)}`);
    expect(status).toBe(200);
    expect(body.relation.evidence).toEqual(relation.evidence);
    expect(body.from.id).toBe(relation.from);
    expect(body.to.id).toBe(relation.to);
  });

  it('searches names, aliases, pinyin and initials', async () => {
    const street = byName('新塘街道');
    for (const q of ['新塘街道', '新塘', 'xintang', 'Xin Tang', 'xtjd']) {
      const { body } = await get(server, `api/search?q=${encodeURIComponent(q)}`);
      expect({ q, first: body.hits[0]?.id }).toEqual({ q, first: street.id });
    }
    const programs = await get(server, `api/search?q=${encodeURIComponent('一网')}&types=Program`);
    expect(programs.body.hits.every((h: any) => h.kind === 'Program')).toBe(true);
    expect(programs.body.hits.length).toBeGreaterThan(0);
  });

  it('refuses Cypher that writes, with or without Neo4j, and says why', async () => {
    const writes = [
      "CREATE (n:Street {name: 'x'}) RETURN n",
      "MATCH (n) DETACH DELETE n",
      "MATCH (n:Street) SET n.name = 'x'",
      "MERGE (n:Program {name: 'x'})",
      "MATCH (n) REMOVE n:Street",
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      "CALL apoc.create.node(['X'], {})",
      "MATCH (n) RETURN n; MATCH (m) DELETE m",
      "match (n) call { with n delete n } in transactions",
    ];
    for (const statement of writes) {
      const { status, body } = await post(server, 'api/cypher', { statement });
      expect({ statement, status }).toEqual({ statement, status: 403 });
      expect(body.error).toMatch(/refused|one statement/);
    }
  });

  it('lets reads through to Neo4j, which is needed: 503 with how to start it', async () => {
    // Write keywords inside strings and comments are not writes.
    for (const statement of ["MATCH (n) WHERE n.name = 'CREATE' RETURN n", 'MATCH (n) // SET nothing\nRETURN n']) {
      const { status, body } = await post(server, 'api/cypher', { statement });
      expect(status).toBe(503);
      expect(body.error).toContain('npm run neo4j');
    }
    expect((await get(server, 'api/queries')).status).toBe(503);
    expect((await post(server, 'api/queries/shared-initiatives', { params: { min: 4 } })).status).toBe(503);
  });

  it('validates Cypher request bodies', async () => {
    expect((await post(server, 'api/cypher', '{not json')).status).toBe(400);
    expect((await post(server, 'api/cypher', { statement: '   ' })).body.error).toMatch(/^statement: /);
    expect((await post(server, 'api/cypher', { statement: 'RETURN 1', extra: 1 })).status).toBe(400);
    expect((await post(server, 'api/cypher', { statement: 'RETURN $x', params: { 'bad-name': 1 } })).status).toBe(400);
  });

  it('answers 404 and 405 for unknown endpoints and methods, and refuses foreign Host headers', async () => {
    expect((await get(server, 'api/nothing')).status).toBe(404);
    expect((await get(server, 'api/cypher')).status).toBe(405);
    // fetch will not send another Host header: node:http will, as a rebinding page's browser would.
    const status = await new Promise<number>((resolve, reject) => {
      request(new URL('api/meta', server.url), { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('takes POST only as JSON from its own page: a form post, another site and an opaque origin are refused', async () => {
    const send = (headers: Record<string, string>) =>
      fetch(new URL('api/cypher', server.url), { method: 'POST', headers, body: JSON.stringify({ statement: 'RETURN 1' }) }).then(async (r) => ({ status: r.status, body: await r.json() }));
    const own = new URL(server.url).origin;
    const plain = await send({ 'content-type': 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.body.error).toMatch(/application\/json/);
    expect((await send({ 'content-type': 'application/json', origin: 'https://attacker.example' })).status).toBe(403);
    expect((await send({ 'content-type': 'application/json', origin: 'null' })).status).toBe(403);
    expect((await send({ 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // Our own page (same origin) and a tool without those headers reach the endpoint (503 here: no Neo4j).
    expect((await send({ 'content-type': 'application/json; charset=utf-8', origin: own, 'sec-fetch-site': 'same-origin' })).status).toBe(503);
    expect((await send({ 'content-type': 'application/json' })).status).toBe(503);
  });

  it('shows document paths relative to the corpus, never where the server keeps them', async () => {
    const absolute = { ...kg, documents: kg.documents.map((d) => ({ ...d, path: `/srv/private/corpus/2022/${d.id}.txt` })) };
    const other = await serveGraph(absolute);
    try {
      const { body } = await get(other, 'api/graph');
      expect(body.documents.map((d: { path: string }) => d.path)).toEqual(kg.documents.map((d) => `${d.id}.txt`));
      expect(JSON.stringify((await get(other, `api/nodes/${encodeURIComponent(kg.entities[0]!.id)}`)).body)).not.toContain('/srv/private');
    } finally {
      await other.close();
    }
  });

  it('sends security headers with every answer', async () => {
    for (const path of ['', 'api/meta', 'api/nothing']) {
      const response = await fetch(new URL(path, server.url));
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'.*frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves the viewer page, and 404 for missing assets', async () => {
    const page = await get(server, '');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="graph"');
    expect((await get(server, 'view/anything')).body).toContain('<div id="graph"');
    expect((await get(server, 'assets/missing.js')).status).toBe(404);
  });
});
