/**
 * `npm run bench -- --only jobs`: extraction on 1 and 2 (or `--jobs-lanes=1,2,4`) lanes, and the
 * memory of large runs (issue 14).
 *
 *   1. The extraction bench's corpus (3 MB, bench/extract.ts), in this process with warm workers:
 *      rounds alternate the lane counts, medians compared; the serial share (sweep, resolve) of
 *      one job; CPU time of the whole process (all threads) beside the wall clock.
 *   2. The same corpus in a new process per run, as the CLI runs it: worker start included.
 *   3. Peak RSS (`process.resourceUsage().maxRSS`, the whole process with its workers) of
 *      extracting a folder of `--jobs-rss-mb=200` MB made from the bench's texts, per lane count,
 *      and of `zhenjie ingest` of the bench corpus (needs a Neo4j on NEO4J_URI holding nothing but
 *      bench documents: it is emptied after; skipped when none answers).
 * Temporary folders are removed after.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './extract.ts';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const NODE = [process.execPath, '--import', 'tsx', '--max-semi-space-size=64'];

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const cpuSeconds = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const option = (argv: string[], name: string, fallback: string) => argv.find((a) => a.startsWith(`--jobs-${name}=`))?.split('=')[1] ?? fallback;

/** In a child: build `dir` with `jobs` lanes, print time, lanes and peak RSS as JSON. */
async function child(dir: string, jobs: number): Promise<void> {
  const { buildGraph } = await import('../src/pipeline.ts');
  const started = performance.now();
  const result = await buildGraph([dir], { curationPath: null, jobs });
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, lanes: result.lanes, timings: result.timings, peakRssMb: process.resourceUsage().maxRSS / 1024, entities: result.graph.entities.length, mentions: result.graph.entities.reduce((n, e) => n + e.mentions.length, 0) }));
}

const runChild = (dir: string, jobs: number) =>
  JSON.parse(execFileSync(NODE[0]!, [...NODE.slice(1), fileURLToPath(import.meta.url), '--child', dir, String(jobs)], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 20 }).trim().split('\n').at(-1)!);

export async function runJobsBench(argv: string[] = []): Promise<void> {
  const laneCounts = option(argv, 'lanes', '1,2').split(',').map(Number);
  const rounds = Number(option(argv, 'rounds', '5'));
  const rssMb = Number(option(argv, 'rss-mb', '200'));
  const { buildGraph } = await import('../src/pipeline.ts');
  const { startWorkers } = await import('../src/pipeline/workers.ts');
  console.log(`${availableParallelism()} cores; load average at start ${load()} (1, 5, 15 min)`);

  const corpus = makeCorpus(3e6);
  try {
    // 1. In this process, workers warm: one untimed round of each count first (V8 compiling).
    await startWorkers(Math.max(...laneCounts) - 1);
    for (const jobs of laneCounts) await buildGraph([corpus.dir], { curationPath: null, jobs });
    const seconds = new Map<number, number[]>(laneCounts.map((n) => [n, []]));
    const cpu = new Map<number, number[]>(laneCounts.map((n) => [n, []]));
    const serial: { sweep: number; resolve: number; merge: number; total: number }[] = [];
    const merge = new Map<number, number[]>(laneCounts.map((n) => [n, []]));
    for (let round = 0; round < rounds; round++) {
      for (const jobs of round % 2 ? [...laneCounts].reverse() : laneCounts) {
        const c = cpuSeconds();
        const started = performance.now();
        const result = await buildGraph([corpus.dir], { curationPath: null, jobs });
        const total = performance.now() - started;
        seconds.get(jobs)!.push(total / 1000);
        cpu.get(jobs)!.push(cpuSeconds() - c);
        merge.get(jobs)!.push(result.timings!.merge / 1000);
        if (jobs === 1) serial.push({ sweep: result.timings!.sweep, resolve: result.timings!.resolve, merge: result.timings!.merge, total });
      }
    }
    const one = median(seconds.get(1) ?? seconds.get(laneCounts[0]!)!);
    console.log(`\n## Lanes, in one process (workers warm): bench corpus, ${corpus.files} files, ${(corpus.chars / 1e6).toFixed(2)} M characters; median of ${rounds} alternating rounds`);
    console.table(
      laneCounts.map((jobs) => ({
        jobs,
        seconds: median(seconds.get(jobs)!).toFixed(2),
        'speed-up': (one / median(seconds.get(jobs)!)).toFixed(2),
        'CPU s (all threads)': median(cpu.get(jobs)!).toFixed(2),
        'main thread merging s': median(merge.get(jobs)!).toFixed(2),
        rounds: seconds.get(jobs)!.map((x) => x.toFixed(2)).join(' '),
      })),
    );
    if (serial.length) {
      const share = (part: 'sweep' | 'resolve' | 'merge') => median(serial.map((s) => s[part] / s.total));
      console.log(
        `one job, share of a build (medians): sweep ${(share('sweep') * 100).toFixed(0)}%, resolve and curation ${(share('resolve') * 100).toFixed(0)}%, ` +
          `taking first passes into the graph in file order ${(share('merge') * 100).toFixed(0)}%. The sweep runs on the lanes too; resolve and the merging on the main thread only (with N lanes, it also unpacks the workers' results)`,
      );
    }
    console.log(`load average after: ${load()}`);

    // 2. A new process per run, as the CLI: start-up and worker start included.
    const cold = new Map<number, number[]>(laneCounts.map((n) => [n, []]));
    for (let round = 0; round < 3; round++) for (const jobs of round % 2 ? [...laneCounts].reverse() : laneCounts) cold.get(jobs)!.push(runChild(corpus.dir, jobs).seconds);
    console.log('\n## Lanes, a new process per run (the build only, after imports; workers start cold): median of 3 alternating runs');
    console.table(laneCounts.map((jobs) => ({ jobs, seconds: median(cold.get(jobs)!).toFixed(2), runs: cold.get(jobs)!.map((x) => x.toFixed(2)).join(' ') })));

    // 3. Memory.
    const big = makeCorpus(Infinity, Infinity, rssMb * 1e6);
    try {
      const rows = laneCounts.map((jobs) => {
        const r = runChild(big.dir, jobs);
        return { jobs, seconds: r.seconds.toFixed(1), 'peak RSS MB': Math.round(r.peakRssMb), 'lanes used': r.lanes.used, entities: r.entities, mentions: r.mentions };
      });
      console.log(`\n## Peak RSS extracting ${(big.bytes / 1e6).toFixed(0)} MB (${big.files} files, ${(big.chars / 1e6).toFixed(1)} M characters), a process per run; load average ${load()}`);
      console.table(rows);
    } finally {
      rmSync(big.dir, { recursive: true, force: true });
    }
    await ingestRss(corpus.dir, laneCounts);
  } finally {
    rmSync(corpus.dir, { recursive: true, force: true });
  }
}

/** Prints the peak RSS of the process it is imported into, at exit. */
const PRINT_PEAK_RSS = `data:text/javascript,process.on('exit', () => process.stderr.write('peak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'))`;

/** Peak RSS of `zhenjie ingest` of the bench corpus (exports and Neo4j), a process per lane count. */
async function ingestRss(dir: string, laneCounts: number[]): Promise<void> {
  const { openConnection, deleteEverything } = await import('../src/write/index.ts');
  const { refuseForeignData } = await import('./reingest.ts');
  const conn = await openConnection();
  try {
    await conn.driver.verifyConnectivity();
  } catch (error) {
    await conn.close();
    console.log(`\n(ingest RSS skipped: no Neo4j at ${conn.uri}: ${(error as Error).message.split('\n')[0]})`);
    return;
  }
  const out = mkdtempSync(path.join(tmpdir(), 'zhenjie-bench-out-'));
  try {
    await refuseForeignData(conn);
    const rows = [];
    for (const jobs of laneCounts) {
      await deleteEverything(conn);
      const started = performance.now();
      const run = spawnSync(NODE[0]!, [...NODE.slice(1), '--import', PRINT_PEAK_RSS, 'src/cli.ts', 'ingest', dir, '--out', out, '--cache', 'none', '--jobs', String(jobs)], { cwd: ROOT, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`bench/jobs: zhenjie ingest failed:\n${run.stderr}`);
      const kb = Number(run.stderr.match(/peak-rss-kb (\d+)/)?.[1]);
      rows.push({ jobs, 'seconds (process)': ((performance.now() - started) / 1000).toFixed(1), 'peak RSS MB': Math.round(kb / 1024), report: run.stdout.trim().split('\n')[0] });
    }
    console.log(`\n## Peak RSS of \`zhenjie ingest\` of the bench corpus (exports, then Neo4j at ${conn.uri}), a process per run; load average ${load()}`);
    console.table(rows);
  } finally {
    await deleteEverything(conn).catch(() => undefined);
    await conn.close();
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) {
  const at = process.argv.indexOf('--child');
  await child(process.argv[at + 1]!, Number(process.argv[at + 2]));
} else if (import.meta.url === `file://${process.argv[1]}`) await runJobsBench(process.argv.slice(2));
