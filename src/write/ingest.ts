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
import { ledgerStatement, recordRun, type IngestReport } from './ledger.ts';
import { batches, groupBy, planWrite, type StoredDocument, type WritePlan } from './plan.ts';
import { labelFor, prepareGraph, relationList, relationshipTypeFor } from './rows.ts';
import { withRunner, type InOneTransaction, type Statement } from './runner.ts';
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

function partition<T>(rows: T[], test: (row: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const row of rows) (test(row) ? yes : no).push(row);
  return [yes, no];
}

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

/** Statements of a write, in order: each over its rows, in batches (or all in one transaction: `execute`). */
interface Step {
  phase: IngestProgress['phase'];
  cypher: string;
  /** A function when they depend on the results of the steps before (orphans, after the stale mentions). */
  rows: unknown[] | (() => unknown[]);
  key: 'rows' | 'ids';
  onResult?: (result: Awaited<ReturnType<Statement>>, rowsInBatch: number) => void;
  /** Batches over every runner of the pool at once (disjoint rows). */
  parallel: boolean;
}

/** The writes of `plan`, in order; `tally` and `problems` take what their results say. */
function stepsOf(plan: WritePlan, emptyDatabase: boolean, tally: Tally, problems: string[]): Step[] {
  const steps: Step[] = [];
  const step = (phase: Step['phase'], cypher: string, rows: Step['rows'], onResult?: Step['onResult'], parallel = true, key: Step['key'] = 'rows') => steps.push({ phase, cypher, rows, key, parallel, ...(onResult ? { onResult } : {}) });
  // A CREATE batch that an earlier attempt committed (see cypher.ts) wrote all its rows then.
  const created = (r: Awaited<ReturnType<Statement>>, sent: number, counter: number) => (r.records[0]?.committed ? sent : counter);

  step('documents', Q.UPSERT_DOCUMENTS, plan.documents);
  for (const [label, rows] of groupBy(plan.entities, (e) => e.label)) {
    if (emptyDatabase) step('entities', Q.createEntities(label), rows, (r, sent) => (tally.entitiesAdded += created(r, sent, r.counters.nodesCreated)));
    else step('entities', Q.upsertEntities(label), rows, (r) => (tally.entitiesAdded += r.counters.nodesCreated));
  }
  // A document not stored before has no mentions yet.
  const added = new Set(plan.added);
  const [newMentions, otherMentions] = partition(plan.mentions, (m) => added.has(m.doc));
  step('mentions', Q.CREATE_MENTIONS, newMentions);
  step('mentions', Q.UPSERT_MENTIONS, otherMentions);
  for (const [type, rows] of groupBy(plan.relations, (r) => r.type)) {
    const unwritten = (written: number, sent: number) => {
      if (written < sent) problems.push(`relations ${type}: ${sent - written} of a batch of ${sent} not written: an end is missing in Neo4j`);
    };
    if (emptyDatabase) {
      step('relations', Q.createRelations(type), rows.map(relationList), (r, sent) => {
        tally.relationsAdded += created(r, sent, r.counters.relationshipsCreated);
        unwritten(created(r, sent, Number(r.records[0]?.written ?? 0)), sent);
      });
      continue;
    }
    const onResult: Step['onResult'] = (r, sent) => {
      tally.relationsAdded += r.counters.relationshipsCreated;
      unwritten(Number(r.records[0]?.written ?? 0), sent);
    };
    // Supported by one document not stored before: its entries go in without sorting the others.
    const [inserts, merges] = partition(rows, (row) => row.sources.length === 1 && added.has(row.sources[0]!) && row.evidenceDoc.every((d) => d === row.sources[0]));
    step('relations', Q.insertIntoRelations(type), inserts, onResult);
    step('relations', Q.upsertRelations(type), merges, onResult);
  }
  const orphanCandidates = new Set<string>();
  step('withdraw', Q.DELETE_STALE_MENTIONS, plan.staleMentions, (r) => r.records.forEach((x) => orphanCandidates.add(x.entity as string)), false);
  for (const [type, rows] of plan.withdrawals) step('withdraw', Q.withdrawRelations(type), rows, (r) => (tally.relationsRemoved += r.counters.relationshipsDeleted), false);
  step('orphans', Q.DELETE_ORPHAN_ENTITIES, () => [...orphanCandidates], (r) => (tally.entitiesRemoved += r.counters.nodesDeleted), false, 'ids');
  // After every fact of every document written: a document's hash still comes after its facts.
  step('finalize', Q.FINALIZE_DOCUMENTS, plan.documents);
  if (plan.removed.length) step('finalize', Q.DELETE_DOCUMENTS, plan.removed, undefined, false, 'ids');
  return steps;
}

interface Tally {
  entitiesAdded: number;
  entitiesRemoved: number;
  relationsAdded: number;
  relationsRemoved: number;
}

/**
 * `pool`: statement runners, the first for everything that must go in order; `inOne`: the whole
 * write in one transaction. `runStarted`: when the whole run began (schema, reading what is
 * stored, planning): the report's time is the run's, not only the writes'. `planning`: what
 * planning cost; `digest`: the inputs' digest, set on the ledger only when the run finishes
 * without problems; `emptyDatabase`: the database held no entity and no document when the plan
 * was made.
 *
 * A plan of at most `batchSize` rows in all (a few articles added or changed) is written in one
 * transaction, its statements sent at once, the ledger and the digest in the same transaction: one
 * commit and two round trips instead of two dozen of each. Otherwise each batch is a transaction
 * of its own, and the digest is cleared first (a run that stops part-way leaves none).
 */
async function execute(
  pool: Statement[],
  inOne: InOneTransaction,
  plan: WritePlan,
  problemsBefore: string[],
  opts: typeof INGEST_DEFAULTS & IngestOptions,
  runStarted: number,
  known: { planning?: PlanCost; digest?: string; emptyDatabase?: boolean } = {},
): Promise<IngestReport> {
  const { planning, digest, emptyDatabase = false } = known;
  const started = Date.now();
  const attemptOf = () => {
    const tally: Tally = { entitiesAdded: 0, entitiesRemoved: 0, relationsAdded: 0, relationsRemoved: 0 };
    const problems = [...problemsBefore];
    return { tally, problems, steps: stepsOf(plan, emptyDatabase, tally, problems) };
  };
  const reportOf = (tally: Tally, problems: string[], batches: number, transactions: number): IngestReport => ({
    at: new Date().toISOString(),
    command: opts.command,
    dryRun: opts.dryRun,
    seconds: (Date.now() - runStarted) / 1000,
    batches,
    transactions: opts.dryRun ? 0 : transactions,
    documents: { added: plan.added, changed: plan.changed, unchanged: plan.unchanged, removed: plan.removed },
    entities: {
      added: tally.entitiesAdded,
      updated: plan.entities.length - tally.entitiesAdded,
      unchanged: plan.untouchedEntities,
      removed: tally.entitiesRemoved,
    },
    relations: {
      added: tally.relationsAdded,
      updated: plan.relations.length - tally.relationsAdded,
      unchanged: plan.untouchedRelations,
      removed: tally.relationsRemoved,
    },
    problems,
    ...(planning ? { planning } : {}),
  });
  // Only a complete run without a problem vouches for the graph (a problem is reported every run).
  const closing = (report: IngestReport) => [
    ledgerStatement(report),
    ...(digest && report.problems.length === 0 ? [{ cypher: Q.SET_GRAPH_DIGEST, params: { ledger: Q.LEDGER_ID, digest } }] : []),
  ];
  const sizeOf = (rows: Step['rows']) => (typeof rows === 'function' ? 0 : rows.length);
  const small = plan.staleMentions.length === 0 && attemptOf().steps.reduce((n, s) => n + sizeOf(s.rows), 0) <= opts.batchSize;

  if (small) {
    let written: IngestReport | undefined;
    return inOne(async (send, attempt) => {
      // A retry after a commit that went through (its reply lost): the documents hold their new hashes.
      if (attempt > 0 && written && plan.documents.length > 0) {
        const [done] = await send([{ cypher: Q.COUNT_FINALIZED, params: { rows: plan.documents } }]);
        if (Number(done!.records[0]!.n) === plan.documents.length) return written;
      }
      const { tally, problems, steps } = attemptOf();
      const sent = steps.flatMap((s) => {
        const rows = typeof s.rows === 'function' ? s.rows() : s.rows;
        return rows.length ? [{ step: s, rows, statement: { cypher: s.cypher, params: { [s.key]: rows } } }] : [];
      });
      const results = await send([...(opts.dryRun ? [] : [{ cypher: Q.CLEAR_GRAPH_DIGEST, params: { ledger: Q.LEDGER_ID } }]), ...sent.map((s) => s.statement)]);
      const replies = results.slice(opts.dryRun ? 0 : 1);
      sent.forEach(({ step, rows }, i) => {
        step.onResult?.(replies[i]!, rows.length);
        opts.onProgress?.({ phase: step.phase, rowsDone: rows.length, rowsTotal: rows.length, batchRows: rows.length, batches: i + 1, elapsedMs: Date.now() - started });
      });
      const report = reportOf(tally, problems, sent.length, 1);
      if (!opts.dryRun) await send(closing(report));
      written = report;
      return report;
    });
  }

  const run = pool[0]!;
  const { tally, problems, steps } = attemptOf();
  // Whatever this run writes, Neo4j no longer holds the graph of the digest it may hold.
  if (!opts.dryRun) await run(Q.CLEAR_GRAPH_DIGEST, { ledger: Q.LEDGER_ID });
  let batchCount = 0;
  for (const step of steps) {
    const rows = typeof step.rows === 'function' ? step.rows() : step.rows;
    let done = 0;
    const queue = batches(rows, opts.batchSize);
    const drain = async (runner: Statement) => {
      for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
        const result = await runner(step.cypher, { [step.key]: chunk });
        step.onResult?.(result, chunk.length);
        done += chunk.length;
        batchCount += 1;
        opts.onProgress?.({ phase: step.phase, rowsDone: done, rowsTotal: rows.length, batchRows: chunk.length, batches: batchCount, elapsedMs: Date.now() - started });
      }
    };
    await Promise.all((step.parallel ? pool : [run]).map(drain));
  }
  const report = reportOf(tally, problems, batchCount, 0);
  report.transactions = opts.dryRun ? 0 : 1 + batchCount + closing(report).length;
  if (!opts.dryRun) for (const { cypher, params } of closing(report)) await run(cypher, params);
  return report;
}
