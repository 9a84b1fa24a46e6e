/**
 * The viewer bench: time to the first drawn frame and the pan/zoom frame interval of the zhenjie
 * viewer, beside a bare sigma page drawing the same graph with default settings, in headless
 * Chromium, for synthetic graphs (1k/3k, 10k/30k, 50k/150k) and the sample corpus. This machine
 * rasterises WebGL on the CPU (llvmpipe): read the ratios, not the absolute times.
 *
 *   npm run bench -- --only viewer [--viewer-sizes 1000x3000,10000x30000] [--viewer-runs 3] [--viewer-no-sample]
 *   npx tsx bench/viewer.ts [same flags]
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../src/pipeline.ts';
import { startServer } from '../src/serve/index.ts';
import { ensureViewerBuilt, VIEWER_DIST } from '../src/serve/viewer-bundle.ts';
import type { KnowledgeGraph } from '../src/types.ts';
import { chromiumAvailable, launchBrowser, newPage, openViewer } from '../test/e2e/browser.ts';
import { kindStyle } from '../viewer/src/graph/kinds.ts';
import { nodeSize } from '../viewer/src/graph/build.ts';
import { panZoomFrames, waitForLayoutToStop, type FrameStats } from './viewer-interaction.ts';
import { syntheticGraph } from './viewer-synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
const BARE_DIST = join(ROOT, 'test-artifacts/bench/bare');
const VIEWPORT = { width: 1400, height: 900 };

interface CaseResult {
  name: string;
  nodes: number;
  edges: number;
  bareFirst: number;
  zhenjieFirst: number;
  bareFrames: FrameStats;
  zhenjieFrames: FrameStats;
  marks: Record<string, number>;
}

async function buildBarePage(): Promise<void> {
  const { build } = await import('vite');
  await build({ root: join(ROOT, 'bench/viewer-bare'), base: './', configFile: false, logLevel: 'warn', build: { outDir: BARE_DIST, emptyOutDir: true } });
}

/** The same graph for bare sigma: graphology's JSON with seeded positions, degree sizes, kind colours. */
function bareGraphJson(kg: KnowledgeGraph): string {
  const degree = new Map<string, number>();
  for (const r of kg.relations) for (const end of [r.from, r.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  return JSON.stringify({
    options: { type: 'directed', multi: true },
    nodes: kg.entities.map((e) => ({ key: e.id, attributes: { x: rand(), y: rand(), size: nodeSize(degree.get(e.id) ?? 0), color: kindStyle(e.type).color, label: e.name } })),
    edges: kg.relations.map((r) => ({ key: r.id, source: r.from, target: r.to })),
  });
}

async function serveBare(graphJson: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/graph.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(graphJson);
    const file = join(BARE_DIST, path === '/' ? 'index.html' : path);
    const body = await readFile(file).catch(() => null);
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

async function openBare(browser: Browser, url: string): Promise<Page> {
  const page = await newPage(browser, VIEWPORT);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 100, timeout: 300_000 });
  return page;
}

/** A first page that starts the GPU process, compiles a shader and loads the CJK font, so the first measured page does not pay for the browser's own start. */
async function warmUp(browser: Browser): Promise<void> {
  const page = await newPage(browser, VIEWPORT);
  await page.setContent('<canvas id="c" width="64" height="64"></canvas>');
  await page.evaluate(() => {
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2')!;
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    const ctx = new OffscreenCanvas(64, 64).getContext('2d')!;
    ctx.font = '16px "WenQuanYi Micro Hei", sans-serif';
    ctx.fillText('新塘街道', 0, 20);
  });
  await page.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function runCase(browser: Browser, name: string, kg: KnowledgeGraph, runs: number, log: (s: string) => void): Promise<CaseResult> {
  const zhenjie = await startServer(kg, { kind: 'export', label: `bench ${name}`, loadedAt: new Date().toISOString() }, { port: 0, viewerDist: VIEWER_DIST, useNeo4j: false });
  const bare = await serveBare(bareGraphJson(kg));
  const zFirst: number[] = [], bFirst: number[] = [];
  let zFrames: FrameStats | null = null, bFrames: FrameStats | null = null;
  let marks: Record<string, number> = {};
  try {
    const rect = { width: 0, height: 0 };
    const measureZhenjie = async (run: number) => {
      const z = await openViewer(browser, zhenjie.url, VIEWPORT);
      zFirst.push(await z.evaluate(() => (window as any).__zhenjie.firstFrameMs));
      Object.assign(rect, await z.evaluate(() => (window as any).__zhenjie.containerRect()));
      if (run === 0) {
        marks = await z.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
        await waitForLayoutToStop(z);
        zFrames = await panZoomFrames(z, '__zhenjie');
      }
      await z.close();
    };
    const measureBare = async (run: number) => {
      const b = await openBare(browser, `${bare.url}?w=${Math.round(rect.width)}&h=${Math.round(rect.height)}`);
      bFirst.push(await b.evaluate(() => (window as any).__bare.firstFrameMs));
      if (run === 0) {
        marks['bare:data'] = await b.evaluate(() => Math.round(performance.getEntriesByName('bare:data')[0]!.startTime));
        bFrames = await panZoomFrames(b, '__bare');
      }
      await b.close();
    };
    for (let run = 0; run < runs; run++) {
      // Alternate who goes first, so a busy moment on this shared machine does not favour one page.
      if (run % 2 === 0) {
        await measureZhenjie(run);
        await measureBare(run);
      } else {
        await measureBare(run);
        await measureZhenjie(run);
      }
      log(`  ${name} run ${run + 1}/${runs}: first frame bare ${Math.round(bFirst.at(-1)!)} ms, zhenjie ${Math.round(zFirst.at(-1)!)} ms`);
    }
  } finally {
    await zhenjie.close();
    await new Promise((resolve) => bare.server.close(resolve));
  }
  return { name, nodes: kg.entities.length, edges: kg.relations.length, bareFirst: median(bFirst), zhenjieFirst: median(zFirst), bareFrames: bFrames!, zhenjieFrames: zFrames!, marks };
}

function table(results: CaseResult[]): string {
  const rows = [
    ['graph', 'nodes', 'edges', 'first frame bare', 'zhenjie', 'ratio', 'pan/zoom frame bare (p50/p95)', 'zhenjie (p50/p95)', 'smoother'],
    ...results.map((r) => [
      r.name,
      String(r.nodes),
      String(r.edges),
      `${Math.round(r.bareFirst)} ms`,
      `${Math.round(r.zhenjieFirst)} ms`,
      `${(r.zhenjieFirst / r.bareFirst).toFixed(2)}×`,
      `${r.bareFrames.p50.toFixed(0)}/${r.bareFrames.p95.toFixed(0)} ms (${r.bareFrames.frames})`,
      `${r.zhenjieFrames.p50.toFixed(0)}/${r.zhenjieFrames.p95.toFixed(0)} ms (${r.zhenjieFrames.frames})`,
      `${(r.bareFrames.p50 / r.zhenjieFrames.p50).toFixed(1)}×`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}

export async function runViewerBench(argv: string[] = []): Promise<void> {
  // Not strict: `npm run bench` passes every part's flags to every part.
  const { values } = parseArgs({
    args: argv,
    options: {
      'viewer-sizes': { type: 'string', default: '1000x3000,10000x30000,50000x150000' },
      'viewer-runs': { type: 'string', default: '3' },
      'viewer-no-sample': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: false,
  });
  const sizes = String(values['viewer-sizes']);
  if (!/^(\d+x\d+)(,\d+x\d+)*$/.test(sizes)) throw new Error(`bench/viewer: --viewer-sizes is NODESxEDGES[,…], not '${sizes}'`);
  const log = (s: string) => process.stderr.write(s + '\n');
  if (!chromiumAvailable()) throw new Error('bench/viewer: no Chromium at /usr/bin/chromium (apt-get install -y chromium fonts-wqy-microhei libgl1-mesa-dri)');
  const runs = Math.max(1, Number(values['viewer-runs']) || 3);
  await ensureViewerBuilt(log);
  await buildBarePage();
  const cases: Array<[string, () => Promise<KnowledgeGraph>]> = [];
  if (!values['viewer-no-sample']) cases.push(['sample corpus', async () => (await buildGraph([join(ROOT, 'graph/corpus')])).graph]);
  for (const size of sizes.split(',')) {
    const [n, m] = size.split('x').map(Number);
    cases.push([`synthetic ${n! / 1000}k/${m! / 1000}k`, async () => syntheticGraph(n!, m!)]);
  }
  const browser = await launchBrowser();
  const results: CaseResult[] = [];
  try {
    await warmUp(browser);
    for (const [name, make] of cases) {
      log(`viewer bench: ${name} …`);
      const kg = await make();
      // Big graphs take long per run on llvmpipe: fewer runs there keep the bench to minutes.
      results.push(await runCase(browser, name, kg, kg.entities.length >= 50_000 ? Math.min(runs, 2) : runs, log));
    }
  } finally {
    await browser.close();
  }
  console.log('\nViewer: headless Chromium, WebGL on Mesa llvmpipe (CPU). First frame: median of runs, ms from navigation start.');
  console.log('Pan/zoom: interval between drawn frames during a 4 s camera pan and zoom (p50/p95, frames drawn).\n');
  console.log(table(results));
  console.log('\nzhenjie first-frame breakdown (ms from navigation start: script running / data loaded+parsed / graph built and laid out / sigma drew):');
  for (const r of results) {
    const zhenjie = ['zhenjie:start', 'zhenjie:data', 'zhenjie:layout', 'zhenjie:sigma'].map((k) => `${k.split(':')[1]} ${r.marks[k] ?? '?'}`).join(', ');
    console.log(`  ${r.name}: ${zhenjie}; bare sigma: data ${r.marks['bare:data'] ?? '?'}, drew ${Math.round(r.bareFirst)}`);
  }
}

// `npx tsx bench/viewer.ts [args]` runs it alone.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  runViewerBench(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
