import type { Command } from './command.ts';
import { EXIT, UserError } from './command.ts';
import { csvLine, DEFAULT_READ_LIMITS, formatTable, runReadCypher, type QueryResult } from '../query/index.ts';
import { parseParams, withNeo4j } from './neo4j-support.ts';
import { checkFormat } from './query.ts';

export const cypherCommand: Command = {
  name: 'cypher',
  summary: 'Run ad-hoc read-only Cypher against Neo4j (queries only; writes and administration are refused).',
  usage: "zhenjie cypher '<statement>' [--param k=v …] [--format table|json|csv] [--max-rows N]",
  options: {
    param: { type: 'string', short: 'p', multiple: true, help: 'a parameter, NAME=VALUE (repeatable): 3 is an integer, 1.5 a float, true/false a boolean, "3" (quoted) and anything else a string' },
    format: { type: 'string', short: 'f', default: 'table', help: 'table, json or csv (json and csv print rows as they come)' },
    'max-rows': { type: 'string', default: String(DEFAULT_READ_LIMITS.maxRows), help: `stop after this many rows (default ${DEFAULT_READ_LIMITS.maxRows}); the rest is not fetched` },
  },
  async run(positionals, values, io) {
    if (positionals.length !== 1) throw new UserError("give one statement, quoted: zhenjie cypher 'MATCH (s:Street) RETURN s.name'", EXIT.usage);
    const format = checkFormat(values.format);
    const maxRows = Number(values['max-rows']);
    if (!Number.isInteger(maxRows) || maxRows < 1) throw new UserError(`--max-rows: give a whole number ≥ 1 (got '${values['max-rows']}')`, EXIT.usage);
    // JSON and CSV print each row as it arrives: a big answer shows as it comes, in bounded memory.
    let printed = 0;
    const onRow =
      format === 'table'
        ? undefined
        : (row: Record<string, unknown>, columns: string[]) => {
            if (format === 'csv') io.out(printed === 0 ? `${csvLine(columns)}\n${csvLine(columns, row)}` : csvLine(columns, row));
            else io.out(`${printed === 0 ? '[' : ','}\n${JSON.stringify(row)}`);
            printed++;
          };
    const result: QueryResult = await withNeo4j((conn) =>
      runReadCypher(conn, positionals[0]!, parseParams(values.param as string[] | undefined, true), { limits: { maxRows, maxBytes: Number.POSITIVE_INFINITY }, onRow }),
    );
    if (format === 'table') io.out(formatTable(result));
    else if (format === 'json') io.out(printed === 0 ? '[]' : '\n]');
    else if (printed === 0) io.out(csvLine(result.columns));
    if (result.truncated) io.err(`zhenjie cypher: ${result.message}`);
    return EXIT.ok;
  },
};
