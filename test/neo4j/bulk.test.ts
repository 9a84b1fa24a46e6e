/**
 * The writer's fast path for what is known to be new (CREATE on an empty database, mentions of a
 * document not stored before, two sessions at once) stores the very graph its MERGE path stores:
 * same nodes, labels, relationships and properties, on our sample and the real dev excerpts; and
 * so does the bulk import of its CSV files into an empty database of a private server (port 7699,
 * or ZHENJIE_TEST_IMPORT_PORT).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import * as Q from '../../src/write/cypher.ts';
import { writeImportFiles } from '../../src/write/csv.ts';
import { applySchema, deleteEverything, ingestGraph, openConnection, type Connection } from '../../src/write/index.ts';
import { relationList, relationRow } from '../../src/write/rows.ts';
import { needsRealCorpus, realGroups } from '../setup/corpus.ts';
import { graphDump, twoArticles, useEmptyDatabase } from './graphs.ts';
import { launcherBuilt, startPrivateNeo4j, stopPrivateNeo4j, type PrivateNeo4j } from './server.ts';

let conn: Connection;
useEmptyDatabase((c) => (conn = c));

/** The MERGE path on the same graph: its documents stored first with nothing, so every fact is merged into a database that holds a graph. */
async function ingestThroughMerge(graph: KnowledgeGraph): Promise<void> {
  await deleteEverything(conn);
  await ingestGraph(conn, { ...graph, entities: [], relations: [] }, { parallel: 1 });
  const report = await ingestGraph(conn, graph, { batchSize: 50, parallel: 1 });
  expect(report.documents.changed).toHaveLength(graph.documents.length);
}

describe('the fast path for new facts', () => {
  if (!needsRealCorpus()) return;
  const inputs = () => ['graph/corpus', ...realGroups().find((g) => g.name === 'dev')!.paths];

  it('stores the graph the MERGE path stores (sample and dev excerpts)', { timeout: 300_000 }, async () => {
    const { graph } = await buildGraph(inputs());
    expect(graph.documents.length).toBeGreaterThan(10);
    expect(graph.relations.length).toBeGreaterThan(100);

    await ingestThroughMerge(graph);
    const merged = await graphDump(conn);

    await deleteEverything(conn);
    const fast = await ingestGraph(conn, graph, { batchSize: 50, parallel: 2 });
    expect(fast.entities.added).toBe(graph.entities.length);
    expect(fast.problems).toEqual([]);
    const created = await graphDump(conn);

    expect(created.length).toBe(merged.length);
    expect(created).toEqual(merged);
  });

  it('adds a new document with CREATEd mentions beside stored ones, as a merge would', { timeout: 300_000 }, async () => {
    const { graph } = await buildGraph(inputs());
    const [last, ...rest] = [...graph.documents].reverse();
    // Everything but one document first, then the whole graph: the last document is new.
    const without = { ...graph, documents: rest.reverse() };
    await deleteEverything(conn);
    await ingestGraph(conn, without, { batchSize: 50 });
    const report = await ingestGraph(conn, graph, { batchSize: 50 });
    expect(report.documents.added).toEqual([last!.id]);
    const incremental = await graphDump(conn);

    await ingestThroughMerge(graph);
    expect(incremental).toEqual(await graphDump(conn));
  });
});

describe('a CREATE batch sent again after its commit (a retry whose reply was lost)', () => {
  const write = async (cypher: string, rows: unknown[]) => {
    const session = conn.driver.session({ database: conn.database });
    try {
      const result = await session.executeWrite((tx) => tx.run(cypher, { rows }));
      return { ...(result.records[0]!.toObject() as { committed: boolean; written: number }), created: result.summary.counters.updates().relationshipsCreated + result.summary.counters.updates().nodesCreated };
    } finally {
      await session.close();
    }
  };

  it('writes nothing the second time: entities, mentions, relations', async () => {
    const { both } = twoArticles();
    await deleteEverything(conn);
    await ingestGraph(conn, { ...both, entities: [], relations: [] });
    const [first, second] = both.entities;
    const entities = [first!, second!].map((e) => ({ id: e.id, type: e.type, name: e.name, props: {}, aliases: [] }));
    const mentions = both.documents.map((d) => ({ doc: d.id, entity: first!.id, starts: [0], ends: [1] }));
    const relation = { id: 'TEST:retried', type: 'INVOLVES', from: first!.id, to: second!.id, props: {}, evidence: [] };
    const relations = [relationList(relationRow(relation, new Set(['a'])))];
    for (const [cypher, rows] of [[Q.createEntities(null), entities], [Q.CREATE_MENTIONS, mentions], [Q.createRelations('INVOLVES'), relations]] as const) {
      expect(await write(cypher, rows as unknown[])).toEqual({ committed: false, written: rows.length, created: rows.length });
      expect(await write(cypher, rows as unknown[])).toEqual({ committed: true, written: 0, created: 0 });
    }
    const { records } = await conn.driver.executeQuery(
      'MATCH (e:Entity) WITH count(e) AS entities MATCH ()-[m:MENTIONS]->() WITH entities, count(m) AS mentions MATCH ()-[r:INVOLVES]->() RETURN entities, mentions, count(r) AS relations',
      {},
      { database: conn.database },
    );
    expect(records[0]!.toObject()).toEqual({ entities: 2, mentions: both.documents.length, relations: 1 });
  });
  it("an added article's entries inserted into a relation's lists: not inserted twice", async () => {
    const { both } = twoArticles();
    const [kept, added] = both.documents.map((d) => d.id);
    const [first, second] = both.entities;
    const relation = {
      id: 'TEST:inserted',
      type: 'INVOLVES',
      from: first!.id,
      to: second!.id,
      props: {},
      evidence: [
        { doc: kept!, start: 0, end: 4, text: '一句' },
        { doc: added!, start: 2, end: 6, text: '二句' },
      ],
    };
    await deleteEverything(conn);
    // Neo4j holds the relation with the evidence of one article; the other's entries are inserted.
    await ingestGraph(conn, { documents: both.documents.filter((d) => d.id === kept), entities: [first!, second!], relations: [{ ...relation, evidence: relation.evidence.slice(0, 1) }] });
    const rows = [relationRow(relation, new Set([added!]))];
    const lists = async () =>
      (await conn.driver.executeQuery('MATCH ()-[r:INVOLVES {id: $id}]->() RETURN r.sources AS s, r.evidenceDoc AS d, r.evidenceStart AS st, r.evidenceText AS t', { id: relation.id }, { database: conn.database })).records[0]!.toObject();
    await conn.driver.executeQuery(Q.insertIntoRelations('INVOLVES'), { rows }, { database: conn.database });
    const once = await lists();
    // 'a' holds, 'b' added: b's entries after a's.
    expect([kept, added]).toEqual(['a', 'b']);
    expect(once).toEqual({ s: ['a', 'b'], d: ['a', 'b'], st: [0, 2], t: ['一句', '二句'] });
    await conn.driver.executeQuery(Q.insertIntoRelations('INVOLVES'), { rows }, { database: conn.database });
    expect(await lists()).toEqual(once);
  });
});

describe.skipIf(!launcherBuilt && !process.env.CI)('the bulk import (neo4j-admin database import of src/write/csv.ts files)', () => {
  if (!needsRealCorpus()) return;
  const port = Number(process.env.ZHENJIE_TEST_IMPORT_PORT || 7699);
  const work = mkdtempSync(join(tmpdir(), 'zhenjie-import-'));
  let server: PrivateNeo4j | undefined;
  afterAll(async () => {
    if (server) await stopPrivateNeo4j(server);
    rmSync(work, { recursive: true, force: true });
  });

  it('gives the graph the writer stores, once the schema is applied and the empty lists set', { timeout: 300_000 }, async () => {
    const { graph } = await buildGraph(['graph/corpus', ...realGroups().find((g) => g.name === 'dev')!.paths]);
    await deleteEverything(conn);
    await ingestGraph(conn, graph);
    const written = await graphDump(conn);

    const home = join(work, 'home');
    mkdirSync(home);
    const files = await writeImportFiles(graph, join(work, 'csv'));
    const classpath = `neo4j/target/classes:${readFileSync('neo4j/target/classpath.txt', 'utf8').trim()}`;
    await promisify(execFile)('java', ['-cp', classpath, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', ...files.args], {
      env: { ...process.env, NEO4J_HOME: home },
      maxBuffer: 1 << 26,
    });
    server = await startPrivateNeo4j(port, home);
    const imported = await openConnection({ uri: server.uri });
    try {
      await applySchema(imported, { graph });
      for (const statement of files.fixups) await imported.driver.executeQuery(statement);
      expect(await graphDump(imported)).toEqual(written);
    } finally {
      await imported.close();
    }
  });
});
