/**
 * Writes a KnowledgeGraph into Neo4j, and takes documents out of it.
 *
 * Each batch of `UNWIND $rows … MERGE` (or `CREATE`, for what is known to be new: cypher.ts) is
 * one `executeWrite` transaction (runner.ts): a failure rolls back the open batch, and since a
 * document's hash is written only after all its facts, a rerun rewrites every document that did
 * not finish and converges to the graph of a clean run.
 * `dryRun` runs the very same statements in one transaction and rolls it back, so the report
 * says exactly what would change.
 */
import type { KnowledgeGraph } from '../types.ts';
import type { Connection } from './connection.ts';
import * as Q from './cypher.ts';
import { recordRun, type IngestReport } from './ledger.ts';
import { batches, planWrite, type StoredDocument } from './plan.ts';
import { labelFor, prepareGraph, relationshipTypeFor } from './rows.ts';
import { withRunner, type Statement } from './runner.ts';
import { execute } from './execute.ts';
import { applySchema } from './schema.ts';
import { graphDigest, storedGraphDigest } from './digest.ts';

export interface IngestProgress {
  phase: 'plan' | 'documents' | 'entities' | 'mentions' | 'relations' | 'withdraw' | 'orphans' | 'finalize';
  /** Rows of this phase (or of this label/type group within it) written so far, and in all. */
  rowsDone: number;
  rowsTotal: number;
  /** Rows in the batch just written. */
  batchRows: number;
  batches: number;
  elapsedMs: number;
}

export interface IngestOptions {
  /** Rows per UNWIND batch (one transaction each). */
  batchSize?: number;
  dryRun?: boolean;
  /**
   * Transactions in flight at once while writing documents, entities, mentions, relations and
   * the documents' hashes (each on its own session, disjoint rows). 1 in a dry run, which is one
   * transaction.
   */
  parallel?: number;
  /** Apply the schema first (default true). */
  schema?: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** Recorded in the ledger. */
  command?: string;
  /**
   * The pipeline's digest of what `graph` is made from (BuildResult.inputDigest): when Neo4j holds
   * it from a complete ingest, nothing is planned or written (see write/digest.ts).
   */
  inputDigest?: string;
  /**
   * The pipeline's word on which documents' contributions may differ from those of the graph made
   * from the input digest `since` (BuildResult.changes). When Neo4j holds that graph, only these
   * documents are hashed and planned; the others are known unchanged.
   */
  changes?: { since: string; documents: string[] };
}

export const INGEST_DEFAULTS = { batchSize: 1000, parallel: 2, dryRun: false, schema: true, command: 'ingest' };

/** Ids per read query: one query for any corpus of ordinary size. */
const READ_CHUNK = 50_000;

/** What the plan cost: round trips and relation ids read back (the bench prints them). */
export interface PlanCost {
  ms: number;
  queries: number;
  hashesRead: number;
  relationIdsRead: number;
  /** Documents whose contributions were hashed: all of the graph's, or those the pipeline said may have changed. */
  documentsHashed?: number;
}

/**
 * What the database holds for `ids`. Hashes of all of them first (short rows, few queries); the
 * relation lists, which are long, only of the documents whose hash differs from `want` (all of
 * them when `want` is absent): an unchanged corpus reads back no relation id.
 */
async function readStored(run: Statement, ids: string[], cost: PlanCost, want?: Map<string, string>): Promise<Map<string, StoredDocument>> {
  let needLists = ids;
  const unchanged: string[] = [];
  if (want) {
    needLists = [];
    for (const chunk of batches(ids, READ_CHUNK)) {
      const { records } = await run(Q.READ_DOCUMENT_HASHES, { ids: chunk });
      cost.queries += 1;
      cost.hashesRead += records.length;
      for (const r of records) (r.hash === want.get(r.id as string) ? unchanged : needLists).push(r.id as string);
    }
  }
  const stored = new Map<string, StoredDocument>();
  for (const chunk of batches(needLists, READ_CHUNK)) {
    const { records } = await run(Q.READ_DOCUMENTS, { ids: chunk });
    cost.queries += 1;
    for (const r of records) {
      stored.set(r.id as string, r as unknown as StoredDocument);
      cost.relationIdsRead += (r.relationIds as string[]).length;
    }
  }
  // Unchanged documents: their hash is all the plan needs of them.
  for (const id of unchanged) stored.set(id, { id, hash: want!.get(id)!, relationIds: [], relationTypes: [] });
  return stored;
}

/** Extract → Neo4j: writes what changed and records the run in the ledger. */
export async function ingestGraph(conn: Connection, graph: KnowledgeGraph, options: IngestOptions = {}): Promise<IngestReport> {
  const opts = { ...INGEST_DEFAULTS, ...options };
  const started = Date.now();
  const digest = opts.inputDigest ? graphDigest(opts.inputDigest) : undefined;
  const held = digest || opts.changes ? await storedGraphDigest(conn) : undefined;
  if (digest && held === digest) {
    return unchangedGraph(conn, { documents: graph.documents.map((d) => d.id), entities: graph.entities.length, relations: graph.relations.length }, opts, started);
  }
  // Neo4j holds the graph the changes are counted from: every other document is as it holds it.
  const only = opts.changes && held === graphDigest(opts.changes.since) ? new Set(opts.changes.documents) : undefined;
  // The run that wrote the graph the changes are counted from applied the schema of every known
  // label and type (schema.ts): a graph with no other needs none applied again (~0.1 s a run).
  if (opts.schema && !opts.dryRun && !(only && onlyKnownTypes(graph))) await applySchema(conn, { graph });
  const prepared = prepareGraph(graph, only);
  return withRunner(
    conn,
    opts.dryRun,
    async (run, pool, inOne) => {
      const cost: PlanCost = { ms: 0, queries: held !== undefined ? 1 : 0, hashesRead: 0, relationIdsRead: 0, documentsHashed: prepared.contributions.size };
      const want = new Map([...prepared.contributions].map(([id, c]) => [id, c.document.hash]));
      const stored = await readStored(run, [...want.keys()], cost, want);
      // No stored document of this run and no graph at all: every entity and relation is new.
      // (Not when Neo4j holds the graph the changes are counted from: it holds facts.)
      let emptyDatabase = false;
      if (stored.size === 0 && !only) {
        emptyDatabase = !(await run(Q.HOLDS_ANY_FACT, {})).records[0]!.holds;
        cost.queries += 1;
      }
      const plan = planWrite(prepared, stored);
      if (only) plan.unchanged.push(...graph.documents.filter((d) => !only.has(d.id)).map((d) => d.id));
      cost.ms = Date.now() - started;
      const planned = plan.documents.length;
      opts.onProgress?.({ phase: 'plan', rowsDone: planned, rowsTotal: planned, batchRows: planned, batches: 0, elapsedMs: Date.now() - started });
      return execute(pool, inOne, plan, prepared.problems, opts, started, { planning: cost, digest, emptyDatabase });
    },
    opts.parallel,
  );
}

/** Whether every entity label and relationship type of `graph` is one the schema always covers. */
function onlyKnownTypes(graph: KnowledgeGraph): boolean {
  const labels = new Set(Q.KNOWN_LABELS);
  const types = new Set(Q.KNOWN_RELATIONSHIP_TYPES);
  const known = (name: string | null, set: Set<string>) => name === null || set.has(name);
  return graph.entities.every((e) => known(labelFor(e.type), labels)) && graph.relations.every((r) => known(relationshipTypeFor(r.type), types));
}

/** What an unchanged run reports of a graph it need not build: its documents and counts. */
export interface GraphSummary {
  documents: string[];
  entities: number;
  relations: number;
}

/**
 * The ingest of a graph not even built: when Neo4j holds the graph of `inputDigest`, the report
 * of an unchanged run (recorded in the ledger); otherwise null, and the caller builds and ingests.
 */
export async function ingestIfHeld(conn: Connection, inputDigest: string, summary: GraphSummary, options: IngestOptions = {}): Promise<IngestReport | null> {
  const opts = { ...INGEST_DEFAULTS, ...options };
  const started = Date.now();
  if ((await storedGraphDigest(conn)) !== graphDigest(inputDigest)) return null;
  return unchangedGraph(conn, summary, opts, started);
}

/** Neo4j holds this very graph: a report of nothing changed, recorded in the ledger. */
async function unchangedGraph(conn: Connection, graph: GraphSummary, opts: typeof INGEST_DEFAULTS & IngestOptions, started: number): Promise<IngestReport> {
  const none = (unchanged: number) => ({ added: 0, updated: 0, unchanged, removed: 0 });
  const report: IngestReport = {
    at: new Date().toISOString(),
    command: opts.command,
    dryRun: opts.dryRun,
    seconds: (Date.now() - started) / 1000,
    batches: 0,
    documents: { added: [], changed: [], unchanged: graph.documents, removed: [] },
    entities: none(graph.entities),
    relations: none(graph.relations),
    problems: [],
    planning: { ms: Date.now() - started, queries: 1, hashesRead: 0, relationIdsRead: 0, digestMatched: true },
  };
  if (!opts.dryRun) await withRunner(conn, false, (run) => recordRun(run, report));
  return report;
}

/**
 * Takes documents out, with every fact that only they supported. `keys` are document ids,
 * paths, file names or titles; each must match exactly one stored document.
 */
export async function removeDocuments(conn: Connection, keys: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const opts = { ...INGEST_DEFAULTS, command: 'remove', ...options };
  const started = Date.now();
  return withRunner(conn, opts.dryRun, async (run, _pool, inOne) => {
    const ids: string[] = [];
    for (const key of keys) {
      const { records } = await run(Q.FIND_DOCUMENTS, { key });
      if (records.length === 0) throw new DocumentNotFoundError(`no document '${key}' in Neo4j at ${conn.uri} (give its id, path, file name or title)`);
      if (records.length > 1) {
        throw new DocumentNotFoundError(`'${key}' matches ${records.length} documents: ${records.map((r) => r.id).join(', ')}; give an id`);
      }
      ids.push(records[0]!.id as string);
    }
    const stored = await readStored(run, ids, { ms: 0, queries: 0, hashesRead: 0, relationIdsRead: 0 });
    const plan = planWrite({ contributions: new Map(), entities: new Map(), relations: new Map(), problems: [] }, new Map(), [...stored.values()]);
    return execute([run], inOne, plan, [], opts, started);
  });
}

export class DocumentNotFoundError extends Error {}
