/**
 * The first line of defence of ad-hoc Cypher (the console and `zhenjie cypher`): queries only.
 * A statement must be a query (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, a CALL of a read
 * procedure listed here, a CALL { subquery }), and may hold no clause that writes, no
 * administration command (SHOW, TERMINATE, CREATE USER…), no LOAD CSV and no procedure outside the
 * list. Neo4j's plan (EXPLAIN must call it read-only) and a READ transaction come after it; this
 * check is what refuses what EXPLAIN calls a read but is no query (`SHOW TRANSACTIONS YIELD …
 * TERMINATE TRANSACTIONS`), and it names what it refused.
 */

export type CypherVerdict = { ok: true } | { ok: false; reason: string };

const QUERIES_ONLY = 'this console runs queries only: MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL { … } and the read procedures';

/** Read procedures a query may call (schema look-ups and the full-text index). */
export const READ_PROCEDURES = [
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
];

/** Clauses that write: refused wherever they stand (`n.set` or `.create` is a property, not a clause). */
const WRITE_CLAUSES: Array<[RegExp, string]> = [
  [/(?<![.\w])CREATE\b/i, 'CREATE'],
  [/(?<![.\w])MERGE\b/i, 'MERGE'],
  [/(?<![.\w])DELETE\b/i, 'DELETE'],
  [/(?<![.\w])SET\b/i, 'SET'],
  [/(?<![.\w])REMOVE\b/i, 'REMOVE'],
  [/(?<![.\w])DROP\b/i, 'DROP'],
  [/(?<![.\w])ALTER\b/i, 'ALTER'],
  [/(?<![.\w])FOREACH\b/i, 'FOREACH'],
  [/(?<![.\w])IN\s+TRANSACTIONS\b/i, 'CALL … IN TRANSACTIONS'],
];

/** Commands that are no queries at all. */
const COMMANDS: Array<[RegExp, string]> = [
  [/(?<![.\w])LOAD\s+CSV\b/i, 'LOAD CSV reads files of the server, not the graph'],
  [/(?<![.\w])SHOW\b/i, 'SHOW is an administration command'],
  [/(?<![.\w])TERMINATE\b/i, 'TERMINATE ends other users’ work'],
  [/(?<![.\w])(GRANT|DENY|REVOKE)\b/i, 'privileges are administration'],
  [/(?<![.\w])(START|STOP)\s+DATABASE\b/i, 'starting and stopping databases is administration'],
  [/(?<![.\w])USE\b/i, 'USE switches databases'],
  [/(?<![.\w])(ENABLE|DEALLOCATE|REALLOCATE|RENAME)\b/i, 'server administration'],
];

/** The statement with string literals, quoted names and comments blanked out. */
function codeOnly(statement: string): string {
  return statement
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, "''");
}

const FIRST_CLAUSE = /^(MATCH|OPTIONAL\s+MATCH|WITH|UNWIND|RETURN|CALL)\b/i;

export function checkReadOnlyCypher(statement: string): CypherVerdict {
  const code = codeOnly(statement).trim();
  if (!code) return { ok: false, reason: 'the statement is empty' };
  if (/;\s*\S/.test(code)) return { ok: false, reason: 'one statement at a time (found a ";" followed by more)' };
  for (const [pattern, what] of COMMANDS) if (pattern.test(code)) return { ok: false, reason: `refused: ${what}; ${QUERIES_ONLY}` };
  for (const [pattern, name] of WRITE_CLAUSES) {
    if (pattern.test(code)) return { ok: false, reason: `refused: ${name} writes to the database; ${QUERIES_ONLY}` };
  }
  if (!FIRST_CLAUSE.test(code)) return { ok: false, reason: `refused: '${code.split(/\s+/)[0]}' does not start a query; ${QUERIES_ONLY}` };
  // Every procedure called must be a listed read (CALL { … } is a subquery, checked as the rest).
  for (const m of code.matchAll(/(?<![.\w])CALL\s+([A-Za-z_][\w.]*)/gi)) {
    const name = m[1]!;
    if (!READ_PROCEDURES.some((p) => p.toLowerCase() === name.toLowerCase())) {
      const writes = /^(apoc\.|dbms\.|db\.(create|index\.fulltext\.(create|drop)|clear|checkpoint))/i.test(name);
      return { ok: false, reason: `refused: the procedure ${name} ${writes ? 'writes or administers' : 'is not one this console calls'}; read procedures: ${READ_PROCEDURES.join(', ')}` };
    }
  }
  return { ok: true };
}
