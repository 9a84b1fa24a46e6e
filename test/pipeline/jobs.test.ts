/**
 * `--jobs N` (src/pipeline/lanes.ts): the graph of any number of lanes is the one job's, byte for
 * byte, with and without the extraction cache, and a file that cannot be read is reported the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph, type BuildOptions } from '../../src/pipeline.ts';
import { extractorVersion } from '../../src/pipeline/cache.ts';
import { startWorkers } from '../../src/pipeline/workers.ts';
import { corpusTextFiles } from '../setup/corpus.ts';

const zhenjie = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });

/** A strong name (a project), and a text where only the sweep finds it. */
const STRONG = '以“五星护航”机制为抓手,推进龙湖科创园建设。\n';
const SWEPT = '义桥镇党委书记陈立新表示,将继续深化五星护航机制,服务龙湖科创园企业。\n';

/**
 * The texts of the corpus (our sample, and the real articles when they are there) in a folder of
 * their own; with `swept`, a short text after each that only the sweep links to another's name,
 * so that every chunk, whichever lane takes it, has documents the sweep adds to.
 */
function corpusFolder(swept = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-jobs-'));
  for (const [i, file] of corpusTextFiles().entries()) {
    copyFileSync(file, path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(file)}`));
    if (swept) writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-swept.txt`), SWEPT);
  }
  if (swept) writeFileSync(path.join(dir, 'zz-strong.txt'), STRONG);
  return dir;
}

const build = async (dir: string, options: BuildOptions) => {
  const result = await buildGraph([dir], { curationPath: null, ...options });
  return { ...result, json: JSON.stringify(result.graph) };
};

describe('--jobs', () => {
  // Warm workers, so that every lane takes part even in a corpus this small (a cold worker is
  // given work only once it is ready, and this corpus takes less than its start).
  beforeAll(() => startWorkers(2), 60_000);

  it('gives the graph of one job, byte for byte, for 2 and 3 lanes, each lane extracting', async () => {
    const dir = corpusFolder(true);
    const one = await build(dir, { jobs: 1 });
    const sweptDocs = one.graph.entities.find((e) => e.name === '五星护航机制')!.mentions.filter((m) => m.doc.endsWith('-swept'));
    expect(sweptDocs.length).toBe(corpusTextFiles().length);
    expect(one.lanes).toEqual({ planned: 1, used: 1 });
    expect(one.graph.documents.length).toBe(readdirSync(dir).length);
    for (const jobs of [2, 3]) {
      const many = await build(dir, { jobs });
      expect(many.json, `--jobs ${jobs}`).toBe(one.json);
      expect(many.problems).toEqual(one.problems);
      expect(many.lanes).toEqual({ planned: jobs, used: jobs });
    }
    // The bundled sample alone is one file: one lane, whatever is asked.
    const sample = await buildGraph(['graph/corpus'], { jobs: 3 });
    expect(sample.lanes).toEqual({ planned: 1, used: 1 });
    expect(JSON.stringify(sample.graph)).toBe(JSON.stringify((await buildGraph(['graph/corpus'], { jobs: 1 })).graph));
    rmSync(dir, { recursive: true });
  });

  it('with the cache: entries written by workers serve a one-job run, and a new strong name re-sweeps cached documents on every lane', async () => {
    const dir = corpusFolder();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-jobs-cache-'));
    const past = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), past, past);
    const n = readdirSync(dir).length;
    const cold = await build(dir, { jobs: 1 });

    const first = await build(dir, { jobs: 2, cacheDir });
    expect(first.json).toBe(cold.json);
    expect(first.cache).toMatchObject({ misses: n, swept: n });
    const again = await build(dir, { jobs: 1, cacheDir });
    expect(again.json).toBe(cold.json);
    expect(again.cache).toMatchObject({ hits: n, misses: 0, sweepHits: n, swept: 0 });
    expect(again.inputDigest).toBe(first.inputDigest);

    // A new article whose strong name (a project) changes the corpus's fingerprint: without the text
    // pairs kept beside the sweep results (as in a cache written before them; pipeline/sweep-reuse.ts),
    // every cached document is swept again from its entry's sweep part, on both lanes.
    for (const name of readdirSync(cacheDir)) if (name.endsWith('.pairs')) rmSync(path.join(cacheDir, name));
    writeFileSync(path.join(dir, 'zz-new.txt'), STRONG);
    const added = await build(dir, { jobs: 2, cacheDir });
    expect(added.json).toBe((await build(dir, { jobs: 1 })).json);
    // (The new article, extracted by the attempt to add it to the last build's snapshot, is swept from its sweep part too.)
    expect(added.cache).toMatchObject({ hits: n, misses: 1, sweepHits: 0, swept: n + 1, sweepParts: n + 1 });
    // With the pairs that run kept (workers' sweeps among them), another new strong name: only the
    // documents whose text may hold it are swept again.
    writeFileSync(path.join(dir, 'zz-newer.txt'), STRONG.replaceAll('龙湖', '凤栖'));
    const newer = await build(dir, { jobs: 2, cacheDir });
    expect(newer.json).toBe((await build(dir, { jobs: 1 })).json);
    expect(newer.cache!.swept + newer.cache!.sweepsReused).toBe(n + 2);
    expect(newer.cache!.sweepsReused).toBeGreaterThan(n / 2);
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });

  it('reports a file that cannot be read as one job does, naming it, and the CLI takes --jobs', async () => {
    const dir = corpusFolder();
    writeFileSync(path.join(dir, '050-binary.html'), Buffer.from([0, 1, 2, 3, 0, 0]));
    writeFileSync(path.join(dir, '051-empty.txt'), '');
    const one = await build(dir, { jobs: 1 });
    const two = await build(dir, { jobs: 2 });
    expect(two.json).toBe(one.json);
    expect(two.problems).toEqual(one.problems);
    expect(two.problems.map((p) => p.file)).toEqual(expect.arrayContaining([path.join(dir, '050-binary.html'), path.join(dir, '051-empty.txt')]));
    expect(two.filesSkipped).toBe(2);

    const cliOne = zhenjie('extract', dir, '--jobs', '1');
    const cliTwo = zhenjie('extract', dir, '-j', '2');
    expect(cliTwo.status).toBe(0);
    expect(cliTwo.stdout).toBe(cliOne.stdout);
    const warnings = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('warning:') || l.startsWith('skipped'));
    expect(warnings(cliTwo.stderr)).toEqual(warnings(cliOne.stderr));
    expect(warnings(cliTwo.stderr).join('\n')).toContain(path.join(dir, '050-binary.html'));
    const bad = zhenjie('extract', dir, '--jobs', '0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--jobs takes a positive whole number');
    for (const command of ['extract', 'export', 'ingest', 'serve']) expect(zhenjie(command, '--help').stdout, command).toContain('--jobs');
    const serveWithoutBuild = zhenjie('serve', '--jobs', '2', '--offline');
    expect(serveWithoutBuild.status).toBe(2);
    expect(serveWithoutBuild.stderr).toContain('--jobs goes with --build');
    rmSync(dir, { recursive: true });
  });

  it('an error thrown in a worker fails the build with the error one job gives, and the next build works', async () => {
    const dir = corpusFolder();
    // The cache's folder for entries is taken by a file: writing an entry fails, in whichever lane.
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-jobs-cache-'));
    writeFileSync(path.join(cacheDir, `extract-${extractorVersion().version}`), 'not a folder');
    const failure = async (jobs: number) => buildGraph([dir], { curationPath: null, cacheDir, jobs }).then(() => 'built', (error: Error) => error.message);
    const one = await failure(1);
    expect(one).toMatch(/ENOTDIR|EEXIST/);
    expect(await failure(2)).toBe(one);
    expect(await failure(3)).toBe(one);
    const after = await build(dir, { jobs: 2 });
    expect(after.json).toBe((await build(dir, { jobs: 1 })).json);
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });
});
