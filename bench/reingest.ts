/**
 * `npm run bench -- --only reingest`: what re-ingesting costs when little or nothing changed.
 *
 *   --reingest-scale=1      synthetic graph for the writer's plan (1 ≈ 20k documents, 1M relations;
 *                           reused when Neo4j holds exactly it, else loaded: ~8 min at scale 1)
 *   --reingest-files=20000  articles in the file corpus (real articles, names varied), run end to
 *                           end as `zhenjie ingest` does (in this process: without the ~1 s start
 *                           of a new one): list, digest, build with the cache, then the write into
 *                           Neo4j and the exports at once; then `zhenjie ingest` as a user runs it
 *                           (bin/zhenjie.js, a new process a run), and the process start alone
 *   --reingest-skip-synthetic
 *
 * Needs a Neo4j on NEO4J_URI; it EMPTIES that database, so it refuses one holding real documents.
 * Prints counts beside every time (files hashed, documents extracted and swept, queries, relation
 * ids read back): on a shared machine the counts are the steadier figure.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildGraph, identifyInputs } from '../src/pipeline.ts';
import { listInputFiles } from '../src/read/index.ts';
import { currentRecord, exportReuse, readRecord, writeRecord } from '../src/commands/inputs-record.ts';
import { EXPORT_FORMATS, writeExports } from '../src/export/index.ts';
import { applySchema, deleteEverything, graphCounts, ingestGraph, ingestIfHeld, openConnection, removeDocuments, type Connection, type IngestReport } from '../src/write/index.ts';
import { READ_DOCUMENTS, READ_DOCUMENT_HASHES } from '../src/write/cypher.ts';
import { prepareGraph } from '../src/write/rows.ts';
import { planWrite } from '../src/write/plan.ts';
import type { KnowledgeGraph } from '../src/types.ts';
import { articles, makeCorpus, variant } from './extract.ts';
import { syntheticCorpus } from './synthetic.ts';

function flag(argv: string[], name: string, fallback: number): number {
  const hit = argv.find((a) => a.startsWith(`--reingest-${name}=`));
  const value = hit ? Number(hit.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`bench/reingest: --reingest-${name} takes a positive number`);
  return value;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const rss = () => `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`;
async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const value = await work();
  return [value, performance.now() - t];
}

/** Refuses a Neo4j holding anything but the benches' documents: the benches empty it. */
export async function refuseForeignData(conn: Connection): Promise<void> {
  const { records } = await conn.driver.executeQuery(
    'MATCH (d:Document) WHERE coalesce(d.source, "") <> "synthetic" AND NOT coalesce(d.path, "") CONTAINS "zhenjie-bench-" RETURN count(d) AS n',
    {},
    { database: conn.database },
  );
  if (Number(records[0]!.get('n')) > 0) throw new Error(`bench/reingest: ${conn.uri} holds real documents; the bench empties its database, so point NEO4J_URI at a scratch Neo4j`);
}

/** The writer's plan on the synthetic graph: where an unchanged re-ingest's time goes. */
async function syntheticPlan(conn: Connection, scale: number): Promise<void> {
  const { graph } = syntheticCorpus({ scale });
  const counts = await graphCounts(conn);
  if (counts.documents !== graph.documents.length || counts.relations !== graph.relations.length) {
    await deleteEverything(conn);
    await applySchema(conn, { graph });
    const [, ms] = await timed(() => ingestGraph(conn, graph, { batchSize: 5000, schema: false }));
    console.log(`(loaded the synthetic graph, scale ${scale}, in ${s(ms)} s)`);
  } else console.log(`(Neo4j already holds the synthetic graph of scale ${scale}: reused)`);
  console.log(`synthetic graph: ${graph.documents.length} documents, ${graph.entities.length} entities, ${graph.relations.length} relations`);

  const [prepared, prepMs] = await timed(() => prepareGraph(graph));
  const ids = [...prepared.contributions.keys()];
  const q = (cypher: string) => conn.driver.executeQuery(cypher, { ids }, { database: conn.database });
  const [full, fullMs] = await timed(() => q(READ_DOCUMENTS));
  const [hashes, hashMs] = await timed(() => q(READ_DOCUMENT_HASHES));
  const stored = new Map(full.records.map((r) => [r.get('id') as string, r.toObject() as never]));
  const [plan, planMs] = await timed(() => planWrite(prepared, stored));
  const relationIds = full.records.reduce((n, r) => n + (r.get('relationIds') as string[]).length, 0);
  const [again, againMs] = await timed(() => ingestGraph(conn, graph, { batchSize: 5000, schema: false }));
  await ingestGraph(conn, graph, { batchSize: 5000, schema: false, inputDigest: `synthetic ${scale}` });
  const [digested, digestMs] = await timed(() => ingestGraph(conn, graph, { batchSize: 5000, schema: false, inputDigest: `synthetic ${scale}` }));

  // One new document: an existing street's news about a new project.
  const street = graph.entities.find((e) => e.type === 'Street')!;
  const doc = 'synthetic-new-article';
  const text = `${street.name}推进新城未来产业园建设。`;
  const project = { id: 'project:新城未来产业园', type: 'Project', name: '新城未来产业园', aliases: [], props: {}, mentions: [{ doc, start: street.name.length + 2, end: street.name.length + 9 }] };
  const plus: KnowledgeGraph = {
    ...graph,
    documents: [...graph.documents, { id: doc, title: '新文章', chars: text.length, source: 'synthetic' }],
    entities: [...graph.entities.filter((e) => e.id !== street.id), { ...street, mentions: [...street.mentions, { doc, start: 0, end: street.name.length }] }, project],
    relations: [...graph.relations, { id: `runs:${street.id}->${project.id}`, type: 'RUNS', from: street.id, to: project.id, props: {}, evidence: [{ doc, start: 0, end: text.length, text }] }],
  };
  const [one, oneMs] = await timed(() => ingestGraph(conn, plus, { batchSize: 5000, schema: false }));
  await removeDocuments(conn, [doc]);

  console.log(
    [
      `\nwriter plan, unchanged synthetic graph (${rss()} RSS):`,
      `  hash the graph (prepareGraph)                 ${s(prepMs).padStart(7)} s`,
      `  read hashes and relation lists (before)       ${s(fullMs).padStart(7)} s  1 query, ${full.records.length} rows, ${relationIds} relation ids`,
      `  read hashes only (now)                        ${s(hashMs).padStart(7)} s  1 query, ${hashes.records.length} rows`,
      `  plan                                          ${s(planMs).padStart(7)} s  ${plan.unchanged.length} unchanged`,
      `  whole re-ingest, planned                      ${s(againMs).padStart(7)} s  ${again.planning?.queries} queries, ${again.planning?.relationIdsRead} relation ids, ${again.batches} batches`,
      `  whole re-ingest, input digest held by Neo4j   ${s(digestMs).padStart(7)} s  ${digested.planning?.queries} query, digest ${digested.planning?.digestMatched ? 'matched' : 'NOT matched'}`,
      `  one new document                              ${s(oneMs).padStart(7)} s  ${one.documents.added.length} added, ${one.documents.changed.length} changed, ${one.batches} batches, ${one.planning?.relationIdsRead} relation ids read`,
    ].join('\n'),
  );
}

interface Step {
  name: string;
  identify: number;
  build: number;
  exports: number;
  ingest: number;
  counts: string;
  report: IngestReport;
}

/** The file corpus, end to end as `zhenjie ingest` runs it (without the process start). */
async function fileCorpus(conn: Connection, files: number): Promise<void> {
  const corpus = makeCorpus(Infinity, files);
  // Articles written long ago, as an archive's are (a file written in the last seconds is hashed
  // again every run: its mtime cannot vouch for it).
  const past = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(corpus.dir)) utimesSync(path.join(corpus.dir, name), past, past);
  const out = mkdtempSync(path.join(tmpdir(), 'zhenjie-reingest-out-'));
  await deleteEverything(conn);
  await applySchema(conn, {});
  const steps: Step[] = [];
  const cacheDir = path.join(out, 'cache');
  // As `zhenjie ingest` runs (src/commands/ingest.ts), timed part by part.
  const step = async (name: string) => {
    // Listed once for the digest and the build, as `zhenjie ingest` does.
    const [[{ digest, identified }, listed], identify] = await timed(() => {
      const listed = listInputFiles([corpus.dir]);
      return [identifyInputs([corpus.dir], { curationPath: null, cacheDir, listed }), listed] as const;
    });
    const recorded = digest ? readRecord(out) : null;
    const record = digest ? currentRecord(recorded, digest) : null;
    if (digest && record) {
      const [held, heldMs] = await timed(() => ingestIfHeld(conn, digest, record, { batchSize: 5000 }));
      if (held) {
        steps.push({ name, identify, build: 0, exports: 0, ingest: heldMs, counts: `inputs unchanged: not built; Neo4j holds their graph (${held.planning?.queries} query)`, report: held });
        return null;
      }
    }
    const [result, build] = await timed(() => buildGraph([corpus.dir], { curationPath: null, cacheDir, listed, ...(identified ? { identified } : {}) }));
    // Neo4j and the exports at once, Neo4j started first (as `zhenjie ingest` does): each timed to its end.
    const reuse = exportReuse(recorded, result);
    const [[report, ingest], [{ files: exported, index }, exports]] = await Promise.all([
      timed(() => ingestGraph(conn, result.graph, { batchSize: 5000, inputDigest: result.inputDigest!, ...(result.changes ? { changes: result.changes } : {}) })),
      timed(() => writeExports(result.graph, out, EXPORT_FORMATS, reuse, { spare: true })),
    ]);
    writeRecord(out, { inputDigest: result.inputDigest!, exports: exported, documents: result.graph.documents.map((d) => d.id), entities: result.graph.entities.length, relations: result.graph.relations.length, index });
    const c = result.cache!;
    const p = report.planning!;
    const counts =
      (result.appended ? `${result.appended.documents.length} added to the snapshot${reuse ? ', exports spliced' : ''}; ` : '') +
      `${c.misses} extracted on ${result.lanes!.used} lane(s), ${c.hits} cached (${(c.entryBytes / 1e6).toFixed(0)} MB of entries parsed, ${c.sweepParts} sweep parts, ${(c.sweepPartBytes / 1e6).toFixed(1)} MB); ` +
      `${c.swept} swept, ${c.sweepHits} kept, ${c.sweepsReused} kept from the names before; ${c.hashed} files hashed (${(c.bytesHashed / 1e6).toFixed(1)} MB), ${c.statHits} by stat; ` +
      `plan ${p.digestMatched ? 'skipped (digest)' : `${p.queries} queries, ${p.documentsHashed} documents hashed, ${p.relationIdsRead} relation ids`}; ${report.documents.added.length} added, ${report.documents.changed.length} changed`;
    steps.push({ name, identify, build, exports, ingest, counts, report });
    return result;
  };
  const cold = (await step('cold (empty cache, empty Neo4j)'))!;
  console.log(`\nfile corpus: ${corpus.files} files, ${(corpus.chars / 1e6).toFixed(1)} M characters; graph ${cold.graph.entities.length} entities, ${cold.graph.relations.length} relations`);
  await step('unchanged');
  await step('unchanged, again');
  const base = articles();
  writeFileSync(path.join(corpus.dir, 'new-1.txt'), variant(base[3 % base.length]!, corpus.files + 1));
  await step('one new article, names already known');
  writeFileSync(path.join(corpus.dir, 'new-1b.txt'), variant(base[7 % base.length]!, corpus.files + 3));
  await step('another new article, names already known');
  writeFileSync(path.join(corpus.dir, 'new-2.txt'), '以“云帆护航”机制为抓手,推进青山湖科创园建设。\n' + variant(base[5 % base.length]!, corpus.files + 2));
  await step('one new article with a new strong name');
  console.log(
    '\n' +
      ['(ingest and exports run at once, each timed to its end; total = stat+digest + build + the later of the two)',
       'step                                     stat+digest s  build s  ingest s  in Neo4j s  exports s   total s  counts', ...steps.map((x) =>
        `${x.name.padEnd(40)} ${s(x.identify).padStart(13)} ${s(x.build).padStart(8)} ${s(x.ingest).padStart(9)} ${s(x.identify + x.build + x.ingest).padStart(11)} ${s(x.exports).padStart(10)} ${s(x.identify + x.build + Math.max(x.exports, x.ingest)).padStart(9)}  ${x.counts}`,
      )].join('\n'),
  );
  console.log(`(RSS ${rss()}; cache and exports in ${out})`);
  asUser(corpus.dir, out, base, corpus.files);
  rmSync(corpus.dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}

/** `node bin/zhenjie.js …` in a new process, timed from outside: what a user waits for. */
function timedCli(args: string[]): { ms: number; stdout: string; stderr: string; status: number | null } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['bin/zhenjie.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { ms: performance.now() - started, stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/**
 * `zhenjie ingest` as a user runs it (bin/zhenjie.js, the CLI's bundle: bin/cli-bundle.js), one new
 * article a run; and the process start alone (`--version`), from the bundle and from the sources
 * through tsx, alternated. The first run follows the in-process steps (curation read from
 * graph/curation.yaml, as the CLI does), so it is printed but not the figure.
 */
function asUser(dir: string, out: string, base: string[], files: number): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  timedCli(['--version']); // builds the bundle if the sources changed since it was made
  const bundled: number[] = [];
  const tsx: number[] = [];
  for (let i = 0; i < 5; i++) {
    bundled.push(timedCli(['--version']).ms);
    const started = performance.now();
    spawnSync(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', 'src/cli.ts', '--version']);
    tsx.push(performance.now() - started);
  }
  console.log(`\nprocess start (--version, 5 alternated runs, median): bundle ${s(median(bundled))} s (bin/zhenjie.js), tsx ${s(median(tsx))} s (node --import tsx src/cli.ts)`);
  console.log('`zhenjie ingest` in a new process, one new article, names already known (timed from outside):');
  for (let i = 0; i < 4; i++) {
    writeFileSync(path.join(dir, `user-${i}.txt`), variant(base[(11 + 6 * i) % base.length]!, files + 10 + i));
    const run = timedCli(['ingest', dir, '--out', out]);
    if (run.status !== 0) throw new Error(`bench/reingest: zhenjie ingest failed:\n${run.stderr}`);
    const path_ = /added to the last build's graph/.test(run.stderr) ? 'added to the snapshot' : 'full build';
    const neo4j = /in ([\d.]+) s, \d+ batches/.exec(run.stdout)?.[1];
    console.log(`  run ${i + 1}${i === 0 ? ' (after the in-process steps)' : ''}: ${s(run.ms)} s end to end; ${path_}; Neo4j write ${neo4j} s (load average ${loadavg()[0]!.toFixed(1)})`);
  }
}

export async function runReingestBench(argv: string[] = []): Promise<void> {
  const conn = await openConnection();
  try {
    await refuseForeignData(conn);
    if (!argv.includes('--reingest-skip-synthetic')) await syntheticPlan(conn, flag(argv, 'scale', 1));
    await fileCorpus(conn, flag(argv, 'files', 20_000));
  } finally {
    await conn.close();
  }
}
