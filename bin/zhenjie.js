#!/usr/bin/env node
// The `zhenjie` bin: runs src/cli.ts through tsx, so no build step is needed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
// tsx as Node's loader (`--import tsx`), not tsx's CLI, which starts a second Node of its own:
// ~0.17 s less for every command (five alternated runs of `extract graph/corpus`: 1.18–1.30 s
// against 1.34–1.58 s).
const tsx = pathToFileURL(require.resolve('tsx')).href;
// A 64 MB young generation: extraction makes many short-lived objects (tokens, candidates), and
// fewer scavenges take about a fifth off a large folder's time against 32 MB (npm run bench, 2 cores:
// 1.35 s for 1.6–1.7 s on 3 MB), for a fixed ceiling of memory; 128 MB gained nothing more.
const result = spawnSync(process.execPath, ['--max-semi-space-size=64', '--import', tsx, path.join(here, '..', 'src', 'cli.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
