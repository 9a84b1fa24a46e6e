/**
 * A private embedded Neo4j for tests that must kill and restart the server: its own port and
 * data directory, started with neo4j/run.sh (which execs java, so the child pid is the JVM).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
export const launcherBuilt = existsSync(resolve(root, 'neo4j/target/classpath.txt'));

export interface PrivateNeo4j {
  uri: string;
  process: ChildProcess;
  log: string[];
}

export async function startPrivateNeo4j(port: number, dataDir: string, timeoutMs = 180_000, env: Record<string, string> = {}): Promise<PrivateNeo4j> {
  const child = spawn('bash', [resolve(root, 'neo4j/run.sh')], {
    env: { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '256m', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`private Neo4j on ${port} not ready in ${timeoutMs} ms:\n${log.join('')}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      if (log.join('').includes('zhenjie-neo4j: ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`private Neo4j on ${port} exited (${code}) before it was ready:\n${log.join('')}`));
    });
  });
  return { uri: `bolt://127.0.0.1:${port}`, process: child, log };
}

/** Stops it: SIGTERM (clean shutdown) or SIGKILL (a crash); resolves when the process is gone. */
export async function stopPrivateNeo4j(server: PrivateNeo4j, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  // 'close': the process is gone and its output read to the end.
  const gone = new Promise<void>((done) => server.process.once('close', () => done()));
  server.process.kill(signal);
  await gone;
}
