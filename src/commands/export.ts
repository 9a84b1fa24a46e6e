import type { Command } from './command.ts';
import { EXIT } from './command.ts';
import { buildForCommand, jobsOf, JOBS_OPTION } from './build.ts';
import { writeExports } from '../export/index.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Extract the graph and write kg.json, kg.graphml, kg.gexf and kg.cypher into a folder.',
  usage: 'zhenjie export <files|folders…> [--out DIR] [--curation FILE] [--jobs N]',
  options: {
    out: { type: 'string', short: 'o', default: 'out', help: 'folder to write the exports into' },
    curation: { type: 'string', help: 'curation file (default graph/curation.yaml)' },
    jobs: JOBS_OPTION,
  },
  async run(positionals, values, io) {
    const { graph } = await buildForCommand(positionals, io, { curation: values.curation as string | undefined, jobs: jobsOf(values.jobs) });
    for (const file of (await writeExports(graph, String(values.out ?? 'out'))).files) io.err(`wrote ${file}`);
    return EXIT.ok;
  },
};
