/**
 * The gold annotation format (see test/gold/README.md), as a zod schema, and its loader.
 * Gold files are hand-written from the texts, independently of the extractor.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

/** Entity types that are scored and macro-averaged. */
export const SCORED_ENTITY_TYPES = ['Official', 'Street', 'Project', 'Enterprise', 'Program'] as const;
/** Relation types that are scored and macro-averaged; others are reported only. */
export const SCORED_RELATION_TYPES = ['HEADS', 'RUNS', 'IMPLEMENTS', 'INVOLVES'] as const;

export const GOLD_ENTITY_TYPES = [...SCORED_ENTITY_TYPES, 'Person', 'District'] as const;
export const GOLD_RELATION_TYPES = [...SCORED_RELATION_TYPES, 'SERVES_IN', 'LOCATED_IN', 'PART_OF'] as const;

const nonEmpty = z.string().trim().min(1);

export const GoldEntity = z
  .object({
    type: z.enum(GOLD_ENTITY_TYPES),
    name: nonEmpty,
    aliases: z.array(nonEmpty).optional(),
    optional: z.boolean().optional(),
    altTypes: z.array(z.enum(GOLD_ENTITY_TYPES)).optional(),
    note: z.string().optional(),
    title: z.string().optional(),
    role: z.string().optional(),
    investment: z.number().positive().optional(),
  })
  .strict();
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldRelation = z
  .object({
    type: z.enum(GOLD_RELATION_TYPES),
    from: nonEmpty,
    to: nonEmpty,
    optional: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldChecks = z
  .object({
    heads: z.number().int().nonnegative().optional(),
    sharedPrograms: z.record(z.string(), z.number().int().positive()).optional(),
  })
  .strict();
export type GoldChecks = z.infer<typeof GoldChecks>;

const ENDPOINTS: Record<(typeof GOLD_RELATION_TYPES)[number], [string[], string[]]> = {
  HEADS: [['Official'], ['Street']],
  SERVES_IN: [['Official'], ['District']],
  RUNS: [['Street'], ['Project']],
  IMPLEMENTS: [['Street'], ['Program']],
  INVOLVES: [['Project'], ['Enterprise']],
  LOCATED_IN: [['Enterprise', 'Project'], ['Street']],
  PART_OF: [['Street'], ['District']],
};

export const GoldDoc = z
  .object({
    doc: nonEmpty,
    notes: z.string().optional(),
    checks: GoldChecks.optional(),
    entities: z.array(GoldEntity),
    relations: z.array(GoldRelation),
  })
  .strict()
  .superRefine((gold, ctx) => {
    const byName = new Map<string, GoldEntity>();
    gold.entities.forEach((e, i) => {
      const prev = byName.get(e.name);
      if (prev)
        ctx.addIssue({
          code: 'custom',
          path: ['entities', i, 'name'],
          message:
            prev.type === e.type
              ? `duplicate entity ${e.type} "${e.name}"`
              : `name "${e.name}" is used for two types (${prev.type}, ${e.type}); relations could not tell them apart`,
        });
      else byName.set(e.name, e);
    });
    const seen = new Set<string>();
    gold.relations.forEach((r, i) => {
      const [fromTypes, toTypes] = ENDPOINTS[r.type];
      const from = byName.get(r.from);
      const to = byName.get(r.to);
      if (!from) ctx.addIssue({ code: 'custom', path: ['relations', i, 'from'], message: `unknown entity "${r.from}"` });
      if (!to) ctx.addIssue({ code: 'custom', path: ['relations', i, 'to'], message: `unknown entity "${r.to}"` });
      if (from && !fromTypes.includes(from.type))
        ctx.addIssue({ code: 'custom', path: ['relations', i, 'from'], message: `${r.type} cannot start at a ${from.type}` });
      if (to && !toTypes.includes(to.type))
        ctx.addIssue({ code: 'custom', path: ['relations', i, 'to'], message: `${r.type} cannot end at a ${to.type}` });
      if (!r.optional && ((from && from.optional) || (to && to.optional)))
        ctx.addIssue({
          code: 'custom',
          path: ['relations', i],
          message: `a required relation needs required endpoints (${r.from} -> ${r.to})`,
        });
      const key = `${r.type}|${r.from}|${r.to}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['relations', i], message: `duplicate relation ${key}` });
      seen.add(key);
    });
    if (gold.checks?.sharedPrograms) {
      for (const p of Object.keys(gold.checks.sharedPrograms)) {
        const e = byName.get(p);
        if (!e || e.type !== 'Program')
          ctx.addIssue({ code: 'custom', path: ['checks', 'sharedPrograms', p], message: `"${p}" is not a Program of this file` });
      }
    }
  });
export type GoldDoc = z.infer<typeof GoldDoc>;

/** Parse and validate one gold file; throws an Error naming the file and each problem. */
export function parseGold(text: string, file = '<gold>'): GoldDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: invalid JSON: ${(err as Error).message}`);
  }
  const parsed = GoldDoc.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  at ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${file}: invalid gold file\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function loadGoldFile(path: string): GoldDoc {
  const gold = parseGold(readFileSync(path, 'utf8'), path);
  const expected = `${docStem(gold.doc)}.json`;
  if (basename(path) !== expected) throw new Error(`${path}: "doc" is ${gold.doc}, so the file should be named ${expected}`);
  return gold;
}

/** All gold files of a directory, keyed by document stem (file name without extension). */
export function loadGoldDir(dir: string): Map<string, GoldDoc> {
  const out = new Map<string, GoldDoc>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = loadGoldFile(join(dir, f));
    out.set(docStem(gold.doc), gold);
  }
  return out;
}

/** `a/b/01-x.txt` -> `01-x`. Documents map to gold files by this stem. */
export function docStem(pathOrName: string): string {
  const base = pathOrName.split(/[\\/]/).pop() ?? pathOrName;
  return base.replace(/\.(txt|md|html?)$/i, '');
}
