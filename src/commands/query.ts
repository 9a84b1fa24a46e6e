import type { Command } from './command.ts';
import { EXIT, UserError } from './command.ts';
import { FORMATS, formatResult, listQueries, runNamedQuery, type Format } from '../query/index.ts';
import { asUserError, parseParams, withNeo4j } from './neo4j-support.ts';

export function checkFormat(value: unknown): Format {
  const format = String(value ?? 'table');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(`unknown --format '${format}' (${FORMATS.join(', ')})`, EXIT.usage);
  return format as Format;
}

function catalog(): string {
  let queries;
  try {
    queries = listQueries();
  } catch (error) {
    throw asUserError(error);
  }
  return queries
    .map((q) => [`${q.name}: ${q.title}`, `  ${q.description}`, ...q.params.map((p) => `  --param ${p.name}=${JSON.stringify(p.default)}  ${p.description}`)].join('\n'))
    .join('\n\n');
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'Run a named question from queries/ against Neo4j (--list shows them).',
  usage: 'zhenjie query <name> [--param k=v …] [--format table|json|csv] | zhenjie query --list',
  options: {
    list: { type: 'boolean', short: 'l', default: false, help: 'list the questions with their parameters' },
    param: { type: 'string', short: 'p', multiple: true, help: 'a parameter, NAME=VALUE (repeatable)' },
    format: { type: 'string', short: 'f', default: 'table', help: 'table, json or csv' },
  },
  async run(positionals, values, io) {
    if (values.list) {
      io.out(catalog());
      return EXIT.ok;
    }
    const [name, ...extra] = positionals;
    if (!name || extra.length) throw new UserError(`name one question (zhenjie query --list shows them)`, EXIT.usage);
    const format = checkFormat(values.format);
    const params = parseParams(values.param as string[] | undefined);
    const result = await withNeo4j((conn) => runNamedQuery(conn, name, params));
    io.out(formatResult(result, format));
    return EXIT.ok;
  },
};
