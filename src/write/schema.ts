/**
 * The Neo4j schema zhenjie needs, applied idempotently: a uniqueness constraint on `id` for each
 * label and relationship type, name indexes for the questions' look-ups, and a full-text index
 * over names and aliases with the `cjk` analyzer (bigrams, so 一网 finds 一网统管).
 */
import type { KnowledgeGraph } from '../types.ts';
import { explainNeo4jError, type Connection } from './connection.ts';
import { AWAIT_INDEXES, KNOWN_LABELS, KNOWN_RELATIONSHIP_TYPES, schemaStatements } from './cypher.ts';
import { labelFor, relationshipTypeFor } from './rows.ts';

export interface SchemaResult {
  statements: string[];
}

/** Applies the schema for the ontology's labels plus any others `graph` uses; waits for indexes. */
export async function applySchema(conn: Connection, options: { graph?: KnowledgeGraph } = {}): Promise<SchemaResult> {
  const labels = new Set(KNOWN_LABELS);
  const types = new Set(KNOWN_RELATIONSHIP_TYPES);
  for (const e of options.graph?.entities ?? []) {
    const label = labelFor(e.type);
    if (label) labels.add(label);
  }
  for (const r of options.graph?.relations ?? []) {
    const type = relationshipTypeFor(r.type);
    if (type) types.add(type);
  }
  const statements = schemaStatements([...labels], [...types]);
  // (Bookmarks shared with executeQuery, as the writer's: see ingest.ts.)
  const session = conn.driver.session({ database: conn.database, bookmarkManager: conn.driver.executeQueryBookmarkManager });
  try {
    // Schema statements cannot share a transaction with writes, nor with each other's indexes.
    for (const statement of statements) await session.executeWrite((tx) => tx.run(statement));
    await session.executeRead((tx) => tx.run(AWAIT_INDEXES));
  } catch (error) {
    throw explainNeo4jError(error, { uri: conn.uri, database: conn.database });
  } finally {
    await session.close();
  }
  return { statements };
}
