/**
 * The tests' own Neo4j stops when the test run that started it is gone (NEO4J_PARENT_PID), however
 * the run ended: a run killed before its teardown left a server holding the tests' port and data
 * folder, which the next run then found and used. Its own port (7699, or
 * ZHENJIE_TEST_WATCH_PORT where several checkouts share a machine) and a temporary data folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launcherBuilt, startPrivateNeo4j, stopPrivateNeo4j, type PrivateNeo4j } from './server.ts';

const PORT = Number(process.env.ZHENJIE_TEST_WATCH_PORT || 7699);
const dataDir = mkdtempSync(join(tmpdir(), 'zhenjie-watch-'));
let server: PrivateNeo4j | undefined;

afterAll(async () => {
  if (server) await stopPrivateNeo4j(server);
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!launcherBuilt && !process.env.CI)('the embedded launcher started for a process', () => {
  it('stops cleanly, by itself, once that process is gone', { timeout: 240_000 }, async () => {
    // A stand-in for the test run: a process we can end when we like.
    const parent = spawn('sleep', ['600'], { stdio: 'ignore' });
    server = await startPrivateNeo4j(PORT, dataDir, 180_000, { NEO4J_PARENT_PID: String(parent.pid) });
    const running = server;
    const closed = new Promise<number>((done) => running.process.once('close', () => done(Date.now())));
    // Still up while the process lives.
    await new Promise((wait) => setTimeout(wait, 2500));
    expect(running.process.exitCode).toBeNull();
    const killedAt = Date.now();
    parent.kill('SIGKILL');
    const stoppedAt = await Promise.race([closed, new Promise<number>((_, fail) => setTimeout(() => fail(new Error(`still running 60 s after its parent died:\n${running.log.join('')}`)), 60_000))]);
    expect(stoppedAt - killedAt).toBeLessThan(60_000);
    expect(running.log.join('')).toMatch(/is gone; stopping[\s\S]*zhenjie-neo4j: stopped/);
    expect(running.process.exitCode).toBe(0);
  });
});
