/**
 * `npm run bench -- --only neo4j --neo4j-import`: the bulk path into an empty database, timed
 * part by part: the writer's rows as CSV (src/write/csv.ts), `neo4j-admin database import full`
 * run from the embedded launcher's own classpath into a new data directory, the server started
 * on it (port --neo4j-import-port, default 7699), the schema applied (its indexes populated) and
 * the empty lists set. Its counts are compared with the online writer's.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { KnowledgeGraph } from '../src/types.ts';
import { writeImportFiles } from '../src/write/csv.ts';
import { applySchema, graphCounts, openConnection, type GraphCounts } from '../src/write/index.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');

export interface ImportTiming {
  parts: Array<[string, number]>;
  counts: GraphCounts;
}

export async function timeBulkImport(graph: KnowledgeGraph, port: number): Promise<ImportTiming> {
  const work = mkdtempSync(join(tmpdir(), 'zhenjie-import-'));
  const home = join(work, 'home');
  const env = { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: home, NEO4J_HEAP: '2g', NEO4J_PAGECACHE: '1g' };
  const parts: Array<[string, number]> = [];
  let t = Date.now();
  const lap = (name: string) => {
    parts.push([name, Date.now() - t]);
    t = Date.now();
  };
  try {
    const files = await writeImportFiles(graph, join(work, 'csv'));
    lap('plan and write CSV (src/write/csv.ts)');
    const classpath = `${root}/neo4j/target/classes:${readFileSync(join(root, 'neo4j/target/classpath.txt'), 'utf8').trim()}`;
    mkdirSync(home, { recursive: true });
    await run('java', ['-Xmx2g', '-cp', classpath, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j', ...files.args], {
      env: { ...process.env, NEO4J_HOME: home },
      maxBuffer: 1 << 26,
    }).catch((error: { stderr?: string; stdout?: string }) => {
      throw new Error(`bench/neo4j-import: neo4j-admin database import failed:\n${error.stderr ?? ''}${(error.stdout ?? '').slice(-2000)}`);
    });
    lap('neo4j-admin database import full');
    await run('bash', [join(root, 'neo4j/start-background.sh')], { env, cwd: root });
    lap('start the embedded server on it');
    const conn = await openConnection({ uri: `bolt://127.0.0.1:${port}` });
    try {
      await applySchema(conn, { graph });
      lap('schema (constraints and indexes populated)');
      for (const statement of files.fixups) await conn.driver.executeQuery(statement, {}, { database: conn.database });
      lap(`empty lists set (${files.fixups.length} statements)`);
      return { parts, counts: await graphCounts(conn) };
    } finally {
      await conn.close();
    }
  } finally {
    await run('bash', [join(root, 'neo4j/stop.sh')], { env, cwd: root }).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}
