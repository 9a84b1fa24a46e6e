/**
 * The crash test: kill the Neo4j process (SIGKILL) in the middle of an ingest, restart
 * it, rerun the ingest, and compare with a clean run: same counts and the same content. And the
 * retry test: stop and restart it in the middle of an ingest, which must ride it out by retrying
 * and store exactly the graph of an uninterrupted run.
 * Uses its own embedded Neo4j (port 7698, or ZHENJIE_TEST_CRASH_PORT where several checkouts share a
 * machine; a temporary data directory), not the shared one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic.ts';
import { deleteEverything, graphCounts, ingestGraph, openConnection, type Connection } from '../../src/write/index.ts';
import { graphDigest, storedGraphDigest } from '../../src/write/digest.ts';
import { graphDump } from './graphs.ts';
import { launcherBuilt, startPrivateNeo4j, stopPrivateNeo4j, type PrivateNeo4j } from './server.ts';

const PORT = Number(process.env.ZHENJIE_TEST_CRASH_PORT || 7698);
const dataDir = mkdtempSync(join(tmpdir(), 'zhenjie-crash-'));
let server: PrivateNeo4j | undefined;

afterAll(async () => {
  if (server) await stopPrivateNeo4j(server);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Everything the writer owns, as one sorted text: equal texts mean equal graphs. */
async function content(conn: Connection): Promise<string> {
  const { records } = await conn.driver.executeQuery(`
    MATCH (e:Entity)
    RETURN e.id + '|' + e.name + '|' + reduce(s = '', l IN labels(e) | s + l + ':') + '|' + reduce(s = '', a IN e.aliases | s + a + ',') AS line`);
  const entities = records.map((x) => x.get('line') as string).sort();
  const rels = await conn.driver.executeQuery(`
    MATCH (a:Entity)-[r]->(b:Entity)
    RETURN a.id + '-' + type(r) + '->' + b.id + '|' + r.id + '|' + reduce(s = '', d IN r.sources | s + d + ',') + '|' +
           reduce(s = '', i IN range(0, size(r.evidenceDoc) - 1) | s + r.evidenceDoc[i] + '@' + r.evidenceStart[i] + '-' + r.evidenceEnd[i] + ',') AS line`);
  const mentions = await conn.driver.executeQuery(`
    MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
    RETURN d.id + '>' + e.id + '|' + reduce(s = '', x IN m.starts | s + x + ',') AS line`);
  const docs = await conn.driver.executeQuery('MATCH (d:Document) RETURN d.id + "|" + d.hash AS line');
  const lines = (r: typeof rels) => r.records.map((x) => x.get('line') as string).sort();
  return [...entities, ...lines(rels), ...lines(mentions), ...lines(docs)].join('\n');
}

describe.skipIf(!launcherBuilt && !process.env.CI)('a Neo4j killed mid-ingest', () => {
  it('restarts, and a rerun converges to exactly the graph of a clean run', { timeout: 600_000 }, async () => {
    const { graph } = syntheticCorpus({ scale: 0.02 });
    server = await startPrivateNeo4j(PORT, dataDir);
    // The connection's own defaults: a server that is gone must be said to be gone in seconds.
    let conn = await openConnection({ uri: server.uri });
    // Neo4j claims to hold the graph of earlier inputs; the run that dies must withdraw that claim.
    await conn.driver.executeQuery('MERGE (l:IngestLedger {id: "zhenjie"}) SET l.graphDigest = $d', { d: graphDigest('earlier inputs') });

    // Kill it while relations are being written, far from the end.
    let killed = false;
    let killedAt = 0;
    const running = server;
    const crashed = await ingestGraph(conn, graph, {
      batchSize: 200,
      inputDigest: 'these inputs',
      onProgress: (p) => {
        if (!killed && p.phase === 'relations' && p.rowsDone >= 1000) {
          killed = true;
          killedAt = Date.now();
          running.process.kill('SIGKILL');
        }
      },
    }).then(
      () => 'finished',
      (error: Error) => error.message,
    );
    expect(killed).toBe(true);
    expect(crashed).not.toBe('finished');
    // Bounded: the driver's retries (10 s) and a 5 s connection timeout, not 72 s of waiting.
    expect(Date.now() - killedAt).toBeLessThan(25_000);
    await conn.close().catch(() => undefined);
    await stopPrivateNeo4j(running, 'SIGKILL');

    // Restart on the same data (Neo4j recovers from its transaction log) and see a partial graph.
    server = await startPrivateNeo4j(PORT, dataDir);
    conn = await openConnection({ uri: server.uri, maxRetryTimeMs: 5_000 });
    const partial = await graphCounts(conn);
    expect(partial.entities).toBe(graph.entities.length); // entities were all written before the kill
    expect(partial.relations).toBeGreaterThan(0);
    expect(partial.relations).toBeLessThan(graph.relations.length);

    expect(await storedGraphDigest(conn)).toBeNull();
    const rerun = await ingestGraph(conn, graph, { batchSize: 200, inputDigest: 'these inputs' });
    expect(await storedGraphDigest(conn)).toBe(graphDigest('these inputs'));
    expect(rerun.documents.added.length + rerun.documents.changed.length).toBe(graph.documents.length);
    const recovered = await graphCounts(conn);
    const recoveredContent = await content(conn);

    await deleteEverything(conn);
    await ingestGraph(conn, graph, { batchSize: 200 });
    expect(recovered).toEqual(await graphCounts(conn));
    expect(recovered).toMatchObject({ entities: graph.entities.length, relations: graph.relations.length, documents: graph.documents.length });
    expect(recoveredContent).toBe(await content(conn));
    await conn.close();
  });

  it('stopped and restarted mid-ingest: the writer retries the failed batches and writes nothing twice', { timeout: 600_000 }, async () => {
    const { graph } = syntheticCorpus({ scale: 0.02 });
    if (!server) server = await startPrivateNeo4j(PORT, dataDir);
    // Retries for longer than the server takes to stop and start again.
    const conn = await openConnection({ uri: server.uri, maxRetryTimeMs: 120_000 });
    await deleteEverything(conn);
    const uninterrupted = async () => {
      await deleteEverything(conn);
      await ingestGraph(conn, graph, { batchSize: 200 });
      return { counts: await graphCounts(conn), dump: await graphDump(conn) };
    };

    // Stop the server (SIGTERM: it ends its transactions and closes every connection) while the
    // mentions of the new documents are being CREATEd, two batches in flight; start it again.
    let bounce: Promise<void> | undefined;
    const phasesAfter: string[] = [];
    const report = await ingestGraph(conn, graph, {
      batchSize: 200,
      onProgress: (p) => {
        if (bounce) phasesAfter.push(p.phase);
        if (!bounce && p.phase === 'mentions' && p.rowsDone >= 2000) {
          const running = server!;
          bounce = (async () => {
            await stopPrivateNeo4j(running, 'SIGTERM');
            server = await startPrivateNeo4j(PORT, dataDir);
          })();
        }
      },
    });
    await bounce;
    expect(bounce, 'the server was stopped mid-ingest').toBeDefined();
    expect(server!.log.join('')).toContain('zhenjie-neo4j: ready');
    expect(phasesAfter).toContain('relations'); // the run went on after the restart, to the end
    expect(report.problems).toEqual([]);
    expect(report.entities.added).toBe(graph.entities.length);
    expect(report.relations.added).toBe(graph.relations.length);
    const retried = { counts: await graphCounts(conn), dump: await graphDump(conn) };

    const clean = await uninterrupted();
    expect(retried.counts).toEqual(clean.counts);
    expect(retried.counts).toMatchObject({ entities: graph.entities.length, relations: graph.relations.length, documents: graph.documents.length });
    expect(retried.dump).toEqual(clean.dump);
    await conn.close();
  });

  it('shuts down cleanly on SIGTERM', { timeout: 300_000 }, async () => {
    if (server) await stopPrivateNeo4j(server);
    server = await startPrivateNeo4j(PORT, dataDir);
    await stopPrivateNeo4j(server, 'SIGTERM');
    expect(server.log.join('')).toContain('zhenjie-neo4j: stopped');
    server = undefined;
  });
});
