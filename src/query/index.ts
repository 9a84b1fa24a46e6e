/**
 * Questions over the Neo4j graph: the named ones in queries/*.cypher and ad-hoc read-only Cypher.
 * The viewer's server imports these (with openConnection from src/write).
 */
export { listQueries, getQuery, resolveParams, parseQueryFile, QueryCatalogError, QUERIES_DIR, type NamedQuery, type QueryParam } from './catalog.ts';
export {
  DEFAULT_READ_LIMITS,
  QueryTimeoutError,
  runLimited,
  runNamedQuery,
  runReadCypher,
  toPlain,
  WriteRefusedError,
  type QueryResult,
  type QueryTarget,
  type ReadLimits,
  type ReadOptions,
} from './run.ts';
export { csvLine, formatResult, formatTable, formatCsv, FORMATS, type Format } from './format.ts';
export { openConnection, type Connection } from '../write/connection.ts';
