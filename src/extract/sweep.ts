/**
 * The corpus sweep: names found by a strong pattern in one document are recognised in every
 * other. Runs as a second, cheap pass (no jieba): one scan of the text with the names indexed by
 * their first character, then attribution of what it found.
 */
import type { DocContext, EntityCandidate, KnownName } from './context.ts';
import { extractAttribution } from './attribution.ts';
import { CodePairMap } from './word-scanner.ts';

/** Shortest name of each type the sweep trusts without word boundaries. */
const MIN_LENGTH: Record<string, number> = { Official: 2, Street: 3, Program: 4, Project: 4, Enterprise: 3 };

export interface SweepIndex {
  /** Names by their first two UTF-16 code units (every swept name has at least two), longest first. */
  byFirst: CodePairMap<{ surface: string; name: KnownName }[]>;
  /** Marks the code units that start a known name: a cheap test before the map. */
  firstCodes: Uint8Array;
}

/** Index the corpus's strong names once for all documents. */
export function indexKnownNames(known: KnownName[]): SweepIndex {
  const byFirst = new CodePairMap<{ surface: string; name: KnownName }[]>();
  const firstCodes = new Uint8Array(65536);
  for (const k of known) {
    const min = MIN_LENGTH[k.type];
    if (min === undefined) continue;
    for (const surface of new Set([k.name, ...k.aliases])) {
      if (surface.length < min) continue;
      const list = byFirst.get(surface.charCodeAt(0), surface.charCodeAt(1));
      if (list) list.push({ surface, name: k });
      else byFirst.set(surface.charCodeAt(0), surface.charCodeAt(1), [{ surface, name: k }]);
      firstCodes[surface.charCodeAt(0)] = 1;
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  return { byFirst, firstCodes };
}

/**
 * Add the known names found in `ctx` that extraction had not found there, and attribute them.
 * Returns the new entities; their relations are appended to `ctx.relations`.
 */
export function sweepKnownNames(ctx: DocContext, index: SweepIndex): EntityCandidate[] {
  const { text } = ctx;
  // The types each name was found as (names are strings already made: no key to build per look-up).
  const found = new Map<string, string[]>();
  for (const e of ctx.entities) {
    const types = found.get(e.name);
    if (!types) found.set(e.name, [e.type]);
    else if (!types.includes(e.type)) types.push(e.type);
  }
  const added: EntityCandidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (index.firstCodes[text.charCodeAt(i)] === 0) continue;
    const list = index.byFirst.at(text, i);
    if (!list) continue;
    for (const { surface, name } of list) {
      if (!text.startsWith(surface, i)) continue;
      const end = i + surface.length;
      if (found.get(name.name)?.includes(name.type) || ctx.isExcluded(i)) break;
      if (ctx.overlapped(i, end)) break;
      const candidate: EntityCandidate = { type: name.type, name: name.name, start: i, end, aliases: surface === name.name ? [] : [surface] };
      ctx.addEntity(candidate);
      added.push(candidate);
      i = end - 1;
      break;
    }
  }
  if (added.length === 0) return added;
  const before = ctx.relations.length;
  extractAttribution.run(ctx);
  const fresh = new Set(added);
  const kept = ctx.relations.slice(before).filter((r) => added.some((a) => fresh.has(a) && a.type === r.to.type && a.name === r.to.name));
  ctx.relations.splice(before, ctx.relations.length - before, ...kept);
  return added;
}
