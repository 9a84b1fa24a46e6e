/**
 * Questions over the Neo4j graph: the named ones in queries/*.cypher and ad-hoc read-only Cypher.
 * The viewer's server imports these (with openConnection from src/write).
 */
export { listQueries, getQuery, resolveParams, parseQueryFile, QueryCatalogError, QUERIES_DIR, type NamedQuery, type QueryParam } from './catalog.ts';
export { runNamedQuery, runReadCypher, toPlain, WriteRefusedError, type QueryResult, type QueryTarget } from './run.ts';
export { formatResult, formatTable, formatCsv, FORMATS, type Format } from './format.ts';
export { openConnection, type Connection } from '../write/connection.ts';
