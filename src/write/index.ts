/**
 * The Neo4j writer: connection from the environment, schema, idempotent batched ingest with
 * provenance, document removal, ingest ledger. All its Cypher lives in ./cypher.ts.
 */
export {
  openConnection,
  connectionConfigFromEnv,
  howToStart,
  explainNeo4jError,
  Neo4jUnavailableError,
  DEFAULT_URI,
  type Connection,
  type ConnectionConfig,
} from './connection.ts';
export { applySchema, type SchemaResult } from './schema.ts';
export { ingestGraph, ingestIfHeld, removeDocuments, DocumentNotFoundError, INGEST_DEFAULTS, type IngestOptions, type IngestProgress, type GraphSummary } from './ingest.ts';
export { readLedger, formatReport, type IngestReport, type FactCounts } from './ledger.ts';
export { graphCounts, deleteEverything, type GraphCounts } from './maintenance.ts';
export { prepareGraph } from './rows.ts';
