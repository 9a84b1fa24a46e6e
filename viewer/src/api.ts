/**
 * The server's API as the viewer uses it. Responses are parsed with zod: the page trusts
 * what passed, and a server that speaks another contract gets a clear error, not a blank graph.
 */
import { z } from 'zod';
import { DocumentMeta, Entity, KnowledgeGraph, Relation } from '../../src/types.ts';

export const Meta = z.object({
  source: z.object({ kind: z.enum(['export', 'build', 'neo4j']), label: z.string(), loadedAt: z.string() }),
  version: z.string(),
  counts: z.object({ entities: z.number(), relations: z.number(), documents: z.number() }),
  neo4j: z.union([
    z.object({ available: z.literal(true), uri: z.string() }),
    z.object({ available: z.literal(false), reason: z.string(), hint: z.string() }),
  ]),
});
export type Meta = z.infer<typeof Meta>;

const ResultNode = z.object({ id: z.string(), labels: z.array(z.string()), properties: z.record(z.string(), z.unknown()) });
const ResultRelationship = z.object({ id: z.string(), type: z.string(), start: z.string(), end: z.string(), properties: z.record(z.string(), z.unknown()) });
export const QueryResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  nodes: z.array(ResultNode),
  relationships: z.array(ResultRelationship),
});
export type QueryResult = z.infer<typeof QueryResult>;

const NamedQuery = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  params: z.array(z.object({ name: z.string(), default: z.unknown(), description: z.string() })),
  cypher: z.string(),
});
export type NamedQuery = z.infer<typeof NamedQuery>;
/** /api/skeleton: the graph without provenance; details come per node or relation. */
export const Skeleton = z.object({
  documents: z.array(DocumentMeta),
  entities: z.array(Entity.pick({ id: true, type: true, name: true, aliases: true })),
  relations: z.array(Relation.pick({ id: true, type: true, from: true, to: true, props: true })),
});
export type Skeleton = z.infer<typeof Skeleton>;
export type SkeletonRelation = Skeleton['relations'][number];

const EntitySummary = z.object({ id: z.string(), type: z.string(), name: z.string() });
export const NodeDetails = z.object({
  entity: Entity,
  degree: z.number(),
  neighbours: z.array(z.object({ relation: Relation, direction: z.enum(['out', 'in']), other: EntitySummary })),
  documents: z.array(DocumentMeta),
});
export type NodeDetails = z.infer<typeof NodeDetails>;
export const EdgeDetails = z.object({ relation: Relation, from: EntitySummary, to: EntitySummary, documents: z.array(DocumentMeta) });
export type EdgeDetails = z.infer<typeof EdgeDetails>;

export const Layout = z.object({
  version: z.string(),
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])).nullable(),
});

export const NamedQueries = z.object({ queries: z.array(NamedQuery) });

/** An API error: the server's message and status (403 refused write, 503 no Neo4j, 400 bad input). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T extends z.ZodType>(schema: T, path: string, init?: RequestInit): Promise<z.output<T>> {
  const response = await fetch(path, init);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: string } | null)?.error ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(500, `unexpected answer from ${path}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const api = {
  meta: () => call(Meta, 'api/meta'),
  graph: () => call(KnowledgeGraph, 'api/graph'),
  skeleton: () => call(Skeleton, 'api/skeleton'),
  node: (id: string) => call(NodeDetails, `api/nodes/${encodeURIComponent(id)}`),
  edge: (id: string) => call(EdgeDetails, `api/edges/${encodeURIComponent(id)}`),
  layout: () => call(Layout, 'api/layout'),
  namedQueries: () => call(NamedQueries, 'api/queries'),
  runNamed: (name: string, params: Record<string, unknown> = {}) => call(QueryResult, `api/queries/${encodeURIComponent(name)}`, post({ params })),
  cypher: (statement: string, params: Record<string, unknown> = {}) => call(QueryResult, 'api/cypher', post({ statement, params })),
};
