import type { Command } from './command.ts';
import { EXIT, UserError } from './command.ts';
import { buildForCommand, jobsOf, JOBS_OPTION } from './build.ts';
import { toJson, toGraphml, toGexf, toCypher } from '../export/index.ts';
import { summaryTable } from './table.ts';

const FORMATS: Record<string, (kg: Parameters<typeof toJson>[0]) => string> = {
  json: toJson,
  table: summaryTable,
  graphml: toGraphml,
  gexf: toGexf,
  cypher: toCypher,
};

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract the graph from files or folders and print it (JSON contract on stdout).',
  usage: 'zhenjie extract <files|folders…> [--format json|table|graphml|gexf|cypher] [--curation FILE] [--jobs N]',
  options: {
    format: { type: 'string', short: 'f', default: 'json', help: 'output format: json, table, graphml, gexf, cypher' },
    curation: { type: 'string', help: 'curation file (default graph/curation.yaml)' },
    jobs: JOBS_OPTION,
  },
  async run(positionals, values, io) {
    const format = String(values.format ?? 'json');
    const write = FORMATS[format];
    if (!write) throw new UserError(`unknown --format '${format}' (json, table, graphml, gexf, cypher)`, EXIT.usage);
    const { graph } = await buildForCommand(positionals, io, { curation: values.curation as string | undefined, jobs: jobsOf(values.jobs) });
    io.out(write(graph));
    return EXIT.ok;
  },
};
