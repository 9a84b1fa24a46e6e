/**
 * `zhenjie serve` as a user runs it: prints the address, serves, warns when exposed, stops on
 * SIGTERM, and fails with a clear message and exit code on bad input.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_KG } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');

function runServe(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /on (http:\/\/\S+)/.exec(stdout);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`serve exited: ${stderr}`)));
  });
  url.catch(() => {}); // awaited only by the tests that expect a running server

  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('zhenjie serve', () => {
  it('serves a graph file on loopback, prints the address, stops on SIGTERM', async () => {
    const run = runServe(['--graph', MINI_KG, '--port', '0', '--offline']);
    const url = await run.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const meta = await (await fetch(new URL('api/meta', url))).json();
    expect(meta.source.label).toContain('mini-kg.json');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stderr).not.toContain('warning: listening');
  });

  it('takes the port from PORT and warns when bound beyond loopback', async () => {
    const port = await freePort();
    const run = runServe(['--graph', MINI_KG, '--offline', '--host', '0.0.0.0'], { PORT: String(port) });
    expect(await run.url).toBe(`http://0.0.0.0:${port}/`);
    expect(run.output().stderr).toMatch(/warning: listening on 0\.0\.0\.0/);
    run.child.kill('SIGTERM');
    await run.exited;
  });

  it('fails clearly on a bad port or a missing graph', async () => {
    const port = runServe(['--graph', MINI_KG, '--port', 'eighty', '--offline']);
    expect(await port.exited).toBe(2);
    expect(port.output().stderr).toContain('--port');
    const missing = runServe(['--graph', 'no/such/kg.json', '--offline']);
    expect(await missing.exited).toBe(3);
    expect(missing.output().stderr).toContain('no/such/kg.json: no such file');
  });
});
