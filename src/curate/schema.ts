/**
 * The curation file (graph/curation.yaml or .json): corrections that survive re-extraction.
 * An entity is named `Type/Name` (`Program/一网统管`) or `{ type, name }`.
 */
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES } from '../types.ts';

/** A type of the ontology (graph/ontology.json, src/types.ts): a typo is an error, not a new label. */
const EntityTypeName = z.enum(ENTITY_TYPES, { error: (issue) => `unknown type ${JSON.stringify(issue.input)}; the types are ${ENTITY_TYPES.join(', ')}` });
const RelationTypeName = z.enum(RELATION_TYPES, { error: (issue) => `unknown relation type ${JSON.stringify(issue.input)}; the types are ${RELATION_TYPES.join(', ')}` });

const REF_FORM = 'expected "Type/Name", e.g. "Street/新塘街道", or { type, name }';

export const EntityRef = z.union(
  [
    z
      .string()
      .regex(/^[A-Za-z]+\/.+$/, REF_FORM)
      .refine((ref) => (ENTITY_TYPES as readonly string[]).includes(ref.split('/')[0]!), {
        error: (issue) => `unknown type in ${JSON.stringify(issue.input)}; the types are ${ENTITY_TYPES.join(', ')}`,
      }),
    z.object({ type: EntityTypeName, name: z.string().min(1) }).strict(),
  ],
  { error: () => REF_FORM },
);
export type EntityRef = z.infer<typeof EntityRef>;

const Props = z.record(z.string(), z.unknown());

export const Curation = z
  .object({
    aliases: z.array(z.object({ entity: EntityRef, add: z.array(z.string().min(1)).min(1) }).strict()).default([]),
    merge: z.array(z.object({ from: EntityRef, into: EntityRef, note: z.string().optional() }).strict()).default([]),
    reject: z
      .array(z.union([EntityRef, z.object({ entity: EntityRef, reason: z.string().optional() }).strict()]))
      .default([]),
    rejectRelations: z
      .array(z.object({ type: RelationTypeName, from: EntityRef, to: EntityRef, reason: z.string().optional() }).strict())
      .default([]),
    retype: z.array(z.object({ entity: EntityRef, to: EntityTypeName }).strict()).default([]),
    props: z.array(z.object({ entity: EntityRef, set: Props }).strict()).default([]),
    facts: z
      .object({
        entities: z
          .array(z.object({ type: EntityTypeName, name: z.string().min(1), aliases: z.array(z.string()).default([]), props: Props.default({}) }).strict())
          .default([]),
        relations: z
          .array(
            z
              .object({ type: RelationTypeName, from: EntityRef, to: EntityRef, props: Props.default({}), source: z.string().optional() })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .default({ entities: [], relations: [] }),
  })
  .strict()
  .superRefine((c, ctx) => {
    // A into B and B into A (or a longer ring) leaves nothing to merge into: named as the cycle it is.
    const ref = (r: EntityRef) => (typeof r === 'string' ? r : `${r.type}/${r.name}`);
    const into = new Map(c.merge.map((m) => [ref(m.from), ref(m.into)]));
    c.merge.forEach((m, i) => {
      const ring = [ref(m.from)];
      for (let next = into.get(ring[0]!); next !== undefined && ring.length <= into.size; next = into.get(next)) {
        ring.push(next);
        if (next === ring[0]) {
          ctx.addIssue({ code: 'custom', path: ['merge', i], message: `a cycle of merges: ${ring.join(' → ')}; merge each into one that is merged into nothing` });
          return;
        }
      }
    });
  });
export type Curation = z.infer<typeof Curation>;
