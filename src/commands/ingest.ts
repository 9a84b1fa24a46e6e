import path from 'node:path';
import type { Command } from './command.ts';
import { EXIT } from './command.ts';
import { buildForCommand } from './build.ts';
import { writeExports } from '../export/index.ts';
import { formatReport, ingestGraph, readLedger, INGEST_DEFAULTS } from '../write/index.ts';
import { positiveInteger, progressPrinter, withNeo4j } from './neo4j-support.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Extract the graph and write it into Neo4j (idempotent; only changed documents are written).',
  usage: 'zhenjie ingest <files|folders…> [--batch-size N] [--dry-run] [--out DIR] [--cache DIR|none] [--curation FILE] | zhenjie ingest --history',
  options: {
    'batch-size': { type: 'string', default: String(INGEST_DEFAULTS.batchSize), help: 'rows per UNWIND batch (one transaction each)' },
    'dry-run': { type: 'boolean', default: false, help: 'print what would change, write nothing' },
    out: { type: 'string', short: 'o', default: 'out', help: 'folder for the exports (kg.json, …), written even when Neo4j is down' },
    curation: { type: 'string', help: 'curation file (default graph/curation.yaml)' },
    cache: { type: 'string', help: "extraction cache: unchanged files are not extracted again (default <out>/cache; 'none' for none)" },
    history: { type: 'boolean', default: false, help: 'print the ingest ledger (past runs) and exit' },
  },
  async run(positionals, values, io) {
    if (values.history) {
      const runs = await withNeo4j(readLedger);
      io.out(runs.map((r) => JSON.stringify(r)).join('\n') || '(no runs yet)');
      return EXIT.ok;
    }
    const batchSize = positiveInteger('batch-size', values['batch-size']);
    const out = String(values.out ?? 'out');
    const cache = values.cache === undefined ? path.join(out, 'cache') : values.cache === 'none' ? undefined : String(values.cache);
    const { graph, inputDigest } = await buildForCommand(positionals, io, values.curation as string | undefined, cache);
    // The exports come first, so a user whose Neo4j is down still gets the graph.
    for (const file of writeExports(graph, out)) io.err(`wrote ${file}`);
    const report = await withNeo4j(async (conn) => {
      io.err(`neo4j: ${values['dry-run'] ? 'planning (dry run) against' : 'writing to'} ${conn.uri}`);
      try {
        return await ingestGraph(conn, graph, { batchSize, dryRun: Boolean(values['dry-run']), onProgress: progressPrinter(io), ...(inputDigest ? { inputDigest } : {}) });
      } catch (error) {
        // Batches already committed stay; documents not finished are rewritten by the next run.
        io.err('neo4j: the ingest stopped part-way; the open batch was rolled back. Run the same command again to finish: it converges to the graph of a clean run.');
        throw error;
      }
    });
    io.out(formatReport(report));
    return report.problems.length ? EXIT.failed : EXIT.ok;
  },
};
