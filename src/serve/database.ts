/**
 * Neo4j, when one is reachable, through the query module (src/query): named questions, read-only
 * Cypher, and the whole graph read back for the viewer. The server works without it: the graph
 * then comes from the JSON export, and the Cypher and named-question endpoints answer 503 with
 * how to start Neo4j.
 */
import { listQueries, openConnection, runNamedQuery, runReadCypher, type Connection, type ReadLimits } from '../query/index.ts';

const WHOLE_GRAPH: ReadLimits = { maxRows: Number.POSITIVE_INFINITY, maxBytes: Number.POSITIVE_INFINITY, timeoutMs: 600_000 };
import type { KnowledgeGraph } from '../types.ts';
import { readGraphFromNeo4j } from './neo4j-graph.ts';
import { toViewerResult, type ViewerQueryResult } from './neo4j-values.ts';

export interface NamedQueryInfo {
  name: string;
  title: string;
  description: string;
  params: Array<{ name: string; default: unknown; description: string }>;
  cypher: string;
}

export interface GraphDatabase {
  /** The URI without credentials, for the page's "source" line. */
  uri: string;
  listQueries(): Promise<NamedQueryInfo[]>;
  runNamedQuery(name: string, params: Record<string, unknown>): Promise<ViewerQueryResult>;
  /** Ad-hoc Cypher within the read limits (DEFAULT_READ_LIMITS); `signal` cancels it (the client went away). */
  runReadCypher(statement: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<ViewerQueryResult>;
  readGraph(): Promise<KnowledgeGraph>;
  close(): Promise<void>;
}

export interface DatabaseState {
  db: GraphDatabase | null;
  /** Why there is no database, for the page and for 503s; empty when connected. */
  reason: string;
}

export const NEO4J_NEEDED = 'start Neo4j with `npm run neo4j` (or `docker compose up -d`), then restart `zhenjie serve`';

/** What a request that needs Neo4j is told: why there is none, and what to run, in one sentence. */
export function neo4jNeeded(reason: string): string {
  return `this needs Neo4j: ${reason || 'none is connected'}; ${NEO4J_NEEDED}`;
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

/** Connect within `timeoutMs`, or say why not (never with credentials). */
export async function connectDatabase(timeoutMs: number): Promise<DatabaseState> {
  let conn: Connection;
  try {
    // The page only reads: where the server has users with roles (Enterprise, Aura), it reads as
    // NEO4J_READER_USER, a user with the `reader` role, and the database itself refuses the rest.
    const reader = process.env.NEO4J_READER_USER && process.env.NEO4J_READER_PASSWORD ? { user: process.env.NEO4J_READER_USER, password: process.env.NEO4J_READER_PASSWORD } : {};
    conn = await withTimeout(openConnection({ maxRetryTimeMs: 2000, ...reader }), timeoutMs);
  } catch (error) {
    const uri = redact(process.env.NEO4J_URI || 'bolt://127.0.0.1:7687');
    return { db: null, reason: `Neo4j at ${uri} ${whyNot(error)}` };
  }
  return {
    reason: '',
    db: {
      uri: redact(conn.uri),
      listQueries: async () =>
        listQueries().map((q) => ({ name: q.name, title: q.title, description: q.description, params: q.params, cypher: q.cypher })),
      runNamedQuery: async (name, params) => toViewerResult(await runNamedQuery(conn, name, params)),
      runReadCypher: async (statement, params, signal) => toViewerResult(await runReadCypher(conn, statement, params, { signal })),
      // The whole graph, by our own statements: no row limit.
      readGraph: () => readGraphFromNeo4j((statement) => runReadCypher(conn, statement, {}, { limits: WHOLE_GRAPH })),
      close: () => conn.close().catch(() => undefined),
    },
  };
}

/**
 * Why the connection failed, short: "is not reachable" for a server that is not there (the
 * driver's own message nests the cause and ends with a note on encryption, which only confuses),
 * else the first sentence of the driver's message (a wrong password says so).
 */
function whyNot(error: unknown): string {
  const message = ((error as Error)?.message ?? String(error)).split('\n')[0]!;
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|discovery|connect|no answer within|unavailable|does not answer/i.test(message)) return 'is not reachable';
  return `refused the connection: ${message.split(/(?<=\.)\s/)[0]!.slice(0, 160)}`;
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
