/**
 * `zhenjie serve`: the viewer and its API. The graph comes from, in order: files built on the
 * spot (`--build`, what `npm start` does), a given graph file (`--graph`), Neo4j when one is
 * reachable and holds a graph, else the latest export (out/kg.json).
 */
import { z } from 'zod';
import {
  buildFromInputs,
  connectDatabase,
  DEFAULTS,
  GraphLoadError,
  isLoopback,
  loadGraphFile,
  startServer,
  type DatabaseState,
  type GraphSourceInfo,
} from '../serve/index.ts';
import type { KnowledgeGraph, Problem } from '../types.ts';
import { ensureViewerBuilt, VIEWER_DIST } from '../serve/viewer-bundle.ts';
import { EXIT, UserError, type Command } from './command.ts';

const Flags = z.object({
  graph: z.string().optional(),
  build: z.array(z.string()).optional(),
  host: z.string().min(1).default(DEFAULTS.host),
  port: z.coerce
    .number({ message: 'the port is a number' })
    .int()
    .min(0)
    .max(65535, 'ports go up to 65535')
    .default(DEFAULTS.port),
  offline: z.boolean().default(false),
});

export const serveCommand: Command = {
  name: 'serve',
  summary: 'open the graph in a web viewer (sigma.js) with a JSON API, on 127.0.0.1:5178',
  usage: 'zhenjie serve [--graph out/kg.json | --build <files|folders>…] [--host H] [--port N]',
  options: {
    graph: { type: 'string', help: `graph JSON to serve (default: the latest export, ${DEFAULTS.graphPath})` },
    build: { type: 'string', multiple: true, help: 'build the graph from these files/folders first (repeatable)' },
    host: { type: 'string', help: `address to bind (default: ${DEFAULTS.host}); anything but loopback exposes the graph to the network` },
    port: { type: 'string', help: `port (default: PORT from the environment, else ${DEFAULTS.port})` },
    offline: { type: 'boolean', help: 'do not try Neo4j; serve the JSON graph only' },
  },
  async run(positionals, values, io) {
    const parsed = Flags.safeParse({ ...values, port: values.port ?? process.env.PORT });
    if (!parsed.success) throw new UserError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '), EXIT.usage);
    const flags = parsed.data;
    if (flags.graph && flags.build) throw new UserError('give --graph or --build, not both', EXIT.usage);
    if (positionals.length && !flags.build) throw new UserError(`unexpected argument '${positionals[0]}' (use --build to build from files)`, EXIT.usage);

    const database: DatabaseState = flags.offline
      ? { db: null, reason: 'not used (--offline)' }
      : await connectDatabase(DEFAULTS.neo4jTimeoutMs);
    let loaded: { graph: KnowledgeGraph; source: GraphSourceInfo };
    try {
      loaded = await chooseGraph(flags, positionals, database, io.err);
    } catch (error) {
      await database.db?.close();
      if (error instanceof GraphLoadError) throw new UserError(error.message, EXIT.input);
      throw error;
    }
    await ensureViewerBuilt(io.err);

    if (!isLoopback(flags.host)) {
      io.err(`warning: listening on ${flags.host}: anyone who can reach this machine can read the graph and run read-only Cypher`);
    }
    let server;
    try {
      server = await startServer(loaded.graph, loaded.source, { host: flags.host, port: flags.port, viewerDist: VIEWER_DIST }, database);
    } catch (error) {
      await database.db?.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UserError(`port ${flags.port} on ${flags.host} is in use: stop what runs there, or pick another with --port (or PORT)`, EXIT.usage);
      if (code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UserError(`cannot listen on ${flags.host}:${flags.port} (${code})`, EXIT.usage);
      throw error;
    }
    const { counts, db, dbReason } = { counts: server.context.index.counts(), db: server.context.db, dbReason: server.context.dbReason };
    io.err(`graph: ${loaded.source.label}: ${counts.entities} entities, ${counts.relations} relations`);
    io.err(db ? `Neo4j: ${db.uri} (Cypher console and named questions on)` : `Neo4j: off (${dbReason}); Cypher console needs \`npm run neo4j\``);
    io.out(`zhenjie viewer on ${server.url}`);

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    io.err('stopping …');
    await server.close();
    return EXIT.ok;
  },
};

async function chooseGraph(
  flags: z.output<typeof Flags>,
  positionals: string[],
  database: DatabaseState,
  warn: (line: string) => void,
): Promise<{ graph: KnowledgeGraph; source: GraphSourceInfo }> {
  const report = (p: Problem) => warn(`warning: ${p.file ? p.file + ': ' : ''}${p.message}`);
  if (flags.build) return buildFromInputs([...flags.build, ...positionals], report);
  if (flags.graph) return loadGraphFile(flags.graph);
  if (database.db) {
    try {
      const graph = await database.db.readGraph();
      if (graph.entities.length) {
        return { graph, source: { kind: 'neo4j', label: `Neo4j ${database.db.uri}`, loadedAt: new Date().toISOString() } };
      }
      warn(`Neo4j at ${database.db.uri} holds no graph yet (\`zhenjie ingest graph/corpus\`); showing the export`);
    } catch (error) {
      warn(`warning: could not read the graph from Neo4j (${(error as Error).message}); showing the export`);
    }
  }
  return loadGraphFile(DEFAULTS.graphPath);
}
