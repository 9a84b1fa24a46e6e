/**
 * What the Neo4j commands (schema, ingest, remove, query, cypher) share: opening the connection
 * from the environment, turning the writer's and the runner's errors into UserErrors with one
 * exit code each, progress lines on stderr, and `--param k=v` parsing.
 */
import { DocumentNotFoundError, Neo4jUnavailableError, openConnection, type Connection, type IngestProgress } from '../write/index.ts';
import { QueryCatalogError, WriteRefusedError } from '../query/index.ts';
import { EXIT, UserError, type CommandIO } from './command.ts';

/** Runs `work` with an open connection and closes it; known failures become UserErrors. */
export async function withNeo4j<T>(work: (conn: Connection) => Promise<T>): Promise<T> {
  let conn: Connection | undefined;
  try {
    conn = await openConnection();
    return await work(conn);
  } catch (error) {
    throw asUserError(error);
  } finally {
    await conn?.close();
  }
}

export function asUserError(error: unknown): unknown {
  if (error instanceof UserError) return error;
  if (error instanceof Neo4jUnavailableError) return new UserError(error.message, EXIT.database);
  if (error instanceof WriteRefusedError || error instanceof QueryCatalogError) return new UserError(error.message, EXIT.usage);
  if (error instanceof DocumentNotFoundError) return new UserError(error.message, EXIT.input);
  return error;
}

/** Progress of a long write on stderr: at most one line a second, with the overall rate. */
export function progressPrinter(io: CommandIO, every = 1000): (p: IngestProgress) => void {
  let last = Date.now();
  return (p) => {
    const now = Date.now();
    if (now - last < every) return;
    last = now;
    const seconds = p.elapsedMs / 1000;
    io.err(`neo4j: ${p.phase} ${p.rowsDone}/${p.rowsTotal} rows, ${p.batches} batches written in ${seconds.toFixed(1)} s (${Math.round(p.batches / Math.max(seconds, 0.001))} batches/s)`);
  };
}

/**
 * `--param k=v` (repeatable) → { k: 'v' }. Named questions convert each value to their
 * parameter's type themselves; ad-hoc Cypher has no declared types, so `typed` reads the value
 * as written (see typedValue): `LIMIT $n` needs an integer, not the string "3".
 */
export function parseParams(values: string[] | string | undefined, typed = false): Record<string, unknown> {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  const out: Record<string, unknown> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UserError(`--param takes NAME=VALUE, not '${item}'`, EXIT.usage);
    const text = item.slice(eq + 1);
    out[item.slice(0, eq)] = typed ? typedValue(text) : text;
  }
  return out;
}

/**
 * A value as written on the command line: `3` an integer, `-1.5` a float, `true`/`false` a
 * boolean, `"3"` (JSON-quoted) the string 3; anything else, `007` included, a string.
 */
export function typedValue(text: string): string | number | boolean {
  if (/^-?(0|[1-9]\d{0,14})$/.test(text)) return Number(text);
  if (/^-?(0|[1-9]\d*)\.\d+$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^".*"$/s.test(text)) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text;
    }
  }
  return text;
}

export function positiveInteger(name: string, value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`--${name} takes a positive whole number, not '${value}'`, EXIT.usage);
  return n;
}
