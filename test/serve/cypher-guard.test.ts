import { describe, expect, it } from 'vitest';
import { checkReadOnlyCypher } from '../../src/serve/cypher-guard.ts';

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
      ["LOAD CSV FROM 'file:///x' AS l RETURN l", 'LOAD CSV'],
      ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "SET n.x = 1", {})', 'a procedure that writes'],
      ['CALL dbms.security.createUser("x", "y")', 'a procedure that writes'],
    ];
    for (const [statement, clause] of cases) {
      const verdict = checkReadOnlyCypher(statement);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toContain(clause);
    }
  });

  it('refuses empty input and several statements', () => {
    expect(checkReadOnlyCypher('  // only a comment').ok).toBe(false);
    expect(checkReadOnlyCypher('MATCH (n) RETURN n; MATCH (m) RETURN m').ok).toBe(false);
  });
});
