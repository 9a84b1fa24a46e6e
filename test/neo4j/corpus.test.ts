/**
 * Ingest of real articles through the pipeline: idempotent on the sample corpus, incremental with
 * a second article that shares programs with it, and removal of that article.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import { runNamedQuery } from '../../src/query/index.ts';
import { graphCounts, ingestGraph, removeDocuments, type Connection } from '../../src/write/index.ts';
import { useEmptyDatabase } from './graphs.ts';

const SAMPLE = 'graph/corpus';
const SECOND = 'test/fixtures/articles/guali-town-notes.txt';
let conn: Connection;
useEmptyDatabase((c) => (conn = c));

describe('ingesting the sample corpus', () => {
  it('twice leaves node, relationship, mention and evidence counts exactly as after once', async () => {
    const { graph } = await buildGraph([SAMPLE]);
    const first = await ingestGraph(conn, graph);
    expect(first.entities.added).toBe(graph.entities.length);
    expect(first.relations.added).toBe(graph.relations.length);
    const once = await graphCounts(conn);
    expect(once).toMatchObject({ entities: graph.entities.length, relations: graph.relations.length, documents: 1 });
    expect(once.evidence).toBe(graph.relations.reduce((n, r) => n + r.evidence.length, 0));
    expect(once.mentions).toBe(graph.entities.reduce((n, e) => n + e.mentions.length, 0));

    const again = await ingestGraph(conn, (await buildGraph([SAMPLE])).graph);
    expect(again.documents.unchanged).toEqual(first.documents.added);
    expect(again.entities.added + again.relations.added + again.entities.removed + again.relations.removed).toBe(0);
    expect(await graphCounts(conn)).toEqual(once);
  });

  it('a second article adds its facts and merges the programs both name; removing it restores the first state', async () => {
    const once = await graphCounts(conn);
    const { graph: sample } = await buildGraph([SAMPLE]);
    const { graph: second } = await buildGraph([SECOND]);
    const sampleIds = new Set(sample.entities.map((e) => e.id));
    const shared = second.entities.filter((e) => sampleIds.has(e.id)).map((e) => e.id);
    expect(shared.length, 'the second article shares entities (programs) with the sample').toBeGreaterThan(0);

    const report = await ingestGraph(conn, second);
    expect(report.documents.added).toHaveLength(1);
    expect(report.entities.added).toBe(second.entities.length - shared.length);
    const both = await graphCounts(conn);
    expect(both.documents).toBe(2);
    expect(both.entities).toBe(once.entities + second.entities.length - shared.length);
    const { records } = await conn.driver.executeQuery(
      'UNWIND $ids AS id MATCH (d:Document)-[:MENTIONS]->(e:Entity {id: id}) RETURN id, count(d) AS docs',
      { ids: shared },
    );
    expect(records.map((r) => r.get('docs'))).toEqual(shared.map(() => 2));

    const removed = await removeDocuments(conn, [SECOND.split('/').at(-1)!]);
    expect(removed.documents.removed).toEqual(report.documents.added);
    expect(await graphCounts(conn)).toEqual(once);
    expect((await runNamedQuery(conn, 'officials-streets')).rows).toHaveLength(6);
    expect((await runNamedQuery(conn, 'shared-initiatives', { min: 4 })).rows.map((r) => r.program)).toContain('大综合一体化行政执法改革');
  });

  it('removing the last document leaves no fact behind', async () => {
    await removeDocuments(conn, ['xiaoshan-zhenjie-column']);
    expect(await graphCounts(conn)).toMatchObject({ entities: 0, relations: 0, documents: 0, mentionLinks: 0 });
  });
});
