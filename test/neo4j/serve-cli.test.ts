/**
 * `zhenjie serve` as a user starts it (issue 12): `--from-neo4j` shows the graph held in Neo4j
 * and says so on the page; with Neo4j down, one short line saying what to run, never the
 * driver's nested message with its note on encryption.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { graphCounts } from '../../src/write/index.ts';
import { restoreSampleCorpus, testConnection } from './graphs.ts';

const DOWN = { NEO4J_URI: 'bolt://127.0.0.1:1' };

/** Start `zhenjie serve …` and wait for its URL; the process is stopped after each test. */
let running: ChildProcess | null = null;
async function serve(args: string[], env: Record<string, string> = {}): Promise<{ url: string; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--port', '0', ...args], { env: { ...process.env, ...env } });
  running = child;
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const found = stdout.match(/zhenjie viewer on (http:\S+)/);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  return { url, stderr: () => stderr };
}

afterEach(async () => {
  if (running && running.exitCode === null) {
    const exited = new Promise((resolve) => running!.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  }
  running = null;
});

describe('zhenjie serve and Neo4j', () => {
  it('--from-neo4j serves the graph Neo4j holds, and the page is told it comes from there', async () => {
    const conn = await testConnection();
    try {
      if ((await graphCounts(conn)).entities === 0) await restoreSampleCorpus(conn);
      const held = await graphCounts(conn);
      const { url } = await serve(['--from-neo4j']);
      const meta = (await (await fetch(new URL('api/meta', url))).json()) as { source: { kind: string; label: string }; counts: { entities: number } };
      expect(meta.source.kind).toBe('neo4j');
      expect(meta.source.label).toMatch(/^Neo4j bolt:\/\/.*ingested/);
      expect(meta.counts.entities).toBe(held.entities);
    } finally {
      await conn.close();
    }
  });

  it('--from-neo4j with Neo4j down: exit 4 and one short line saying what to run', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', '--from-neo4j', '--port', '0'], { encoding: 'utf8', env: { ...process.env, ...DOWN }, timeout: 60_000 });
    expect(run.status).toBe(4);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^zhenjie: Neo4j at bolt:\/\/127\.0\.0\.1:1 is not reachable: start it with `npm run neo4j`/);
    expect(run.stderr).not.toMatch(/encrypt/i);
  });

  it('a graph file with Neo4j down: one line about Neo4j, once, and the console endpoints say what to run', async () => {
    const { url, stderr } = await serve(['--graph', 'test/fixtures/mini-kg.json'], DOWN);
    const about = stderr().split('\n').filter((l) => /neo4j/i.test(l));
    expect(about).toEqual(['Neo4j: at bolt://127.0.0.1:1 is not reachable; for the Cypher console, run `npm run neo4j` and restart']);
    const answer = await fetch(new URL('api/queries', url));
    expect(answer.status).toBe(503);
    const { error } = (await answer.json()) as { error: string };
    expect(error).toContain('npm run neo4j');
    expect(error.match(/not reachable/g)).toHaveLength(1);
    expect(error).not.toMatch(/encrypt|\(.*\(/i);
  });
});
