/**
 * The zod schemas of the server's answers. Loaded on demand (a chunk of its own): the first
 * frame does not wait for zod; see api.ts.
 */
import { z } from 'zod';
import { DocumentMeta, Entity, KnowledgeGraph, Relation } from '../../src/types.ts';

export { KnowledgeGraph };

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
  /** Cut at a limit of the server (rows, bytes): `message` says how to get more. */
  truncated: z.boolean().optional(),
  message: z.string().optional(),
});
export type QueryResult = z.infer<typeof QueryResult>;

export const NamedQuery = z.object({
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

/** POST /api/ask: the answer to a question in Chinese (docs/ask.md), rows by name. */
export const AskAnswer = z.object({
  question: z.string(),
  understood: z.boolean(),
  intent: z.string().nullable(),
  entities: z.array(z.object({ mention: z.string(), id: z.string(), type: z.string(), name: z.string() })),
  query: z.string().nullable(),
  cypher: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  rows: z.array(z.record(z.string(), z.unknown())),
  answer: z.string(),
  /** Only when not understood: the kinds of question, an example (or two, split by " / ") each. */
  examples: z.array(z.object({ kind: z.string(), example: z.string() })).optional(),
});
