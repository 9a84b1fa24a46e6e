import type { Command } from './command.ts';
import { EXIT } from './command.ts';
import { applySchema } from '../write/index.ts';
import { withNeo4j } from './neo4j-support.ts';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Apply the Neo4j schema (constraints, name and full-text indexes); safe to run again.',
  usage: 'zhenjie schema',
  options: {},
  async run(_positionals, _values, io) {
    const { statements } = await withNeo4j((conn) => {
      io.err(`neo4j: applying the schema at ${conn.uri}`);
      return applySchema(conn);
    });
    io.err(`neo4j: schema in place (${statements.length} statements, each IF NOT EXISTS)`);
    io.out(statements.map((s) => s.replace(/\s+/g, ' ').trim() + ';').join('\n'));
    return EXIT.ok;
  },
};
