import type { Command } from './command.ts';
import { EXIT, UserError } from './command.ts';
import { formatReport, removeDocuments } from '../write/index.ts';
import { progressPrinter, withNeo4j } from './neo4j-support.ts';

export const removeCommand: Command = {
  name: 'remove',
  summary: 'Take documents out of Neo4j with every fact that only they supported.',
  usage: 'zhenjie remove <document…> [--dry-run]   (a document id, path, file name or title)',
  options: {
    'dry-run': { type: 'boolean', default: false, help: 'print what would be removed, remove nothing' },
  },
  async run(positionals, values, io) {
    if (positionals.length === 0) throw new UserError('name the documents to remove (id, path, file name or title)', EXIT.usage);
    const report = await withNeo4j((conn) => removeDocuments(conn, positionals, { dryRun: Boolean(values['dry-run']), onProgress: progressPrinter(io) }));
    io.out(formatReport(report));
    return EXIT.ok;
  },
};
