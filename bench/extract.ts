/**
 * Extraction throughput on a corpus of a few MB, beside plain `jieba.cut` on the same text in the
 * same run (target: extraction ≥ 0.3× of cut), and the heap after many files (memory stays flat).
 *
 * The corpus is made from the bundled sample, the seed article and the dev excerpts (real articles
 * are read from ../shared/corpus, never copied into the repository), copied into N files with the
 * names of people, streets and companies rotated, so that the extractor meets new names and not
 * one cached article.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cpus } from 'node:os';
import { buildGraph } from '../src/pipeline.ts';
import { segmenter } from '../src/segment/index.ts';

const CORPUS = process.env.ZHENJIE_CORPUS ?? path.join('..', 'shared', 'corpus');
const SOURCES = ['graph/corpus', CORPUS, path.join(CORPUS, 'dev')].filter((dir) => existsSync(dir));
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国红梅志强丽华海峰晓东永明春燕国庆文军';

export function articles(): string[] {
  const texts: string[] = [];
  for (const dir of SOURCES) for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(path.join(dir, f), 'utf8'));
  return texts;
}

/** A variant of an article with other personal names, so that names differ between files. */
export function variant(text: string, i: number): string {
  const name = SURNAMES[i % SURNAMES.length]! + GIVEN.slice((i * 2) % GIVEN.length, ((i * 2) % GIVEN.length) + 2);
  return text.replace(/洪泉良|邵意丽|叶敏|朱国军/g, name).replace(/新塘/g, i % 2 ? '新塘' : '义桥');
}

/** Files of varied articles until `targetChars` characters (or `targetFiles` files, or `targetBytes` bytes in UTF-8) are written. */
export function makeCorpus(targetChars: number, targetFiles = Infinity, targetBytes = Infinity): { dir: string; chars: number; files: number; bytes: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-bench-'));
  const base = articles();
  let chars = 0;
  let bytes = 0;
  let i = 0;
  while (chars < targetChars && i < targetFiles && bytes < targetBytes) {
    const text = variant(base[i % base.length]!, i);
    writeFileSync(path.join(dir, `doc-${String(i).padStart(5, '0')}.txt`), text);
    chars += text.length;
    bytes += Buffer.byteLength(text);
    i++;
  }
  return { dir, chars, files: i, bytes };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

export async function runExtractBench(argv: string[] = []): Promise<void> {
  const mb = Number(argv.find((a) => a.startsWith('--extract-mb='))?.split('=')[1] ?? 3);
  const rounds = Number(argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 5);
  const { dir, chars, files } = makeCorpus(mb * 1e6);
  try {
    const texts = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
    // Start-up on both sides before timing: jieba loads its dictionary, zhenjie its lexicons
    // and the national division list (timed here on the bundled article, reported apart).
    const jieba = segmenter();
    jieba.cut('预热', true);
    let started = performance.now();
    await buildGraph(['graph/corpus'], { curationPath: null, jobs: 1 });
    const startupSeconds = (performance.now() - started) / 1000;
    // One untimed round of both on the whole corpus: the first pass of zhenjie's code over
    // thousands of documents is also V8 compiling it (~0.5 s more than later rounds); it is
    // reported apart, like start-up, and throughput is the steady state after it.
    started = performance.now();
    for (const text of texts) jieba.cut(text, true);
    const cutWarmUp = (performance.now() - started) / 1000;
    started = performance.now();
    await buildGraph([dir], { curationPath: null, jobs: 1 });
    const extractWarmUp = (performance.now() - started) / 1000;
    // Rounds alternate the two steps, so that a busy moment on a shared machine hits both; the
    // median of each is reported (`--rounds=N`, 5 by default).
    const cutSeconds: number[] = [];
    const extractSeconds: number[] = [];
    let peakHeap = 0;
    let heapBefore = 0;
    let result: Awaited<ReturnType<typeof buildGraph>> | null = null;
    for (let round = 0; round < rounds; round++) {
      started = performance.now();
      for (const text of texts) jieba.cut(text, true);
      cutSeconds.push((performance.now() - started) / 1000);
      // The heap is watched in the first round, before other rounds' garbage is about.
      result = null;
      if (round === 0) {
        global.gc?.();
        heapBefore = process.memoryUsage().heapUsed;
        peakHeap = heapBefore;
      }
      started = performance.now();
      result = await buildGraph([dir], {
        jobs: 1,
        curationPath: null,
        onProgress: (p) => {
          if (round === 0 && p.filesRead % 50 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        },
      });
      extractSeconds.push((performance.now() - started) / 1000);
    }
    const cut = median(cutSeconds);
    const extract = median(extractSeconds);
    const cutRate = chars / cut;
    console.log('\n## Extraction throughput');
    console.log(`corpus: ${files} files, ${(chars / 1e6).toFixed(2)} M characters (sample + dev excerpts, names varied); ${cpus().length} cores; median of ${rounds} alternating rounds`);
    console.table([
      { step: 'jieba.cut (HMM) alone, one thread', seconds: cut.toFixed(2), 'chars/s': Math.round(cutRate), 'ratio to cut': '1.00', rounds: cutSeconds.map((x) => x.toFixed(2)).join(' ') },
      {
        step: 'zhenjie extract (read, extract, sweep, resolve)',
        seconds: extract.toFixed(2),
        'chars/s': Math.round(chars / extract),
        'ratio to cut': (chars / extract / cutRate).toFixed(2),
        rounds: extractSeconds.map((x) => x.toFixed(2)).join(' '),
      },
    ]);
    console.log('target: extraction ≥ 0.3× of jieba.cut');
    console.log(`start-up before the first document (lexicons, division list, first run of the code): ${startupSeconds.toFixed(2)} s, once per process`);
    console.log(`warm-up round, untimed (V8 compiling zhenjie's code on its first pass): jieba.cut ${cutWarmUp.toFixed(2)} s, zhenjie ${extractWarmUp.toFixed(2)} s`);
    console.log(`graph: ${result!.graph.entities.length} entities, ${result!.graph.relations.length} relations`);
    console.log(`heap: ${(heapBefore / 1e6).toFixed(0)} MB before, ${(peakHeap / 1e6).toFixed(0)} MB peak during extraction (first round)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runExtractBench(process.argv.slice(2));
