/**
 * The JSON API: a table of routes, each with a zod schema for its parameters. Bad parameters
 * get 400 with a message naming the parameter; user input reaches Cypher only as parameters
 * of named questions and of /api/ask's fixed statements, or as the whole read-only statement of
 * /api/cypher, never concatenated.
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { ENTITY_TYPES } from '../types.ts';
import { QueryCatalogError, QueryTimeoutError, WriteRefusedError } from '../query/index.ts';
import { checkReadOnlyCypher } from '../query/cypher-guard.ts';
import { NEO4J_NEEDED, neo4jNeeded, type GraphDatabase } from './database.ts';
import { UnknownEntityError, type GraphIndex } from './graph-index.ts';
import { describeZodError, HttpError, RawJson, readJsonBody } from './http.ts';
import { answerQuestion } from './ask.ts';

export interface GraphSourceInfo {
  kind: 'export' | 'build' | 'neo4j';
  /** One line for the page: where the graph comes from. */
  label: string;
  loadedAt: string;
}

export interface ApiContext {
  index: GraphIndex;
  source: GraphSourceInfo;
  db: GraphDatabase | null;
  /** Why there is no database (shown on the page and in 503s). */
  dbReason: string;
}

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle(ctx: ApiContext, match: RegExpMatchArray, query: Record<string, string>, req: IncomingMessage): Promise<unknown>;
}

const list = z
  .string()
  .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean));

/** Entity types, comma-separated: an unknown one is a 400 naming the known ones. */
const typeList = list.pipe(z.array(z.enum(ENTITY_TYPES, { error: () => `known types: ${ENTITY_TYPES.join(', ')}` })));

/** A path segment as sent: a malformed percent-escape is the client's error (400), not ours. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `malformed percent-escape in '${segment}'`);
  }
}

const GraphQuery = z.strictObject({
  types: typeList.optional(),
  street: z.string().min(1).optional(),
  program: z.string().min(1).optional(),
});

const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'give a search text').max(200),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  types: typeList.optional(),
});

const NoQuery = z.strictObject({});

const Params = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are identifiers'), z.unknown());

const NamedQueryBody = z.strictObject({ params: Params.default({}) });

const CypherBody = z.strictObject({
  statement: z.string().trim().min(1, 'give a Cypher statement').max(10_000),
  params: Params.default({}),
});

const AskBody = z.strictObject({
  question: z.string().trim().min(1, 'give a question').max(200),
});

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, describeZodError(result.error));
  return result.data;
}

function requireDb(ctx: ApiContext): GraphDatabase {
  if (!ctx.db) throw new HttpError(503, neo4jNeeded(ctx.dbReason));
  return ctx.db;
}

/** Errors from Neo4j: a refused write is 403, a bad statement or parameter 400, anything else 502. */
async function fromDatabase<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    const message = (error as Error).message ?? String(error);
    // WriteRefusedError also carries Cypher syntax errors ("Cypher error: …"): those are 400.
    if (error instanceof WriteRefusedError) throw new HttpError(/^refused/i.test(message) ? 403 : 400, message);
    if (error instanceof QueryCatalogError) throw new HttpError(400, message); // a bad parameter value
    if (error instanceof QueryTimeoutError) throw new HttpError(504, message);
    if ((error as { code?: string }).code?.startsWith('Neo.ClientError')) throw new HttpError(400, message);
    throw new HttpError(502, `Neo4j: ${message}`);
  }
}

export const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/meta$/,
    async handle(ctx, _m, query) {
      parse(NoQuery, query);
      return {
        source: ctx.source,
        version: ctx.index.version,
        counts: ctx.index.counts(),
        neo4j: ctx.db ? { available: true, uri: ctx.db.uri } : { available: false, reason: ctx.dbReason, hint: NEO4J_NEEDED },
      };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/graph$/,
    async handle(ctx, _m, query) {
      const filter = parse(GraphQuery, query);
      if (!filter.types?.length && !filter.street && !filter.program) return new RawJson(ctx.index.wholeGraphJson());
      try {
        return ctx.index.filter(filter);
      } catch (error) {
        if (error instanceof UnknownEntityError) throw new HttpError(400, error.message);
        throw error;
      }
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/skeleton$/,
    async handle(ctx, _m, query) {
      parse(NoQuery, query);
      return new RawJson(ctx.index.skeleton());
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/layout$/,
    async handle(ctx, _m, query) {
      parse(NoQuery, query);
      return { version: ctx.index.version, positions: ctx.index.layout() };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/nodes\/([^/]+)$/,
    async handle(ctx, match, query) {
      parse(NoQuery, query);
      const id = decodeSegment(match[1]!);
      const details = ctx.index.node(id);
      if (!details) throw new HttpError(404, `no node with id '${id}'`);
      return details;
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/edges\/([^/]+)$/,
    async handle(ctx, match, query) {
      parse(NoQuery, query);
      const id = decodeSegment(match[1]!);
      const details = ctx.index.edge(id);
      if (!details) throw new HttpError(404, `no relation with id '${id}'`);
      return details;
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/search$/,
    async handle(ctx, _m, query) {
      const { q, limit, types } = parse(SearchQuery, query);
      return { query: q, hits: ctx.index.search(q, limit, types) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/queries$/,
    async handle(ctx, _m, query) {
      parse(NoQuery, query);
      const db = requireDb(ctx);
      return { queries: await db.listQueries() };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/queries\/([A-Za-z0-9_-]+)$/,
    async handle(ctx, match, query, req) {
      parse(NoQuery, query);
      const { params } = parse(NamedQueryBody, await readJsonBody(req));
      const db = requireDb(ctx);
      const name = match[1]!;
      const known = await db.listQueries();
      if (!known.some((q) => q.name === name)) {
        throw new HttpError(404, `no named question '${name}'; known: ${known.map((q) => q.name).join(', ')}`);
      }
      return fromDatabase(() => db.runNamedQuery(name, params));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/cypher$/,
    async handle(ctx, _m, query, req) {
      parse(NoQuery, query);
      const { statement, params } = parse(CypherBody, await readJsonBody(req));
      // Refuse writes before anything else, so the answer is the same with or without Neo4j.
      const verdict = checkReadOnlyCypher(statement);
      if (!verdict.ok) throw new HttpError(403, verdict.reason);
      const db = requireDb(ctx);
      // A page that goes away (closed, reloaded) ends its statement on the server too.
      const gone = new AbortController();
      const onClose = () => gone.abort();
      req.socket.once('close', onClose);
      try {
        return await fromDatabase(() => db.runReadCypher(statement, params, gone.signal));
      } finally {
        req.socket.off('close', onClose);
      }
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/ask$/,
    async handle(ctx, _m, query, req) {
      parse(NoQuery, query);
      const { question } = parse(AskBody, await readJsonBody(req));
      const gone = new AbortController();
      const onClose = () => gone.abort();
      req.socket.once('close', onClose);
      try {
        return await fromDatabase(() => answerQuestion(ctx.index, question, () => requireDb(ctx), gone.signal));
      } finally {
        req.socket.off('close', onClose);
      }
    },
  },
];
