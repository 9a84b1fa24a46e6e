/**
 * Running questions against Neo4j, always read-only: named questions from queries/, and ad-hoc
 * Cypher, which is refused unless EXPLAIN calls it read-only ('r') and it then runs in a READ
 * transaction (the server refuses writes there too). Results come back as plain JSON values.
 */
import { checkReadOnlyCypher } from './cypher-guard.ts';
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, type Driver } from 'neo4j-driver';
import { explainNeo4jError, type Connection } from '../write/connection.ts';
import { getQuery, QUERIES_DIR, resolveParams } from './catalog.ts';

/** A Connection from openConnection(), or a bare driver (default database). */
export type QueryTarget = Connection | Driver | { driver: Driver; database?: string; uri?: string };

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** Server-side time to first and last record, in ms. */
  ms: number;
  /** Set when a limit stopped the answer: the rows are the first ones, and `message` says how to get more. */
  truncated?: boolean;
  message?: string;
}

/** What one ad-hoc statement may cost: rows and bytes of answer, seconds of the server's time. */
export interface ReadLimits {
  maxRows: number;
  maxBytes: number;
  timeoutMs: number;
}

/** How an ad-hoc statement runs: its limits, a row callback (print as rows come), a cancel signal. */
export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  onRow?: (row: Record<string, unknown>, columns: string[]) => void;
  signal?: AbortSignal;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxRows: 1000, maxBytes: 4 * 1024 * 1024, timeoutMs: 20_000 };

/** A statement that would write (or change the schema): refused in read-only runs. */
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
}

function target(t: QueryTarget): { driver: Driver; database: string | undefined; uri: string } {
  if ('driver' in t) return { driver: t.driver, database: t.database, uri: t.uri ?? 'the Neo4j driver' };
  return { driver: t, database: undefined, uri: 'the Neo4j driver' };
}

/** Integers stay exact where they fit; big ones become strings rather than lose digits. */
function plainInteger(value: { toNumber(): number; toString(): string; inSafeRange(): boolean }): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

/** Neo4j values → JSON: nodes and relationships as objects, temporals as ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return plainInteger(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) return { elementId: value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  if (isRelationship(value)) {
    return { elementId: value.elementId, type: value.type, start: value.startNodeElementId, end: value.endNodeElementId, properties: toPlain(value.properties) };
  }
  if (isPath(value)) {
    return { start: toPlain(value.start), end: toPlain(value.end), segments: value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return value.toString();
  if (isPoint(value)) return { srid: plainInteger(neo4j.int(value.srid)), x: value.x, y: value.y, z: value.z };
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

/** Integral JS numbers go to Neo4j as integers (LIMIT and range() need them), others as floats. */
function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
}

async function runRead(t: QueryTarget, statement: string, params: Record<string, unknown>): Promise<QueryResult> {
  const { driver, database, uri } = target(t);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const { keys, result } = await session.executeRead(async (tx) => {
      const running = tx.run(statement, toNeo4jParams(params));
      return { keys: await running.keys(), result: await running };
    });
    const ms = Number(result.summary.resultAvailableAfter ?? 0) + Number(result.summary.resultConsumedAfter ?? 0);
    return {
      columns: keys.map(String),
      rows: result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))]))),
      ms,
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'Neo.ClientError.Statement.AccessMode' || /access ?mode|not allowed.*read/i.test((error as Error).message ?? '')) {
      throw new WriteRefusedError(`refused: this statement writes, and questions run read-only (${(error as Error).message.split('\n')[0]})`);
    }
    throw explainNeo4jError(error, { uri, database });
  } finally {
    await session.close();
  }
}

/**
 * Runs one named question (`queries/<name>.cypher`) with its default parameters overridden by
 * `params` (strings are converted to the parameter's type).
 */
export async function runNamedQuery(t: QueryTarget, name: string, params: Record<string, unknown> = {}, dir: string = QUERIES_DIR): Promise<QueryResult> {
  const query = getQuery(name, dir);
  return runRead(t, query.cypher, resolveParams(query, params));
}

/**
 * Runs ad-hoc Cypher read-only. EXPLAIN must call it read-only ('r'); anything that writes
 * ('w', 'rw') or changes the schema ('s') is refused with WriteRefusedError before it runs, and
 * the READ transaction is a second guard.
 */
export async function runReadCypher(
  t: QueryTarget,
  statement: string,
  params: Record<string, unknown> = {},
  options: ReadOptions = {},
): Promise<QueryResult> {
  const { driver, database, uri } = target(t);
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(statement)) throw new WriteRefusedError('give the statement without EXPLAIN/PROFILE');
  // Queries only (the plan below calls `SHOW TRANSACTIONS … TERMINATE TRANSACTIONS` a read).
  const verdict = checkReadOnlyCypher(statement);
  if (!verdict.ok) throw new WriteRefusedError(verdict.reason);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  let queryType: string;
  let operators: string[];
  try {
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${statement}`, toNeo4jParams(params)));
    queryType = plan.summary.queryType;
    operators = planOperators(plan.summary.plan);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Statement')) throw new WriteRefusedError(`Cypher error: ${(error as Error).message.split('\n')[0]}`);
    throw explainNeo4jError(error, { uri, database });
  } finally {
    await session.close();
  }
  if (queryType !== 'r') {
    const what = { w: 'writes', rw: 'reads and writes', s: 'changes the schema' }[queryType] ?? `is of type '${queryType}'`;
    throw new WriteRefusedError(`refused: this statement ${what}; \`zhenjie cypher\` only reads (use \`zhenjie ingest\`/\`remove\` to change the graph)`);
  }
  // LOAD CSV reads files or URLs of the server's machine: not a question about the graph.
  if (operators.some((o) => /LoadCSV/i.test(o))) throw new WriteRefusedError('refused: LOAD CSV reads outside the graph; `zhenjie cypher` only queries the graph');
  return runLimited(t, statement, params, { ...DEFAULT_READ_LIMITS, ...options.limits }, options.onRow, options.signal);
}

/** A statement that ran past its time: the server ended its transaction. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

/**
 * Ad-hoc Cypher in a READ transaction with a timeout, its records read as they come: at the row
 * or byte limit the transaction is rolled back (the server stops working on it) and the answer says
 * it was cut. `onRow` sees each row as it arrives (the CLI prints as it goes); `signal` cancels it
 * (the HTTP client went away).
 */
export async function runLimited(
  t: QueryTarget,
  statement: string,
  params: Record<string, unknown>,
  limits: ReadLimits,
  onRow?: (row: Record<string, unknown>, columns: string[]) => void,
  signal?: AbortSignal,
): Promise<QueryResult> {
  const { driver, database, uri } = target(t);
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const tx = await session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'zhenjie', kind: 'ad-hoc' } });
  const rows: Record<string, unknown>[] = [];
  let columns: string[] = [];
  let bytes = 0;
  let cut: string | null = null;
  const started = Date.now();
  const abort = () => void tx.rollback().catch(() => undefined);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    const running = tx.run(statement, toNeo4jParams(params));
    columns = (await running.keys()).map(String);
    for await (const record of running) {
      if (signal?.aborted) break;
      const row = Object.fromEntries(record.keys.map((k) => [String(k), toPlain(record.get(k))]));
      bytes += JSON.stringify(row).length;
      if (rows.length >= limits.maxRows) cut = `more than ${limits.maxRows} rows: the first ${limits.maxRows} are shown; add a LIMIT (or SKIP) to choose which, or raise --max-rows`;
      else if (bytes > limits.maxBytes) cut = `more than ${Math.round(limits.maxBytes / 1024)} KB of answer: the first ${rows.length} rows are shown; return fewer or smaller values, or add a LIMIT`;
      if (cut) break;
      rows.push(row);
      onRow?.(row, columns);
    }
    // Cut short or not, this transaction only read: roll it back (the server stops at once).
    await tx.rollback().catch(() => undefined);
    const result: QueryResult = { columns, rows, ms: Date.now() - started };
    if (cut) {
      result.truncated = true;
      result.message = cut;
    }
    return result;
  } catch (error) {
    await tx.rollback().catch(() => undefined);
    const code = (error as { code?: string }).code ?? '';
    const message = (error as Error).message ?? '';
    if (/TransactionTimedOut|Terminated/i.test(code) || /timed? ?out|terminated/i.test(message)) {
      throw new QueryTimeoutError(`the statement ran past ${limits.timeoutMs / 1000} s and was stopped; narrow it (a MATCH with a label and a property, a LIMIT)`);
    }
    if (code === 'Neo.ClientError.Statement.AccessMode' || /access ?mode|not allowed.*read/i.test(message)) {
      throw new WriteRefusedError(`refused: this statement writes, and questions run read-only (${message.split('\n')[0]})`);
    }
    if (code.startsWith('Neo.ClientError.Statement')) throw new WriteRefusedError(`Cypher error: ${message.split('\n')[0]}`);
    throw explainNeo4jError(error, { uri, database });
  } finally {
    signal?.removeEventListener('abort', abort);
    await session.close();
  }
}

type PlanNode = { operatorType?: string; children?: PlanNode[] } | false | undefined;

function planOperators(plan: PlanNode): string[] {
  if (!plan) return [];
  return [plan.operatorType ?? '', ...(plan.children ?? []).flatMap(planOperators)];
}
