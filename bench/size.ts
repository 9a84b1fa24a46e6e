/**
 * One long file: the bundled sample repeated to 1, 4, 16 and 64 MB (UTF-8), each extracted in a
 * process of its own, with its time, time per MB and peak RSS. Extraction must stay linear: the
 * time per MB flat as the file grows.
 *   npm run bench -- --only size [--size-mb=1,4,16,64]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** In the child: extract one file, print seconds and peak RSS as JSON. */
async function child(file: string): Promise<void> {
  const { buildGraph } = await import('../src/pipeline.ts');
  const started = process.hrtime.bigint();
  const { graph } = await buildGraph([file], { curationPath: null });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, entities: graph.entities.length }));
}

export async function runSizeBench(argv: string[] = []): Promise<void> {
  const sizes = (argv.find((a) => a.startsWith('--size-mb='))?.slice(10) ?? '1,4,16,64').split(',').map(Number);
  const base = readFileSync(path.join(ROOT, 'graph', 'corpus', 'xiaoshan-zhenjie-column.txt'), 'utf8');
  const rows: Record<string, string | number>[] = [];
  for (const mb of sizes) {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-size-'));
    const file = path.join(dir, 'long.txt');
    const copies = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(base + '\n'));
    writeFileSync(file, Array(copies).fill(base).join('\n'));
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-semi-space-size=64', fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').at(-1)!);
    rows.push({ 'file MB': mb, seconds: r.seconds.toFixed(1), 's per MB': (r.seconds / mb).toFixed(2), 'peak RSS MB': Math.round(r.peakRssMb) });
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('one file, the bundled sample repeated; each size in a process of its own');
  console.table(rows);
}

if (process.argv.includes('--child')) await child(process.argv[process.argv.indexOf('--child') + 1]!);
else if (import.meta.url === `file://${process.argv[1]}`) await runSizeBench(process.argv.slice(2));
