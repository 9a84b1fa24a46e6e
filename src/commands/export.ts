import type { Command } from './command.ts';
import { EXIT } from './command.ts';
import { buildForCommand } from './build.ts';
import { writeExports } from '../export/index.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Extract the graph and write kg.json, kg.graphml, kg.gexf and kg.cypher into a folder.',
  usage: 'zhenjie export <files|folders…> [--out DIR] [--curation FILE]',
  options: {
    out: { type: 'string', short: 'o', default: 'out', help: 'folder to write the exports into' },
    curation: { type: 'string', help: 'curation file (default graph/curation.yaml)' },
  },
  async run(positionals, values, io) {
    const { graph } = await buildForCommand(positionals, io, values.curation as string | undefined);
    for (const file of writeExports(graph, String(values.out ?? 'out'))) io.err(`wrote ${file}`);
    return EXIT.ok;
  },
};
