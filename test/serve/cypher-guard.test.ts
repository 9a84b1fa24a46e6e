import { describe, expect, it } from 'vitest';
import { checkReadOnlyCypher } from '../../src/query/cypher-guard.ts';

describe('checkReadOnlyCypher', () => {
  it('lets reads through, including write words inside strings, names and comments', () => {
    for (const statement of [
      'MATCH (s:Street)-[:IMPLEMENTS]->(p:Program) RETURN s.name, p.name',
      "MATCH (n) WHERE n.name CONTAINS 'CREATE' RETURN n",
      'MATCH (n) RETURN n.`set` AS x',
      'MATCH (n) /* DELETE */ RETURN n',
      'CALL db.labels() YIELD label RETURN label',
      'MATCH (n) RETURN n;',
      'MATCH (n:Entity) WHERE n.name = "MERGE" RETURN count(n)',
      'MATCH (n) WHERE n.set = 1 AND n.create IS NULL RETURN n.show',
      "CALL db.index.fulltext.queryNodes('entity_names', '新塘') YIELD node RETURN node.name",
      'UNWIND [1, 2] AS x RETURN x',
      'CALL { MATCH (n) RETURN n LIMIT 1 } RETURN n',
    ]) {
      expect({ statement, verdict: checkReadOnlyCypher(statement) }).toEqual({ statement, verdict: { ok: true } });
    }
  });

  it('refuses clauses and procedures that write, naming them', () => {
    const cases: Array<[string, string]> = [
      ['create (n)', 'CREATE'],
      ['MATCH (n) SET n.x = 1', 'SET'],
      ['MATCH (n) DETACH DELETE n', 'DELETE'],
      ['MERGE (n:X {id: 1})', 'MERGE'],
      ['MATCH (n) REMOVE n.x', 'REMOVE'],
      ['DROP INDEX x', 'DROP'],
      ['MATCH (n) FOREACH (x IN [1] | SET n.y = x)', 'SET'],
      ["LOAD CSV FROM 'file:///x' AS l RETURN l", 'LOAD CSV reads files'],
      ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "SET n.x = 1", {})', 'apoc.periodic.iterate writes or administers'],
      ['CALL dbms.security.createUser("x", "y")', 'dbms.security.createUser writes or administers'],
      ['CALL dbms.listConfig() YIELD name RETURN name', 'dbms.listConfig writes or administers'],
      ['CALL db.ping()', 'db.ping is not one this console calls'],
    ];
    for (const [statement, clause] of cases) {
      const verdict = checkReadOnlyCypher(statement);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toContain(clause);
    }
  });

  it('refuses what is no query, though EXPLAIN calls some of it a read: SHOW, TERMINATE, USE, administration', () => {
    const cases: Array<[string, string]> = [
      ['SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id', 'SHOW is an administration command'],
      ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', 'TERMINATE'],
      ['SHOW SETTINGS', 'SHOW'],
      ['show databases', 'SHOW'],
      ['USE system MATCH (n) RETURN n', 'USE switches databases'],
      ['GRANT ROLE reader TO bob', 'privileges'],
      ['PROFILE MATCH (n) RETURN n', 'does not start a query'],
    ];
    for (const [statement, why] of cases) {
      const verdict = checkReadOnlyCypher(statement);
      expect({ statement, ok: verdict.ok }).toEqual({ statement, ok: false });
      if (!verdict.ok) {
        expect(verdict.reason).toContain(why);
        expect(verdict.reason).toContain('queries only');
      }
    }
  });

  it('refuses empty input and several statements', () => {
    expect(checkReadOnlyCypher('  // only a comment').ok).toBe(false);
    expect(checkReadOnlyCypher('MATCH (n) RETURN n; MATCH (m) RETURN m').ok).toBe(false);
  });
});
