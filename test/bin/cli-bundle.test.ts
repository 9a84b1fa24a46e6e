import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain JavaScript, without types
import { buildBundle, cliEntry, freshBundle } from '../../bin/cli-bundle.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

/** A project of the shape the bundle expects (src/cli.ts, src/pipeline/worker.ts), with a package of its own in node_modules. */
function project(): { root: string; write: (file: string, text: string) => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'zhenjie-bundle-'));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('package.json', '{ "type": "module" }');
  for (const tool of ['esbuild', 'tsx']) {
    mkdirSync(path.join(root, 'node_modules'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', tool), path.join(root, 'node_modules', tool));
  }
  write('node_modules/greeting/package.json', '{ "name": "greeting", "main": "index.js" }');
  write('node_modules/greeting/index.js', "exports.greet = (x) => 'hello ' + x;\n");
  write('data/word.txt', 'lexicon');
  // Finds data beside it, as src/extract/lexicon.ts does: from the bundle in dist/ as from src/.
  write('src/read/word.ts', "import { readFileSync } from 'node:fs';\nimport path from 'node:path';\nimport { fileURLToPath } from 'node:url';\nexport const word = () => readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'word.txt'), 'utf8') + ' ' + readFileSync(path.join(import.meta.dirname, '..', '..', 'data', 'word.txt'), 'utf8');\n");
  write('src/cli.ts', "import { greet } from 'greeting';\nimport { word } from './read/word.ts';\nconst answer: string = 'A';\nconsole.log(greet(answer), word());\n");
  write('src/pipeline/worker.ts', 'export {};\n');
  return { root, write };
}

const output = (entry: string[], root: string) => run(entry, root).stdout.trim();

describe('the CLI bundle (bin/cli-bundle.js)', () => {
  it('is built once, then run while every file it was made from is unchanged, and finds data beside its sources', async () => {
    const { root } = project();
    try {
      expect(freshBundle(root)).toBeNull();
      const entry = await cliEntry(root);
      expect(entry).toHaveLength(1);
      expect(entry[0]).toMatch(/dist\/cli-[0-9a-f]{40}\.mjs$/);
      expect(output(entry, root)).toBe('hello A lexicon lexicon');
      const manifest = statSync(path.join(root, 'dist', 'cli.json')).mtimeMs;
      expect(freshBundle(root)).toBe(entry[0]);
      expect(await cliEntry(root)).toEqual(entry);
      expect(statSync(path.join(root, 'dist', 'cli.json')).mtimeMs).toBe(manifest);
      expect(JSON.parse(readFileSync(path.join(root, 'dist', 'cli.json'), 'utf8')).inputs).toEqual(['node_modules/greeting/index.js', 'src/cli.ts', 'src/pipeline/worker.ts', 'src/read/word.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is never run stale: an edit that keeps size and mtime, in the sources or in a bundled package, is built again', async () => {
    const { root, write } = project();
    try {
      const first = await cliEntry(root);
      // Same size, same mtime: only the content tells.
      const cli = path.join(root, 'src', 'cli.ts');
      const { atime, mtime } = statSync(cli);
      write('src/cli.ts', readFileSync(cli, 'utf8').replace("'A'", "'B'"));
      utimesSync(cli, atime, mtime);
      expect(freshBundle(root)).toBeNull();
      const second = await cliEntry(root);
      expect(second).not.toEqual(first);
      expect(output(second, root)).toBe('hello B lexicon lexicon');
      // npm leaves 1985 mtimes in node_modules: a package changed in place keeps its size and mtime too.
      const pkg = path.join(root, 'node_modules', 'greeting', 'index.js');
      const old = new Date('1985-10-26T08:15:00Z');
      utimesSync(pkg, old, old);
      expect(freshBundle(root)).toBe(second[0]);
      write('node_modules/greeting/index.js', readFileSync(pkg, 'utf8').replace('hello', 'howdy'));
      utimesSync(pkg, old, old);
      expect(freshBundle(root)).toBeNull();
      expect(output(await cliEntry(root), root)).toBe('howdy B lexicon lexicon');
      // A file it was made from gone: stale too.
      rmSync(path.join(root, 'src', 'read', 'word.ts'));
      expect(freshBundle(root)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs the sources through tsx when they cannot be bundled, and refuses import.meta it cannot keep', async () => {
    const { root, write } = project();
    try {
      write('src/cli.ts', 'const x: = 1;\n');
      const entry = await cliEntry(root);
      expect(entry[0]).toBe('--import');
      expect(entry.at(-1)).toBe(path.join(root, 'src', 'cli.ts'));
      write('src/cli.ts', 'console.log(import.meta.resolve("x"));\n');
      await expect(buildBundle(root)).rejects.toThrow(/import\.meta/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('gives the graph the sources give, byte for byte, also with a worker lane (bin/zhenjie.js)', () => {
    const args = ['extract', 'graph/corpus', '../shared/corpus/dev', '--format', 'json'];
    const fromSources = run(['--import', 'tsx', 'src/cli.ts', ...args, '--jobs', '1']);
    expect(fromSources.status).toBe(0);
    for (const jobs of ['1', '2']) {
      const fromBundle = run(['bin/zhenjie.js', ...args, '--jobs', jobs]);
      expect(fromBundle.status, fromBundle.stderr).toBe(0);
      expect(fromBundle.stdout).toBe(fromSources.stdout);
    }
    expect(freshBundle(ROOT)).toMatch(/dist\/cli-[0-9a-f]{40}\.mjs$/);
  });
});
