/**
 * The viewer server: the built viewer and the JSON API over one knowledge graph, on loopback
 * unless told otherwise. `startServer` returns once it listens; `close()` stops it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KnowledgeGraph } from '../types.ts';
import { ROUTES, type ApiContext, type GraphSourceInfo } from './api.ts';
import { connectDatabase, type DatabaseState } from './database.ts';
import { GraphIndex } from './graph-index.ts';
import { checkPost, HttpError, SECURITY_HEADERS, sendError, sendJson } from './http.ts';
import { DEFAULTS, isLoopback, ServeOptions } from './options.ts';
import { serveStatic } from './static-files.ts';

export { DEFAULTS, isLoopback } from './options.ts';
export { loadGraphFile, buildFromInputs, GraphLoadError } from './load-graph.ts';
export { checkReadOnlyCypher } from '../query/cypher-guard.ts';
export { connectDatabase, type DatabaseState } from './database.ts';
export type { GraphSourceInfo } from './api.ts';

export interface RunningServer {
  url: string;
  port: number;
  context: ApiContext;
  /** The node:http server, for listeners of its own (access logs, tests). */
  http: Server;
  close(): Promise<void>;
}

/**
 * `database`: an already connected Neo4j (the serve command connects first to decide where the
 * graph comes from); otherwise one is tried here unless `useNeo4j` is false.
 */
export async function startServer(
  graph: KnowledgeGraph,
  source: GraphSourceInfo,
  options: ServeOptions = {},
  database?: DatabaseState,
): Promise<RunningServer> {
  const opts = ServeOptions.parse(options);
  const { db, reason: dbReason } =
    database ?? (opts.useNeo4j ? await connectDatabase(DEFAULTS.neo4jTimeoutMs) : { db: null, reason: 'not used (--offline)' });
  const context: ApiContext = { index: new GraphIndex(graph), source, db, dbReason };
  // Lay out and serialise before listening, so the page's first requests are answered at once.
  context.index.layout();
  context.index.skeleton();

  const server = createServer((req, res) => {
    handle(req, res, context, opts.viewerDist, opts.host).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, (error as Error).message ?? String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    context,
    http: server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await db?.close();
    },
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ApiContext,
  viewerDist: string,
  boundHost: string,
): Promise<void> {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  // On loopback, refuse other Host headers: a web page elsewhere cannot rebind a name to us.
  if (isLoopback(boundHost) && !isLoopbackHostHeader(req.headers.host)) {
    return sendError(res, 403, `Host '${req.headers.host}' refused: this server answers on loopback only`);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, `${req.method} not allowed here`);
    return serveStatic(viewerDist, url.pathname, res);
  }
  const matching = ROUTES.filter((r) => r.pattern.test(url.pathname));
  if (!matching.length) return sendError(res, 404, `no API endpoint ${url.pathname}`);
  const route = matching.find((r) => r.method === req.method);
  if (!route) return sendError(res, 405, `${req.method} not allowed on ${url.pathname}; use ${matching.map((r) => r.method).join(' or ')}`);
  const query: Record<string, string> = {};
  try {
    if (req.method === 'POST') checkPost(req);
  } catch (error) {
    if (error instanceof HttpError) return sendError(res, error.status, error.message);
    throw error;
  }
  for (const [key, value] of url.searchParams) {
    if (key in query) return sendError(res, 400, `${key}: given more than once`);
    query[key] = value;
  }
  try {
    sendJson(res, 200, await route.handle(ctx, url.pathname.match(route.pattern)!, query, req));
  } catch (error) {
    if (error instanceof HttpError) return sendError(res, error.status, error.message);
    throw error;
  }
}

function isLoopbackHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return isLoopback(name);
}
