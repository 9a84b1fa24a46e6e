/**
 * `npm run bench -- --only neo4j`: the Neo4j writer and questions on a synthetic corpus.
 *
 *   --neo4j-scale=1      corpus size (1 ≈ 200k entities, 1M relations; 0.1 for a quick look)
 *   --neo4j-batch=5000   rows per UNWIND batch
 *   --neo4j-parallel=2   transactions in flight at once (the writer's `parallel`)
 *   --neo4j-naive=2000   relation rows the one-statement-per-row loader writes
 *   --neo4j-runs=30      timed runs per question (after 3 warm-up runs)
 *   --neo4j-questions-only  skip loading: time the questions on the synthetic graph already there
 *   --neo4j-import       also time the bulk path (neo4j-admin import, bench/neo4j-import.ts) on a
 *                        server of its own on --neo4j-import-port (7699), and compare its counts
 *
 * Needs a Neo4j on NEO4J_URI (npm run neo4j). It EMPTIES that database, so it refuses one that
 * holds documents other than its own synthetic ones.
 */
import neo4j from 'neo4j-driver';
import { runNamedQuery } from '../src/query/index.ts';
import { applySchema, deleteEverything, graphCounts, ingestGraph, openConnection, type Connection, type IngestProgress } from '../src/write/index.ts';
import { relationRow } from '../src/write/rows.ts';
import { timeBulkImport } from './neo4j-import.ts';
import { syntheticCorpus, type SyntheticCorpus } from './synthetic.ts';

function flag(argv: string[], name: string, fallback: number): number {
  const hit = argv.find((a) => a.startsWith(`--neo4j-${name}=`));
  const value = hit ? Number(hit.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`bench/neo4j: --neo4j-${name} takes a positive number`);
  return value;
}

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r, j) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ') + (j === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : '')).join('\n');
}

async function refuseForeignData(conn: Connection): Promise<void> {
  const { records } = await conn.driver.executeQuery('MATCH (d:Document) WHERE coalesce(d.source, "") <> "synthetic" RETURN count(d) AS n', {}, { database: conn.database });
  const n = Number(records[0]!.get('n'));
  if (n > 0) throw new Error(`bench/neo4j: ${conn.uri} holds ${n} real documents; the bench empties its database, so point NEO4J_URI at a scratch Neo4j`);
}

/** One auto-commit statement per relation row: the loader the batched one is measured against. */
async function naiveLoad(conn: Connection, corpus: SyntheticCorpus, count: number): Promise<{ rows: number; ms: number }> {
  const relations = corpus.graph.relations.slice(0, count);
  const started = Date.now();
  for (const r of relations) {
    const row = relationRow(r, new Set(r.evidence.map((e) => e.doc)), new Set(r.evidence.map((e) => e.doc)));
    await conn.driver.executeQuery(
      `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
       MERGE (a)-[r:\`${r.type}\` {id: $id}]->(b)
       SET r += $props, r.sources = $sources, r.evidenceDoc = $evidenceDoc, r.evidenceStart = $evidenceStart,
           r.evidenceEnd = $evidenceEnd, r.evidenceText = $evidenceText`,
      { ...row },
      { database: conn.database },
    );
  }
  return { rows: relations.length, ms: Date.now() - started };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}


/** p50/p95 of every named question on the loaded synthetic graph, with parameters that fit it. */
async function timeQuestions(conn: Connection, corpus: SyntheticCorpus, runs: number): Promise<void> {
  // Every named question, warm.
  const a = corpus.anchors;
  const questions: Array<[string, Record<string, unknown>]> = [
    ['officials-streets', { street: a.street }],
    ['street-portfolio', { street: a.street }],
    ['project-enterprises', { project: a.project }],
    ['shared-initiatives', {}],
    ['street-similarity', { street: a.street }],
    ['enterprise-footprint', { enterprise: a.enterprise }],
    ['shortest-connection', { from: a.official, to: a.enterprise }],
    ['search', { q: a.search }],
    ['evidence', { name: a.project }],
  ];
  const latency: string[][] = [['question (params)', 'rows', 'p50 ms', 'p95 ms']];
  for (const [name, params] of questions) {
    for (let i = 0; i < 3; i++) await runNamedQuery(conn, name, params);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      rows = (await runNamedQuery(conn, name, params)).rows.length;
      times.push(performance.now() - s);
    }
    times.sort((x, y) => x - y);
    latency.push([`${name} ${JSON.stringify(params)}`, String(rows), percentile(times, 50).toFixed(1), percentile(times, 95).toFixed(1)]);
  }
  console.log('\n' + table(latency));
  console.log(`\n(${runs} runs per question after 3 warm-up runs; wall time in the client, over Bolt on ${conn.uri})`);
}

export async function runNeo4jBench(argv: string[] = []): Promise<void> {
  const scale = flag(argv, 'scale', 1);
  const batchSize = flag(argv, 'batch', 5000);
  const parallel = flag(argv, 'parallel', 2);
  const naiveRows = flag(argv, 'naive', 2000);
  const runs = flag(argv, 'runs', 30);
  const conn = await openConnection();
  try {
    await refuseForeignData(conn);
    let t = Date.now();
    const corpus = syntheticCorpus({ scale });
    if (argv.includes('--neo4j-questions-only')) return await timeQuestions(conn, corpus, runs);
    const { graph } = corpus;
    console.log(`synthetic corpus (scale ${scale}): ${fmt(graph.documents.length)} documents, ${fmt(graph.entities.length)} entities, ${fmt(graph.relations.length)} relations, generated in ${Date.now() - t} ms`);

    // Naive loader, on a small corpus of the same shape: its entities batched (not timed), then
    // one statement per relation row. Small, so that setting it up and clearing it costs little.
    t = Date.now();
    await deleteEverything(conn);
    const cleared = Date.now() - t;
    await applySchema(conn, { graph });
    const small = syntheticCorpus({ scale: Math.min(scale, 0.02), seed: 7 });
    await ingestGraph(conn, { ...small.graph, relations: [] }, { batchSize, schema: false });
    const naive = await naiveLoad(conn, small, naiveRows);
    await deleteEverything(conn);
    console.log(`(emptied the database first in ${(cleared / 1000).toFixed(1)} s)`);

    // Batched loader, from empty.
    const phases = new Map<string, { rows: number; ms: number }>();
    let last = Date.now();
    const track = (p: IngestProgress) => {
      const now = Date.now();
      const entry = phases.get(p.phase) ?? { rows: 0, ms: 0 };
      entry.ms += now - last;
      entry.rows += p.batchRows;
      phases.set(p.phase, entry);
      last = now;
    };
    t = Date.now();
    last = t;
    const load = await ingestGraph(conn, graph, { batchSize, parallel, schema: false, onProgress: track });
    const loadMs = Date.now() - t;
    const counts = await graphCounts(conn);
    const relationships = counts.relationships;

    // Re-ingest of the same corpus: nothing to write.
    t = Date.now();
    const again = await ingestGraph(conn, graph, { batchSize, schema: false });
    const againMs = Date.now() - t;
    const countsAgain = await graphCounts(conn);

    const relPhase = phases.get('relations') ?? { rows: 0, ms: 1 };
    console.log(
      '\n' +
        table([
          ['load', 'rows', 'seconds', 'rows/s'],
          ['naive: one statement per relation row', fmt(naive.rows), (naive.ms / 1000).toFixed(1), fmt(rate(naive.rows, naive.ms))],
          ...[...phases].map(([phase, p]) => [`batched ${batchSize}/batch, ${parallel} at once: ${phase}`, fmt(p.rows), (p.ms / 1000).toFixed(1), fmt(rate(p.rows, p.ms))]),
          ['batched: whole ingest, relationships created', fmt(relationships), (loadMs / 1000).toFixed(1), fmt(rate(relationships, loadMs))],
          ['batched: whole ingest, nodes created', fmt(counts.nodes), (loadMs / 1000).toFixed(1), fmt(rate(counts.nodes, loadMs))],
          ['re-ingest of the same corpus', `${again.batches} batches`, (againMs / 1000).toFixed(1), `${again.documents.unchanged.length} docs unchanged`],
        ]),
    );
    console.log(`batched/naive (relation rows/s): ${(rate(relPhase.rows, relPhase.ms) / rate(naive.rows, naive.ms)).toFixed(1)}×`);
    console.log(`re-ingest wrote ${again.batches} batches; counts ${JSON.stringify(countsAgain) === JSON.stringify(counts) ? 'identical' : 'DIFFER'}: ${JSON.stringify(counts)}`);
    console.log(`load report: ${load.entities.added} entities, ${load.relations.added} relations added`);

    if (argv.includes('--neo4j-import')) {
      const port = flag(argv, 'import-port', 7699);
      const imported = await timeBulkImport(graph, port);
      // Up to a served, indexed graph (not the server's shutdown after it).
      const importMs = imported.parts.reduce((sum, [, ms]) => sum + ms, 0);
      console.log(
        '\n' +
          table([
            ['bulk import into an empty database', 'seconds'],
            ...imported.parts.map(([part, ms]) => [part, (ms / 1000).toFixed(1)]),
            ['whole bulk import', (importMs / 1000).toFixed(1)],
          ]),
      );
      // The writer's graph has one node more: its ledger.
      const same = JSON.stringify({ ...imported.counts, nodes: imported.counts.nodes + 1 }) === JSON.stringify(counts);
      console.log(`bulk import: ${fmt(rate(relationships, importMs))} relationships/s; counts ${same ? 'identical to the writer\'s (less its ledger node)' : 'DIFFER'}: ${JSON.stringify(imported.counts)}`);
    }

    await timeQuestions(conn, corpus, runs);
  } finally {
    await conn.close();
  }
}

// `npx tsx bench/neo4j.ts --neo4j-scale=0.1` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  void neo4j; // the driver is loaded by src/write; nothing else to set up here
  runNeo4jBench(process.argv.slice(2)).catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
