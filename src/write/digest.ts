/**
 * The graph digest: Neo4j keeps, on the ledger node, the digest of what the graph of the last
 * complete ingest was made from (the pipeline's input digest, with the writer's own code). An
 * ingest that brings the same digest has nothing to write, and skips hashing the graph and reading
 * the stored documents: an unchanged corpus costs one query.
 *
 * Kept honest by the writer: every run that writes anything clears it first (a run that stops
 * part-way leaves none), and only a run that finishes without a problem sets it. `remove` clears it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainNeo4jError, type Connection } from './connection.ts';
import { LEDGER_ID, READ_GRAPH_DIGEST } from './cypher.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
let writerVersion: string | undefined;

/** The digest Neo4j would hold after ingesting a graph made from `inputDigest` with this writer. */
export function graphDigest(inputDigest: string): string {
  if (writerVersion === undefined) {
    // The writer's code decides what is written: a new writer writes again.
    const hash = createHash('sha1');
    for (const name of readdirSync(HERE).filter((n) => n.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(path.join(HERE, name)));
    writerVersion = hash.digest('hex');
  }
  return createHash('sha1').update(`${inputDigest}\n${writerVersion}`).digest('hex');
}

/** The digest Neo4j holds, or null. */
export async function storedGraphDigest(conn: Connection): Promise<string | null> {
  try {
    const { records } = await conn.driver.executeQuery(READ_GRAPH_DIGEST, { ledger: LEDGER_ID }, { database: conn.database, routing: 'READ' });
    return (records[0]?.get('digest') as string | null | undefined) ?? null;
  } catch (error) {
    throw explainNeo4jError(error, { uri: conn.uri, database: conn.database });
  }
}
