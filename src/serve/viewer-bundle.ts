/**
 * Make sure the viewer bundle exists and is newer than its sources; build it with Vite if not.
 * `serve` calls this, and so does the browser-test setup, so nobody has to remember a step.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const VIEWER_ROOT = resolve(import.meta.dirname, '../../viewer');
export const VIEWER_DIST = join(VIEWER_ROOT, 'dist');

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((e) => newestMtime(join(path, e))));
  return Math.max(info.mtimeMs, ...times);
}

/** Sources the bundle depends on: the viewer itself and the shared search module. */
const SOURCES = ['src', 'index.html', 'vite.config.ts', '../src/serve/search.ts', '../src/types.ts', '../src/layout', '../src/graph'];

export async function viewerBuildIsStale(): Promise<boolean> {
  const built = await stat(join(VIEWER_DIST, 'index.html')).catch(() => null);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(join(VIEWER_ROOT, s))))));
  return newest > built.mtimeMs;
}

export async function ensureViewerBuilt(log: (line: string) => void): Promise<void> {
  if (!(await viewerBuildIsStale())) return;
  log('building the viewer (vite) …');
  const started = Date.now();
  let build: typeof import('vite').build;
  try {
    ({ build } = await import('vite'));
  } catch {
    throw new Error(`the viewer is not built (${VIEWER_DIST}) and Vite is not installed: run \`npm install\` (with dev dependencies), then start again`);
  }
  await build({ configFile: join(VIEWER_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  log(`viewer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
