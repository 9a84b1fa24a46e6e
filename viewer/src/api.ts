/**
 * The server's API as the viewer uses it. Responses are parsed with zod (api-schemas.ts, loaded
 * on demand): the page trusts what passed, and a server that speaks another contract gets a clear
 * error, not a blank graph. The three answers the first frame needs (meta, skeleton, layout) are
 * checked by hand in their shape first, so the graph is drawn without waiting for zod; `verifyBoot`
 * parses them with zod right after.
 */
import type * as Schemas from './api-schemas.ts';

export type Meta = import('zod').infer<typeof Schemas.Meta>;
export type QueryResult = import('zod').infer<typeof Schemas.QueryResult>;
export type NamedQuery = import('zod').infer<typeof Schemas.NamedQuery>;
export type Skeleton = import('zod').infer<typeof Schemas.Skeleton>;
export type SkeletonRelation = Skeleton['relations'][number];
export type NodeDetails = import('zod').infer<typeof Schemas.NodeDetails>;
export type EdgeDetails = import('zod').infer<typeof Schemas.EdgeDetails>;
export type Layout = import('zod').infer<typeof Schemas.Layout>;
export type AskAnswer = import('zod').infer<typeof Schemas.AskAnswer>;
type SchemaName = { [K in keyof typeof Schemas]: (typeof Schemas)[K] extends import('zod').ZodType ? K : never }[keyof typeof Schemas];

let schemasModule: Promise<typeof Schemas> | null = null;
export const loadSchemas = () => (schemasModule ??= import('./api-schemas.ts'));

/** An API error: the server's message and status (403 refused write, 503 no Neo4j, 400 bad input). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function fetchJson(path: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(path, init);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: string } | null)?.error ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

function parseWith<N extends SchemaName>(schemas: typeof Schemas, name: N, path: string, body: unknown): import('zod').output<(typeof Schemas)[N]> {
  const parsed = (schemas[name] as import('zod').ZodType).safeParse(body);
  if (!parsed.success) throw new ApiError(500, `unexpected answer from ${path}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as import('zod').output<(typeof Schemas)[N]>;
}

async function call<N extends SchemaName>(name: N, path: string, init?: RequestInit): Promise<import('zod').output<(typeof Schemas)[N]>> {
  const [body, schemas] = await Promise.all([fetchJson(path, init), loadSchemas()]);
  return parseWith(schemas, name, path, body);
}

/** A quick check of the shape the first frame relies on; the full check is `verifyBoot`. */
function expectShape(path: string, ok: boolean, what: string): void {
  if (!ok) throw new ApiError(500, `unexpected answer from ${path}: ${what}`);
}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const everyItem = (v: unknown, check: (item: Record<string, unknown>) => boolean) => Array.isArray(v) && v.every((item) => isObject(item) && check(item));
const str = (v: unknown) => typeof v === 'string';

async function bootMeta(): Promise<Meta> {
  const body = await fetchJson('api/meta');
  expectShape('api/meta', isObject(body) && str(body.version) && isObject(body.source) && isObject(body.counts) && isObject(body.neo4j), 'expected {source, version, counts, neo4j}');
  return body as Meta;
}

async function bootSkeleton(): Promise<Skeleton> {
  const body = await fetchJson('api/skeleton');
  expectShape('api/skeleton', isObject(body) && Array.isArray(body.documents), 'expected {documents, entities, relations}');
  const b = body as Record<string, unknown>;
  expectShape('api/skeleton', everyItem(b.entities, (e) => str(e.id) && str(e.type) && str(e.name) && Array.isArray(e.aliases)), 'entities must have id, type, name, aliases');
  expectShape('api/skeleton', everyItem(b.relations, (r) => str(r.id) && str(r.type) && str(r.from) && str(r.to)), 'relations must have id, type, from, to');
  return body as Skeleton;
}

async function bootLayout(): Promise<Layout> {
  const body = await fetchJson('api/layout');
  expectShape('api/layout', isObject(body) && str(body.version) && (body.positions === null || isObject(body.positions)), 'expected {version, positions}');
  return body as Layout;
}

/** The full zod check of the answers the page booted from (after the first frame). */
export async function verifyBoot(meta: Meta, skeleton: Skeleton, layout: Layout): Promise<void> {
  const schemas = await loadSchemas();
  parseWith(schemas, 'Meta', 'api/meta', meta);
  parseWith(schemas, 'Skeleton', 'api/skeleton', skeleton);
  parseWith(schemas, 'Layout', 'api/layout', layout);
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const api = {
  meta: bootMeta,
  graph: () => call('KnowledgeGraph', 'api/graph'),
  skeleton: bootSkeleton,
  node: (id: string) => call('NodeDetails', `api/nodes/${encodeURIComponent(id)}`),
  edge: (id: string) => call('EdgeDetails', `api/edges/${encodeURIComponent(id)}`),
  layout: bootLayout,
  namedQueries: () => call('NamedQueries', 'api/queries'),
  runNamed: (name: string, params: Record<string, unknown> = {}) => call('QueryResult', `api/queries/${encodeURIComponent(name)}`, post({ params })),
  cypher: (statement: string, params: Record<string, unknown> = {}) => call('QueryResult', 'api/cypher', post({ statement, params })),
  ask: (question: string) => call('AskAnswer', 'api/ask', post({ question })),
};
