/**
 * Neo4j, when one is reachable, through the query module of issue 3 (src/query). The server
 * works without it: the graph then comes from the JSON export, and the Cypher and
 * named-question endpoints answer 503 with how to start Neo4j.
 */
import { toPlainResult, type QueryResult } from './neo4j-values.ts';

export interface NamedQueryInfo {
  name: string;
  title?: string;
  description?: string;
  params?: Record<string, unknown>;
}

export interface GraphDatabase {
  /** The URI without credentials, for the page's "source" line. */
  uri: string;
  listQueries(): Promise<NamedQueryInfo[]>;
  runNamedQuery(name: string, params: Record<string, unknown>): Promise<QueryResult>;
  runReadCypher(statement: string, params: Record<string, unknown>): Promise<QueryResult>;
  close(): Promise<void>;
}

export const NEO4J_NEEDED =
  'this needs Neo4j, which is not reachable: start one with `npm run neo4j` (or `docker compose up -d`), then restart `zhenjie serve`';

/** The functions src/query exports (issue 3); looked up at run time so the server runs without them. */
interface QueryModule {
  connect?: (...args: unknown[]) => Promise<unknown>;
  connectFromEnv?: (...args: unknown[]) => Promise<unknown>;
  listQueries: (...args: unknown[]) => unknown;
  runNamedQuery: (conn: unknown, name: string, params: Record<string, unknown>) => Promise<unknown>;
  runReadCypher: (conn: unknown, statement: string, params: Record<string, unknown>) => Promise<unknown>;
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

/** Connect within `timeoutMs`, or explain why not (the reason is shown, never credentials). */
export async function connectDatabase(timeoutMs: number): Promise<{ db: GraphDatabase | null; reason: string }> {
  const uri = redact(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687');
  let mod: QueryModule;
  try {
    const path = '../query/index.ts'; // a variable: the module may not exist yet in this checkout
    mod = (await import(path)) as QueryModule;
  } catch {
    return { db: null, reason: 'this build has no Neo4j query module (src/query)' };
  }
  const connect = mod.connect ?? mod.connectFromEnv;
  if (!connect) return { db: null, reason: 'src/query exports no connect function' };
  let conn: unknown;
  try {
    conn = await withTimeout(connect(), timeoutMs);
    await withTimeout(mod.runReadCypher(conn, 'RETURN 1 AS ok', {}), timeoutMs);
  } catch (error) {
    await closeQuietly(conn);
    return { db: null, reason: `Neo4j at ${uri} is not reachable (${(error as Error).message})` };
  }
  return {
    reason: '',
    db: {
      uri,
      listQueries: async () => (await mod.listQueries()) as NamedQueryInfo[],
      runNamedQuery: async (name, params) => toPlainResult(await mod.runNamedQuery(conn, name, params)),
      runReadCypher: async (statement, params) => toPlainResult(await mod.runReadCypher(conn, statement, params)),
      close: () => closeQuietly(conn),
    },
  };
}

async function closeQuietly(conn: unknown): Promise<void> {
  const closable = conn as { close?: () => Promise<void> } | undefined;
  try {
    await closable?.close?.();
  } catch {
    // Closing a connection that never opened: nothing to report.
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
