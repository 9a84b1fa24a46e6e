/**
 * How the writer runs its statements: each in a write transaction of its own (retried by the
 * driver on a transient error), on one or several sessions; or, for a dry run, all in one
 * transaction rolled back at the end.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { explainNeo4jError, type Connection } from './connection.ts';

interface Counters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}
export type Statement = (cypher: string, params: Record<string, unknown>) => Promise<{ records: Record<string, unknown>[]; counters: Counters }>;

/** Statements sent at once, in order, in one transaction: one round trip for all of them. */
export type Pipelined = (statements: { cypher: string; params: Record<string, unknown> }[]) => Promise<Awaited<ReturnType<Statement>>[]>;
/**
 * Runs `work` in one write transaction (the dry run's, when it is one), committed when `work`
 * returns. `attempt` counts from 0: the driver runs `work` again after a transient failure, and
 * after a lost reply to a commit that went through.
 */
export type InOneTransaction = <T>(work: (send: Pipelined, attempt: number) => Promise<T>) => Promise<T>;

class DryRunRollback extends Error {}

async function runIn(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  const result = await tx.run(cypher, params);
  const u = result.summary.counters.updates();
  return {
    records: result.records.map((r) => r.toObject() as Record<string, unknown>),
    counters: { nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated, relationshipsDeleted: u.relationshipsDeleted },
  };
}

// Every statement is sent before the first reply is read: the driver queues them on the connection in order.
const pipelined = (tx: ManagedTransaction): Pipelined => (statements) => Promise.all(statements.map((s) => runIn(tx, s.cypher, s.params)));

/**
 * Runs `work` with statement runners: one transaction per statement, each runner on its own
 * session (`parallel` of them), or (dry run) one runner and everything in one transaction that
 * is rolled back at the end. `run` is the first runner; `inOne` runs a small write whole in one
 * transaction.
 */
export async function withRunner<T>(conn: Connection, dryRun: boolean, work: (run: Statement, pool: Statement[], inOne: InOneTransaction) => Promise<T>, parallel = 1): Promise<T> {
  // The bookmarks of `executeQuery` (the digest, the ledger, the counts): in a cluster a read after
  // this run's writes waits for them on whichever member answers it (causal consistency).
  const open = () => conn.driver.session({ database: conn.database, bookmarkManager: conn.driver.executeQueryBookmarkManager });
  const sessions = Array.from({ length: dryRun ? 1 : Math.max(1, parallel) }, open);
  const session = sessions[0]!;
  try {
    if (!dryRun) {
      const pool: Statement[] = sessions.map((s) => (cypher, params) => s.executeWrite((tx) => runIn(tx, cypher, params)));
      const inOne: InOneTransaction = (one) => {
        let attempt = 0;
        return session.executeWrite((tx) => one(pipelined(tx), attempt++));
      };
      return await work(pool[0]!, pool, inOne);
    }
    let outcome: T | undefined;
    try {
      await session.executeWrite(async (tx) => {
        const run: Statement = (cypher, params) => runIn(tx, cypher, params);
        outcome = await work(run, [run], (one) => one(pipelined(tx), 0));
        throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    return outcome as T;
  } catch (error) {
    throw explainNeo4jError(error, { uri: conn.uri, database: conn.database });
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
}
