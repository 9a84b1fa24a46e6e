/**
 * A first, static line of defence for the read-only Cypher endpoint: refuse statements whose
 * clauses would write, before they reach Neo4j. The database then runs what passes in a READ
 * session (and checks the planned query type), so this check does not have to be perfect,
 * only clear: it names the clause that was refused.
 */

export type CypherVerdict = { ok: true } | { ok: false; reason: string };

// Clauses and procedures that change data, schema or the server.
const WRITE_CLAUSES: Array<[RegExp, string]> = [
  [/\bCREATE\b/i, 'CREATE'],
  [/\bMERGE\b/i, 'MERGE'],
  [/\bDELETE\b/i, 'DELETE'],
  [/\bSET\b/i, 'SET'],
  [/\bREMOVE\b/i, 'REMOVE'],
  [/\bDROP\b/i, 'DROP'],
  [/\bALTER\b/i, 'ALTER'],
  [/\bFOREACH\b/i, 'FOREACH'],
  [/\bLOAD\s+CSV\b/i, 'LOAD CSV'],
  [/\bIN\s+TRANSACTIONS\b/i, 'CALL … IN TRANSACTIONS'],
  [/\b(GRANT|DENY|REVOKE)\b/i, 'privilege administration'],
  [/\b(START|STOP)\s+DATABASE\b/i, 'database administration'],
  [/\bCALL\s+(apoc\.(create|merge|refactor|periodic|cypher\.(doIt|runWrite|runSchema)|trigger|nodes\.delete|atomic)|db\.(create|index\.fulltext\.(create|drop))|dbms\.)/i, 'a procedure that writes'],
];

/** The statement with string literals, quoted names and comments blanked out. */
function codeOnly(statement: string): string {
  return statement
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, "''");
}

export function checkReadOnlyCypher(statement: string): CypherVerdict {
  const code = codeOnly(statement).trim();
  if (!code) return { ok: false, reason: 'the statement is empty' };
  if (/;\s*\S/.test(code)) return { ok: false, reason: 'one statement at a time (found a ";" followed by more)' };
  for (const [pattern, name] of WRITE_CLAUSES) {
    if (pattern.test(code)) {
      return { ok: false, reason: `refused: ${name} writes to the database, and this endpoint is read-only` };
    }
  }
  return { ok: true };
}
