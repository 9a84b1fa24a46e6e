#!/usr/bin/env node
// The `zhenjie` bin: runs src/cli.ts through tsx, so no build step is needed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const tsxCli = require.resolve('tsx/cli');
// A 32 MB young generation: extraction makes many short-lived objects (tokens, candidates),
// and this takes about a tenth off a large folder's time (npm run bench) for a fixed ceiling of memory.
const result = spawnSync(process.execPath, ['--max-semi-space-size=32', tsxCli, path.join(here, '..', 'src', 'cli.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
