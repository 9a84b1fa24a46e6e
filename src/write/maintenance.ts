/** Counting and emptying the database: for tests, the bench and `zhenjie ingest --fresh`. */
import neo4j from 'neo4j-driver';
import { explainNeo4jError, type Connection } from './connection.ts';
import { DELETE_SOME_NODES, DELETE_SOME_RELATIONSHIPS, GRAPH_COUNTS } from './cypher.ts';

export interface GraphCounts {
  entities: number;
  documents: number;
  /** Entity-to-entity relationships, and the evidence entries on them. */
  relations: number;
  evidence: number;
  /** Document-[:MENTIONS]->Entity links, and the mention offsets on them. */
  mentionLinks: number;
  mentions: number;
  nodes: number;
  relationships: number;
}

export async function graphCounts(conn: Connection): Promise<GraphCounts> {
  try {
    const { records } = await conn.driver.executeQuery(GRAPH_COUNTS, {}, { database: conn.database, routing: 'READ' });
    const row = records[0]!.toObject() as Record<string, number | null>;
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v ?? 0)])) as unknown as GraphCounts;
  } catch (error) {
    throw explainNeo4jError(error, { uri: conn.uri, database: conn.database });
  }
}

/** Deletes every node and relationship of the database, in bounded transactions. Schema stays. */
export async function deleteEverything(conn: Connection, batch = 20_000): Promise<void> {
  for (const statement of [DELETE_SOME_RELATIONSHIPS, DELETE_SOME_NODES]) {
    for (;;) {
      const { records } = await conn.driver.executeQuery(statement, { limit: neo4j.int(batch) }, { database: conn.database });
      if (Number(records[0]?.get('deleted') ?? 0) === 0) break;
    }
  }
}
