/**
 * The ingest ledger: every ingest/remove run appends one entry (when, which documents, counts
 * added/updated/unchanged/removed) to a single `IngestLedger` node, so repeated runs add no node.
 */
import { explainNeo4jError, type Connection } from './connection.ts';
import { APPEND_LEDGER, LEDGER_ID, READ_LEDGER } from './cypher.ts';

export interface FactCounts {
  added: number;
  /** Written again because a document supporting them changed (their content may be equal). */
  updated: number;
  /** Supported only by unchanged documents: not written. */
  unchanged: number;
  removed: number;
}

export interface IngestReport {
  at: string;
  command: string;
  dryRun: boolean;
  seconds: number;
  batches: number;
  /** Write transactions committed (1: the whole write in one, write/execute.ts); absent from older entries. */
  transactions?: number;
  documents: { added: string[]; changed: string[]; unchanged: string[]; removed: string[] };
  entities: FactCounts;
  relations: FactCounts;
  problems: string[];
  /** Ingest only: what planning cost (time from the start, incl. the schema; queries; rows read back). */
  planning?: { ms: number; queries: number; hashesRead: number; relationIdsRead: number; digestMatched?: boolean; documentsHashed?: number };
}

/** At most this many document ids per list go into a ledger entry; the counts are always whole. */
const LEDGER_IDS = 50;

export function ledgerEntry(report: IngestReport): string {
  const docs = Object.fromEntries(
    Object.entries(report.documents).map(([k, ids]) => [k, { count: ids.length, ids: ids.slice(0, LEDGER_IDS) }]),
  );
  return JSON.stringify({ ...report, documents: docs });
}

type Run = (cypher: string, params: Record<string, unknown>) => Promise<unknown>;

/** The statement that appends `report` to the ledger. */
export const ledgerStatement = (report: IngestReport) => ({ cypher: APPEND_LEDGER, params: { ledger: LEDGER_ID, entry: ledgerEntry(report) } });

export async function recordRun(run: Run, report: IngestReport): Promise<void> {
  const { cypher, params } = ledgerStatement(report);
  await run(cypher, params);
}

/** The ledger, oldest first (parsed entries: document lists are truncated to 50 ids). */
export async function readLedger(conn: Connection): Promise<unknown[]> {
  try {
    const { records } = await conn.driver.executeQuery(READ_LEDGER, { ledger: LEDGER_ID }, { database: conn.database, routing: 'READ' });
    const runs = (records[0]?.get('runs') as string[] | undefined) ?? [];
    return runs.map((r) => JSON.parse(r));
  } catch (error) {
    throw explainNeo4jError(error, { uri: conn.uri, database: conn.database });
  }
}

/** The report as the CLI prints it (stderr or stdout). */
export function formatReport(report: IngestReport): string {
  const d = report.documents;
  const row = (name: string, c: FactCounts) =>
    `  ${name.padEnd(10)} ${String(c.added).padStart(8)} ${String(c.updated).padStart(8)} ${String(c.unchanged).padStart(10)} ${String(c.removed).padStart(8)}`;
  const lines = [
    `${report.dryRun ? 'dry run (nothing written): ' : ''}${report.command} at ${report.at} in ${report.seconds.toFixed(2)} s, ${report.batches} batches`,
    ...(report.planning?.digestMatched ? ['  Neo4j holds the graph of these very inputs (same input digest): nothing planned or written'] : []),
    `  documents: ${d.added.length} added, ${d.changed.length} changed, ${d.unchanged.length} unchanged, ${d.removed.length} removed`,
    `  ${''.padEnd(10)} ${'added'.padStart(8)} ${'updated'.padStart(8)} ${'unchanged'.padStart(10)} ${'removed'.padStart(8)}`,
    row('entities', report.entities),
    row('relations', report.relations),
  ];
  const list = (label: string, ids: string[]) => ids.length && lines.push(`  ${label}: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ` … (+${ids.length - 10})` : ''}`);
  list('added', d.added);
  list('changed', d.changed);
  list('removed', d.removed);
  for (const p of report.problems) lines.push(`  problem: ${p}`);
  return lines.join('\n');
}
