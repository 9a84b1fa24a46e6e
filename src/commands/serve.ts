/**
 * `zhenjie serve`: the viewer and its API over the latest export (out/kg.json), a given
 * graph file, or a graph built on the spot from files (`--build`, what `npm start` does).
 */
import { z } from 'zod';
import { buildFromInputs, DEFAULTS, GraphLoadError, isLoopback, loadGraphFile, startServer } from '../serve/index.ts';
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
    host: { type: 'string', help: 'address to bind; anything but loopback exposes the graph to the network', default: DEFAULTS.host },
    port: { type: 'string', help: 'port (or the PORT environment variable)', default: String(DEFAULTS.port) },
    offline: { type: 'boolean', help: 'do not try Neo4j; serve the JSON graph only' },
  },
  async run(positionals, values, io) {
    const parsed = Flags.safeParse({ ...values, port: values.port ?? process.env.PORT });
    if (!parsed.success) throw new UserError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '), EXIT.usage);
    const flags = parsed.data;
    if (flags.graph && flags.build) throw new UserError('give --graph or --build, not both', EXIT.usage);
    if (positionals.length && !flags.build) throw new UserError(`unexpected argument '${positionals[0]}' (use --build to build from files)`, EXIT.usage);

    let loaded;
    try {
      loaded = flags.build
        ? await buildFromInputs([...flags.build, ...positionals], (p) => io.err(`warning: ${p.file ? p.file + ': ' : ''}${p.message}`))
        : await loadGraphFile(flags.graph ?? DEFAULTS.graphPath);
    } catch (error) {
      if (error instanceof GraphLoadError) throw new UserError(error.message, EXIT.input);
      throw error;
    }
    await ensureViewerBuilt(io.err);

    if (!isLoopback(flags.host)) {
      io.err(`warning: listening on ${flags.host}: anyone who can reach this machine can read the graph and run read-only Cypher`);
    }
    const server = await startServer(loaded.graph, loaded.source, {
      host: flags.host,
      port: flags.port,
      viewerDist: VIEWER_DIST,
      useNeo4j: !flags.offline,
    });
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
