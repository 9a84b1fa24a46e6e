/** The writer against the real Neo4j: provenance, idempotence, incremental ingest, removal, dry run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteEverything, graphCounts, ingestGraph, removeDocuments, type Connection } from '../../src/write/index.ts';
import { graphDump, testConnection, twoArticles, restoreSampleCorpus } from './graphs.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

let conn: Connection;
const cypher = async (statement: string, params: Record<string, unknown> = {}) =>
  (await conn.driver.executeQuery(statement, params, { database: conn.database })).records.map((r) => r.toObject());

beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  if (conn) await restoreSampleCorpus(conn);
  await conn?.close();
}, 120_000);

describe('ingest', () => {
  const { a, onlyA, onlyB, both } = twoArticles();

  it('writes entities with static labels, documents, mentions and evidence', async () => {
    await deleteEverything(conn);
    const report = await ingestGraph(conn, both, { batchSize: 2 });
    expect(report.documents.added).toEqual(['a', 'b']);
    expect(report.entities.added).toBe(6);
    expect(report.relations.added).toBe(5);

    const counts = await graphCounts(conn);
    expect(counts).toMatchObject({ entities: 6, documents: 2, relations: 5 });
    expect(counts.evidence).toBe(both.relations.reduce((n, r) => n + r.evidence.length, 0));

    const [street] = await cypher('MATCH (s:Street:Entity {name: "城厢街道"}) RETURN s.kind AS kind, s.aliases AS aliases, labels(s) AS labels');
    expect(street).toMatchObject({ kind: '街道', aliases: ['城厢'] });
    const [project] = await cypher('MATCH (p:Project {name: "湘湖未来社区"}) RETURN p.investment AS inv, p.tags AS tags, p.nested AS nested');
    expect(project).toEqual({ inv: 7e7, tags: ['社区', '未来'], nested: '{"a":1}' });

    // Evidence of the shared relation: one entry per article, offsets into that article's text.
    const [shared] = await cypher(
      `MATCH (:Street {name: "城厢街道"})-[r:IMPLEMENTS]->(:Program {name: "一网统管"})
       RETURN r.sources AS sources, r.evidenceDoc AS docs, r.evidenceStart AS starts, r.evidenceEnd AS ends, r.evidenceText AS texts`,
    );
    expect(shared!.sources).toEqual(['a', 'b']);
    expect(shared!.docs).toEqual(['a', 'b']);
    expect(a.text.slice(shared!.starts[0], shared!.ends[0])).toBe(shared!.texts[0]);

    const mentions = await cypher('MATCH (:Document {id: "a"})-[m:MENTIONS]->(e:Entity {name: "洪泉良"}) RETURN m.starts AS starts, m.ends AS ends');
    expect(mentions).toEqual([{ starts: [a.text.indexOf('洪泉良')], ends: [a.text.indexOf('洪泉良') + 3] }]);
  });

  it('re-ingesting the same graph writes nothing and leaves every count as it was', async () => {
    const before = await graphCounts(conn);
    const report = await ingestGraph(conn, both, { batchSize: 2 });
    expect(report.documents).toMatchObject({ added: [], changed: [], unchanged: ['a', 'b'] });
    expect(report.entities).toEqual({ added: 0, updated: 0, unchanged: 6, removed: 0 });
    expect(report.batches).toBe(0);
    expect(await graphCounts(conn)).toEqual(before);
    // The plan read the stored hashes in one query and no document's relation list.
    expect(report.planning).toMatchObject({ queries: 1, hashesRead: 2, relationIdsRead: 0 });
  });

  it('a new article merges with what is there, and removing it takes out only what it alone supported', async () => {
    await deleteEverything(conn);
    await ingestGraph(conn, onlyA);
    const afterA = await graphCounts(conn);
    const added = await ingestGraph(conn, onlyB);
    expect(added.documents.added).toEqual(['b']);
    expect(added.entities.added).toBe(2); // 新塘街道, 张三; 城厢街道 and 一网统管 merge
    const [shared] = await cypher('MATCH (:Street {name: "城厢街道"})-[r:IMPLEMENTS]->(:Program) RETURN r.sources AS s, size(r.evidenceDoc) AS n');
    expect(shared).toEqual({ s: ['a', 'b'], n: 2 });

    const removed = await removeDocuments(conn, ['b']);
    expect(removed.documents.removed).toEqual(['b']);
    expect(removed.entities.removed).toBe(2);
    expect(removed.relations.removed).toBe(2);
    expect(await graphCounts(conn)).toEqual(afterA);
    const [kept] = await cypher('MATCH (:Street {name: "城厢街道"})-[r:IMPLEMENTS]->(:Program) RETURN r.sources AS s, r.evidenceDoc AS d');
    expect(kept).toEqual({ s: ['a'], d: ['a'] });
  });

  it('ingest in any order converges to the same graph as ingesting both at once', async () => {
    await deleteEverything(conn);
    await ingestGraph(conn, both);
    const together = await graphCounts(conn);
    await deleteEverything(conn);
    await ingestGraph(conn, onlyB);
    await ingestGraph(conn, onlyA);
    expect(await graphCounts(conn)).toEqual(together);
  });

  it('a document written after others takes its place in every list of a shared relation, as in a cold ingest', async () => {
    // Ids whose order by UTF-16 code unit (JavaScript's, and Neo4j's for the strings a driver sends) is not
    // their order by code point: U+1F600 before U+FF01.
    const renamed = (kg: KnowledgeGraph): KnowledgeGraph => {
      const id = (doc: string) => ({ a: '\u{1F600}a', b: '\uFF01b' })[doc as 'a' | 'b'] ?? doc;
      return {
        documents: kg.documents.map((d) => ({ ...d, id: id(d.id) })),
        entities: kg.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, doc: id(m.doc) })) })),
        relations: kg.relations.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, doc: id(e.doc) })) })),
      };
    };
    await deleteEverything(conn);
    await ingestGraph(conn, renamed(both));
    const cold = await graphDump(conn);
    expect(cold.some((line) => line.includes('"sources":["\u{1F600}a","\uFF01b"]'))).toBe(true);
    for (const order of [[onlyA, onlyB], [onlyB, onlyA]]) {
      await deleteEverything(conn);
      for (const kg of order) await ingestGraph(conn, renamed(kg));
      expect(await graphDump(conn)).toEqual(cold);
    }
  });

  it('a re-extracted document replaces its facts: a dropped relation and entity go', async () => {
    await deleteEverything(conn);
    await ingestGraph(conn, onlyA);
    const withoutProject = {
      ...onlyA,
      entities: onlyA.entities.filter((e) => e.name !== '湘湖未来社区'),
      relations: onlyA.relations.filter((r) => r.type !== 'RUNS'),
    };
    const stored = await cypher('MATCH (d:Document {id: "a"}) RETURN size(d.relationIds) AS n');
    const report = await ingestGraph(conn, withoutProject);
    expect(report.documents.changed).toEqual(['a']);
    // Hashes first, then the relation list of the one changed document (what it must withdraw).
    expect(report.planning).toMatchObject({ queries: 2, hashesRead: 1, relationIdsRead: Number(stored[0]!.n) });
    expect(Number(stored[0]!.n)).toBeGreaterThan(0);
    expect(report.entities.removed).toBe(1);
    expect(report.relations.removed).toBe(1);
    expect(await cypher('MATCH (p:Project) RETURN p')).toEqual([]);
  });

  it('a graph whose input digest Neo4j holds is neither planned nor written; a write or a remove withdraws the digest', async () => {
    await deleteEverything(conn);
    const first = await ingestGraph(conn, both, { inputDigest: 'inputs-1' });
    expect(first.documents.added).toEqual(['a', 'b']);
    const counts = await graphCounts(conn);

    const same = await ingestGraph(conn, both, { inputDigest: 'inputs-1' });
    expect(same.planning).toMatchObject({ digestMatched: true, queries: 1, hashesRead: 0, relationIdsRead: 0 });
    expect(same.documents).toMatchObject({ added: [], changed: [], unchanged: ['a', 'b'] });
    expect(same.batches).toBe(0);
    expect(await graphCounts(conn)).toEqual(counts);

    // Other inputs: planned document by document as before (here: all unchanged).
    const other = await ingestGraph(conn, onlyA, { inputDigest: 'inputs-2' });
    expect(other.planning?.digestMatched).toBeUndefined();
    expect(other.planning?.hashesRead).toBe(1);

    // remove takes b out and withdraws the digest: the same inputs are planned again, and b comes back.
    await removeDocuments(conn, ['b']);
    const back = await ingestGraph(conn, both, { inputDigest: 'inputs-1' });
    expect(back.planning?.digestMatched).toBeUndefined();
    expect(back.documents.added).toEqual(['b']);
    expect(await graphCounts(conn)).toEqual(counts);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    await deleteEverything(conn);
    await ingestGraph(conn, onlyA);
    const before = await graphCounts(conn);
    const ledgerBefore = await cypher('MATCH (l:IngestLedger) RETURN size(l.runs) AS n');
    const report = await ingestGraph(conn, both, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.documents.added).toEqual(['b']);
    expect(report.entities.added).toBe(2);
    expect(await graphCounts(conn)).toEqual(before);
    expect(await cypher('MATCH (l:IngestLedger) RETURN size(l.runs) AS n')).toEqual(ledgerBefore);

    const removal = await removeDocuments(conn, ['a'], { dryRun: true });
    expect(removal.entities.removed).toBe(4);
    expect(await graphCounts(conn)).toEqual(before);
  });

  it('records every run in the ledger without adding nodes', async () => {
    await deleteEverything(conn);
    await ingestGraph(conn, both);
    const nodes = (await graphCounts(conn)).nodes;
    await ingestGraph(conn, both);
    expect((await graphCounts(conn)).nodes).toBe(nodes);
    const [ledger] = await cypher('MATCH (l:IngestLedger) RETURN l.runs AS runs');
    const runs = (ledger!.runs as string[]).map((r) => JSON.parse(r));
    expect(runs.map((r) => r.documents.added.count)).toEqual([2, 0]);
    expect(runs[1].documents.unchanged.count).toBe(2);
  });

  it('refuses to remove a document it does not have, naming it', async () => {
    await expect(removeDocuments(conn, ['no-such-article.txt'])).rejects.toThrow(/no document 'no-such-article.txt'/);
  });
});

describe("the tests' own database", () => {
  it("is on its own port, never a user's NEO4J_URI", () => {
    const own = process.env.ZHENJIE_TEST_NEO4J_URI || 'bolt://127.0.0.1:7697';
    expect(process.env.NEO4J_URI).toBe(own);
    expect(own).not.toMatch(/:7687$/);
  });
});
