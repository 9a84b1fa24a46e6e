/**
 * The curation file (graph/curation.yaml or .json): corrections that survive re-extraction.
 * An entity is named `Type/Name` (`Program/一网统管`) or `{ type, name }`.
 */
import { z } from 'zod';

export const EntityRef = z.union([
  z.string().regex(/^[A-Za-z]+\/.+$/, 'expected "Type/Name", e.g. "Street/新塘街道"'),
  z.object({ type: z.string().min(1), name: z.string().min(1) }).strict(),
]);
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
      .array(z.object({ type: z.string().min(1), from: EntityRef, to: EntityRef, reason: z.string().optional() }).strict())
      .default([]),
    retype: z.array(z.object({ entity: EntityRef, to: z.string().min(1) }).strict()).default([]),
    props: z.array(z.object({ entity: EntityRef, set: Props }).strict()).default([]),
    facts: z
      .object({
        entities: z
          .array(z.object({ type: z.string().min(1), name: z.string().min(1), aliases: z.array(z.string()).default([]), props: Props.default({}) }).strict())
          .default([]),
        relations: z
          .array(
            z
              .object({ type: z.string().min(1), from: EntityRef, to: EntityRef, props: Props.default({}), source: z.string().optional() })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .default({ entities: [], relations: [] }),
  })
  .strict();
export type Curation = z.infer<typeof Curation>;
