/** The schema: applied twice without error, with the constraints and the CJK full-text index the writer and questions rely on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../src/types.ts';
import { applySchema, openConnection, type Connection } from '../../src/write/index.ts';
import { testConnection } from './graphs.ts';

let conn: Connection;
beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  await conn?.close();
});

const rows = async (statement: string) => (await conn.driver.executeQuery(statement)).records.map((r) => r.toObject());

describe('zhenjie schema', () => {
  it('is idempotent and creates a uniqueness constraint on id for each label and relationship type', async () => {
    await applySchema(conn);
    await applySchema(conn);
    const constraints = await rows('SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties RETURN *');
    const unique = (kind: string, name: string) =>
      constraints.some((c) => c.type.includes('UNIQUENESS') && c.entityType === kind && c.labelsOrTypes[0] === name && c.properties[0] === 'id');
    for (const label of ['Entity', 'Document', ...ENTITY_TYPES]) expect(unique('NODE', label), label).toBe(true);
    for (const type of RELATION_TYPES) expect(unique('RELATIONSHIP', type), type).toBe(true);
  });

  it('has a full-text index over names and aliases with the cjk analyzer, online', async () => {
    const [index] = await rows(
      "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options WHERE name = 'entity_names' RETURN *",
    );
    expect(index).toMatchObject({ state: 'ONLINE', labelsOrTypes: ['Entity'] });
    expect(index!.properties).toEqual(expect.arrayContaining(['name', 'aliases']));
    expect(index!.options.indexConfig['fulltext.analyzer']).toBe('cjk');
  });

  it('works through a neo4j:// routing URI too', async () => {
    const routed = await openConnection({ uri: conn.uri.replace(/^bolt:/, 'neo4j:'), maxRetryTimeMs: 5_000 });
    try {
      const { records } = await routed.driver.executeQuery('RETURN 1 AS one', {}, { database: routed.database });
      expect(records[0]!.get('one')).toBe(1);
    } finally {
      await routed.close();
    }
  });
});
