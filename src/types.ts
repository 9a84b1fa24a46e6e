/**
 * The hand-off types of the pipeline, as zod schemas; TypeScript types come from `z.infer`.
 * read → segment → extract → resolve → graph → write/export → query/view.
 *
 * `KnowledgeGraph` is the public JSON contract (stdout of `zhenjie extract --format json`),
 * documented in the README. Change it only by adding optional fields.
 */
import { z } from 'zod';

/** Entity types of the ontology. Other values (Person, District, …) are allowed too. */
export const CORE_ENTITY_TYPES = ['Official', 'Street', 'Project', 'Enterprise', 'Program'] as const;
export const ENTITY_TYPES = [...CORE_ENTITY_TYPES, 'Person', 'District'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

/** Relation types of the ontology; see graph/ontology.json for their endpoints. */
export const RELATION_TYPES = [
  'HEADS', // Official -> Street   (props.title)
  'SERVES_IN', // Official -> District (district-level officials; props.title)
  'RUNS', // Street -> Project
  'IMPLEMENTS', // Street -> Program
  'INVOLVES', // Project -> Enterprise
  'LOCATED_IN', // Enterprise|Project -> Street
  'PART_OF', // Street -> District
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

export const DocumentMeta = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().optional(),
  date: z.string().optional(),
  partial: z.boolean().optional(),
  path: z.string().optional(),
  chars: z.number().int().nonnegative(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** A document as read: metadata plus its original text (offsets index into `text`). */
export const SourceDocument = DocumentMeta.extend({ text: z.string() });
export type SourceDocument = z.infer<typeof SourceDocument>;

export const Mention = z.object({
  doc: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof Mention>;

export const Evidence = Mention.extend({ text: z.string() });
export type Evidence = z.infer<typeof Evidence>;

const Props = z.record(z.string(), z.unknown());

export const Entity = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  props: Props,
  mentions: z.array(Mention),
});
export type Entity = z.infer<typeof Entity>;

export const Relation = z.object({
  id: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  props: Props,
  evidence: z.array(Evidence),
});
export type Relation = z.infer<typeof Relation>;

export const KnowledgeGraph = z.object({
  documents: z.array(DocumentMeta),
  entities: z.array(Entity),
  relations: z.array(Relation),
});
export type KnowledgeGraph = z.infer<typeof KnowledgeGraph>;

/** A problem found on the way (unreadable file, bad curation entry); collected, not thrown. */
export interface Problem {
  file?: string;
  message: string;
}
