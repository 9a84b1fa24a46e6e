/**
 * Vitest global setup: the tests' own Neo4j. Tests empty and fill their database, so they never
 * talk to a user's: they use ZHENJIE_TEST_NEO4J_URI (default bolt://127.0.0.1:7697, its own port,
 * data in .neo4j/test-data), whatever NEO4J_URI says, and set NEO4J_URI to it for themselves and
 * the CLI they run. If none answers there and the URI is local, the embedded launcher
 * (neo4j/start-background.sh) is started and stopped in teardown, only if it started it. In CI
 * (CI=true) not getting Neo4j fails the run loudly; tests never skip for want of a database.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');

async function answers(uri: string): Promise<boolean> {
  const user = process.env.NEO4J_USER;
  const password = process.env.NEO4J_PASSWORD;
  const driver = neo4j.driver(uri, user && password ? neo4j.auth.basic(user, password) : undefined);
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  const uri = process.env.ZHENJIE_TEST_NEO4J_URI || 'bolt://127.0.0.1:7697';
  // Every test process, and every CLI a test runs, talks to this one and to no other.
  process.env.NEO4J_URI = uri;
  if (await answers(uri)) return async () => {};
  const local = /^(bolt|neo4j):\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(uri);
  if (!local) throw new Error(`test setup: Neo4j does not answer at ${uri} (ZHENJIE_TEST_NEO4J_URI), and it is not local, so it cannot be started here.`);
  const port = uri.match(/:(\d+)$/)?.[1] ?? '7687';
  // NEO4J_PARENT_PID: the server stops when this run is gone, even if it is killed before teardown.
  const env = { ...process.env, NEO4J_BOLT_PORT: port, NEO4J_DATA_DIR: resolve(root, '.neo4j/test-data'), NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? '256m', NEO4J_PARENT_PID: String(process.pid) };
  process.stderr.write(`test setup: no Neo4j at ${uri}; starting the embedded one (bash neo4j/start-background.sh)\n`);
  try {
    const { stdout } = await run('bash', [resolve(root, 'neo4j/start-background.sh')], { env, cwd: root, timeout: 280_000 });
    process.stderr.write(stdout);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `test setup: could not start Neo4j for ${uri}${process.env.CI ? ' (CI: failing, not skipping)' : ''}:\n${e.stdout ?? ''}${e.stderr ?? e.message}\n` +
        'Build the launcher first with `bash neo4j/build.sh`, or start Neo4j yourself (`npm run neo4j`, `docker compose up -d`).',
    );
  }
  if (!(await answers(uri))) throw new Error(`test setup: the embedded Neo4j started but ${uri} does not answer`);
  return async () => {
    // stop.sh stops only the process start-background.sh recorded, by its pid.
    await run('bash', [resolve(root, 'neo4j/stop.sh')], { env, cwd: root });
  };
}
