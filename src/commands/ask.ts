import type { Command } from './command.ts';
import { EXIT, UserError } from './command.ts';
import { askQuestion, lexiconFromNeo4j, type AskResult, type ReadRunner } from '../ask/index.ts';
import { formatTable, runReadCypher } from '../query/index.ts';
import { withNeo4j } from './neo4j-support.ts';

/** The answer line, the rows, then the Cypher (with its parameters) that a user may run themselves. */
function asTable(r: AskResult): string {
  const parts = [r.answer];
  if (r.rows.length) parts.push('', formatTable({ columns: Object.keys(r.rows[0]!), rows: r.rows, ms: 0 }));
  if (r.cypher) parts.push('', `-- ${r.query ? `named question '${r.query}', ` : ''}params ${JSON.stringify(r.params)}`, r.cypher);
  return parts.join('\n');
}

export const askCommand: Command = {
  name: 'ask',
  summary: 'Ask a question in Chinese (哪些街道都在推进一网统管?); answers from Neo4j and shows the Cypher it ran.',
  usage: "zhenjie ask '<question>' [--format table|json]",
  options: {
    format: { type: 'string', short: 'f', default: 'table', help: 'table (answer, rows, Cypher) or json' },
  },
  async run(positionals, values, io) {
    const format = String(values.format ?? 'table');
    if (format !== 'table' && format !== 'json') throw new UserError(`unknown --format '${format}' (table, json)`, EXIT.usage);
    const question = positionals.join(' ').trim();
    if (!question) throw new UserError("give a question, quoted: zhenjie ask '新塘有哪些项目'", EXIT.usage);
    if (question.length > 200) throw new UserError('a question is at most 200 characters', EXIT.usage);
    const { result } = await withNeo4j(async (conn) => {
      const run: ReadRunner = (cypher, params) => runReadCypher(conn, cypher, params);
      const names: ReadRunner = (cypher, params) => runReadCypher(conn, cypher, params, { limits: { maxRows: Number.POSITIVE_INFINITY, maxBytes: Number.POSITIVE_INFINITY, timeoutMs: 600_000 } });
      return askQuestion(question, await lexiconFromNeo4j(names), run);
    });
    io.out(format === 'json' ? JSON.stringify(result, null, 2) : asTable(result));
    return result.understood ? EXIT.ok : EXIT.usage;
  },
};
