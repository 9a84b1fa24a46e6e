/**
 * `zhenjie serve`: the viewer and its API. The graph comes from, in order: files built on the
 * spot (`--build`, what `npm start` does), a given graph file (`--graph`), Neo4j (`--from-neo4j`
 * insists on it; without a flag, Neo4j when one is reachable and holds a graph), else the latest
 * export (out/kg.json). The page's header says which.
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
import { JOBS_OPTION } from './build.ts';

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
  'from-neo4j': z.boolean().default(false),
  jobs: z.coerce.number({ message: 'the jobs are a number' }).int().min(1, 'at least one job').optional(),
});

export const serveCommand: Command = {
  name: 'serve',
  summary: `Open the graph in a web viewer (sigma.js) with its JSON API, on http://${DEFAULTS.host}:${DEFAULTS.port}/.`,
  usage: 'zhenjie serve [--build <files|folders>… [--jobs N] | --graph FILE | --from-neo4j] [--offline] [--host H] [--port N]',
  options: {
    build: { type: 'string', multiple: true, help: 'build the graph from these files or folders first (repeatable; what `npm start` does)' },
    jobs: { ...JOBS_OPTION, help: `with --build: ${JOBS_OPTION.help}` },
    graph: { type: 'string', help: `a graph JSON file to serve (without --build or --from-neo4j: Neo4j if it holds a graph, else ${DEFAULTS.graphPath})` },
    'from-neo4j': { type: 'boolean', help: 'serve the graph held in Neo4j (what `zhenjie ingest` wrote); fail if Neo4j is down or empty' },
    offline: { type: 'boolean', help: 'never try Neo4j: the JSON graph only, no Cypher console' },
    host: { type: 'string', default: DEFAULTS.host, help: 'address to bind; anything but loopback exposes the graph to the network' },
    port: { type: 'string', help: `port (default: PORT from the environment, else ${DEFAULTS.port})` },
  },
  async run(positionals, values, io) {
    const parsed = Flags.safeParse({ ...values, port: values.port ?? process.env.PORT });
    if (!parsed.success) throw new UserError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '), EXIT.usage);
    const flags = parsed.data;
    if ([flags.graph, flags.build, flags['from-neo4j']].filter(Boolean).length > 1) throw new UserError('give one of --build, --graph and --from-neo4j', EXIT.usage);
    if (flags['from-neo4j'] && flags.offline) throw new UserError('--from-neo4j needs Neo4j: leave out --offline', EXIT.usage);
    if (flags.jobs !== undefined && !flags.build) throw new UserError('--jobs goes with --build', EXIT.usage);
    if (positionals.length && !flags.build) throw new UserError(`unexpected argument '${positionals[0]}' (use --build to build from files)`, EXIT.usage);

    const database: DatabaseState = flags.offline
      ? { db: null, reason: 'not used (--offline)' }
      : await connectDatabase(DEFAULTS.neo4jTimeoutMs);
    if (flags['from-neo4j'] && !database.db) {
      throw new UserError(`${database.reason}: start it with \`npm run neo4j\` (or \`docker compose up -d\`), or serve a file with --graph`, EXIT.database);
    }
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
    io.err(db ? `Neo4j: ${db.uri} (Cypher console and named questions on)` : flags.offline ? 'Neo4j: not used (--offline)' : `Neo4j: ${dbReason.replace(/^Neo4j /, '')}; for the Cypher console, run \`npm run neo4j\` and restart`);
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
  if (flags.build) return buildFromInputs([...flags.build, ...positionals], report, flags.jobs);
  if (flags.graph) return loadGraphFile(flags.graph);
  if (flags['from-neo4j']) {
    const graph = await database.db!.readGraph();
    if (!graph.entities.length) throw new GraphLoadError(`Neo4j at ${database.db!.uri} holds no graph yet: run \`zhenjie ingest graph/corpus\` first`);
    return { graph, source: neo4jSource(database.db!.uri) };
  }
  if (database.db) {
    try {
      const graph = await database.db!.readGraph();
      if (graph.entities.length) {
        return { graph, source: neo4jSource(database.db.uri) };
      }
      warn(`Neo4j at ${database.db.uri} holds no graph yet (\`zhenjie ingest graph/corpus\`); showing the export`);
    } catch (error) {
      warn(`warning: could not read the graph from Neo4j (${(error as Error).message}); showing the export`);
    }
  }
  return loadGraphFile(DEFAULTS.graphPath);
}

function neo4jSource(uri: string): GraphSourceInfo {
  return { kind: 'neo4j', label: `Neo4j ${uri} (the ingested graph)`, loadedAt: new Date().toISOString() };
}
