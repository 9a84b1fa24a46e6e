/**
 * The writes of a plan (write/plan.ts) as statements in order, each over its rows: in batches of
 * their own transactions, or, for a small write, all in one transaction (see `execute`).
 */
import * as Q from './cypher.ts';
import { ledgerStatement, type IngestReport } from './ledger.ts';
import { batches, groupBy, type WritePlan } from './plan.ts';
import { relationList } from './rows.ts';
import type { InOneTransaction, Statement } from './runner.ts';
import type { INGEST_DEFAULTS, IngestOptions, IngestProgress, PlanCost } from './ingest.ts';

function partition<T>(rows: T[], test: (row: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const row of rows) (test(row) ? yes : no).push(row);
  return [yes, no];
}

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
export async function execute(
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
