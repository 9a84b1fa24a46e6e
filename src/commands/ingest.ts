import path from 'node:path';
import type { Command } from './command.ts';
import { EXIT } from './command.ts';
import { buildForCommand, jobsOf, JOBS_OPTION } from './build.ts';
import { EXPORT_FORMATS, writeExports } from '../export/index.ts';
import { formatReport, ingestGraph, ingestIfHeld, readLedger, INGEST_DEFAULTS } from '../write/index.ts';
import { identifyInputs } from '../pipeline.ts';
import { listInputFiles } from '../read/index.ts';
import { currentRecord, exportReuse, readRecord, writeRecord } from './inputs-record.ts';
import { positiveInteger, progressPrinter, withNeo4j } from './neo4j-support.ts';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Extract the graph and write it into Neo4j (idempotent; only changed documents are written).',
  usage: 'zhenjie ingest <files|folders…> [--batch-size N] [--dry-run] [--out DIR] [--cache DIR|none] [--curation FILE] [--jobs N] | zhenjie ingest --history',
  options: {
    'batch-size': { type: 'string', default: String(INGEST_DEFAULTS.batchSize), help: 'rows per UNWIND batch, one transaction each (a write of at most this many rows in all: one transaction)' },
    'dry-run': { type: 'boolean', default: false, help: 'print what would change, write nothing' },
    out: { type: 'string', short: 'o', default: 'out', help: 'folder for the exports (kg.json, …, and a hidden spare of each that the next run writes over), written even when Neo4j is down' },
    curation: { type: 'string', help: 'curation file (default graph/curation.yaml)' },
    jobs: JOBS_OPTION,
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
    const curation = values.curation as string | undefined;
    const dryRun = Boolean(values['dry-run']);
    const jobs = jobsOf(values.jobs);
    // Inputs unchanged since the run that wrote the exports, and Neo4j holds their graph: done.
    // Listed once, for the digest and the build.
    const listed = positionals.length > 0 ? listInputFiles(positionals) : undefined;
    const { digest, identified } = cache ? identifyInputs(positionals, { ...(curation ? { curationPath: curation } : {}), cacheDir: cache, ...(listed ? { listed } : {}) }) : {};
    const recorded = digest ? readRecord(out) : null;
    const record = digest ? currentRecord(recorded, digest) : null;
    if (digest && record) {
      const held = await withNeo4j((conn) => ingestIfHeld(conn, digest, record, { batchSize, dryRun }));
      if (held) {
        io.err(`inputs unchanged since the exports in ${out} were written (${record.documents.length} documents); Neo4j holds their graph`);
        io.out(formatReport(held));
        return EXIT.ok;
      }
    }
    const build = await buildForCommand(positionals, io, { ...(curation ? { curation } : {}), ...(cache ? { cacheDir: cache } : {}), ...(jobs ? { jobs } : {}), ...(listed ? { listed } : {}), ...(identified ? { identified } : {}) });
    const { graph, inputDigest, changes, problems } = build;
    const writeOut = async () => {
      // Articles added to the graph the exports were written from: the files keep the bytes of what did not change.
      // Each file replaced is kept as a spare that the next run writes over (export/splice.ts).
      const { files: exported, index } = await writeExports(graph, out, EXPORT_FORMATS, exportReuse(recorded, build), { spare: true });
      for (const file of exported) io.err(`wrote ${file}`);
      // A run with unreadable files says so every time: only a clean build is recorded.
      if (inputDigest && problems.length === 0) {
        writeRecord(out, { inputDigest, exports: exported, documents: graph.documents.map((d) => d.id), entities: graph.entities.length, relations: graph.relations.length, index });
      }
    };
    // Neo4j and the exports (500 MB for 20,000 articles) are written at once: the exports yield to
    // the event loop between pieces, so the driver sends each statement while they are written. Neo4j
    // starts first; the exports are written whatever becomes of it, so a user whose Neo4j is down
    // still gets the graph.
    const writing = withNeo4j(async (conn) => {
      io.err(`neo4j: ${dryRun ? 'planning (dry run) against' : 'writing to'} ${conn.uri}`);
      try {
        return await ingestGraph(conn, graph, { batchSize, dryRun, onProgress: progressPrinter(io), ...(inputDigest ? { inputDigest } : {}), ...(changes ? { changes } : {}) });
      } catch (error) {
        // Batches already committed stay; documents not finished are rewritten by the next run.
        io.err('neo4j: the ingest stopped part-way; the open batch was rolled back. Run the same command again to finish: it converges to the graph of a clean run.');
        throw error;
      }
    });
    const exporting = writeOut().then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    let report;
    try {
      report = await writing;
    } finally {
      const failed = await exporting;
      if (failed) throw failed.error;
    }
    io.out(formatReport(report));
    return report.problems.length ? EXIT.failed : EXIT.ok;
  },
};
