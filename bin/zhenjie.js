#!/usr/bin/env node
// The `zhenjie` bin: runs the CLI from its bundle, made from the sources as they are now and built
// first if they changed (bin/cli-bundle.js), or through tsx if it cannot be built. No build step
// for a user, and no ~0.7 s of tsx and module resolution at every command.
import { spawnSync } from 'node:child_process';
import { cliEntry } from './cli-bundle.js';

// A 64 MB young generation: extraction makes many short-lived objects (tokens, candidates), and
// fewer scavenges take about a fifth off a large folder's time against 32 MB (npm run bench, 2 cores:
// 1.35 s for 1.6–1.7 s on 3 MB), for a fixed ceiling of memory; 128 MB gained nothing more.
const result = spawnSync(process.execPath, ['--max-semi-space-size=64', ...(await cliEntry()), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
