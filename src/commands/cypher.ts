import type { Command } from './command.ts';
import { EXIT, UserError } from './command.ts';
import { formatResult, runReadCypher } from '../query/index.ts';
import { parseParams, withNeo4j } from './neo4j-support.ts';
import { checkFormat } from './query.ts';

export const cypherCommand: Command = {
  name: 'cypher',
  summary: 'Run ad-hoc read-only Cypher against Neo4j (writes are refused).',
  usage: "zhenjie cypher '<statement>' [--param k=v …] [--format table|json|csv]",
  options: {
    param: { type: 'string', short: 'p', multiple: true, help: 'a parameter, NAME=VALUE (repeatable; values are strings)' },
    format: { type: 'string', short: 'f', default: 'table', help: 'table, json or csv' },
  },
  async run(positionals, values, io) {
    if (positionals.length !== 1) throw new UserError("give one statement, quoted: zhenjie cypher 'MATCH (s:Street) RETURN s.name'", EXIT.usage);
    const format = checkFormat(values.format);
    const result = await withNeo4j((conn) => runReadCypher(conn, positionals[0]!, parseParams(values.param as string[] | undefined)));
    io.out(formatResult(result, format));
    return EXIT.ok;
  },
};
