/**
 * Scoring a predicted KnowledgeGraph against gold annotations. Pure: no I/O.
 *
 * Per document: entities are matched by type + normalised name/aliases, one-to-one; relations by
 * type + matched endpoints. See test/gold/README.md for the rules.
 */
import type { Entity, KnowledgeGraph, Relation } from '../../src/types.ts';
import { SCORED_ENTITY_TYPES, SCORED_RELATION_TYPES, type GoldDoc, type GoldEntity } from './gold.ts';

// ---------------------------------------------------------------- normalisation

const QUOTES = /[“”‘’"'「」『』《》〈〉]/g;
const DOTS = /[·・•‧･∙⋅]/g;

/** Light normalisation of a name for matching (same for gold and prediction). */
export function normalizeName(name: string, type?: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '').replace(QUOTES, '').replace(DOTS, '').toLowerCase();
  if (type === 'Project' && s.length > 4 && s.endsWith('项目')) s = s.slice(0, -2);
  return s;
}

function keysOf(type: string, name: string, aliases: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const n of [name, ...aliases]) {
    const k = normalizeName(n, type);
    if (k) out.add(k);
  }
  return out;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

// ---------------------------------------------------------------- result types

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface Macro {
  precision: number;
  recall: number;
  f1: number;
  /** The types averaged (those with anything in gold or prediction). */
  types: string[];
}

export interface EntityError {
  doc: string;
  type: string;
  name: string;
  /** For false positives: `duplicate of X`, `not in gold`, `gold type is T`. */
  reason?: string;
}
export interface RelationError {
  doc: string;
  type: string;
  from: string;
  to: string;
  reason?: string;
}
export interface InfoMismatch {
  doc: string;
  type: string;
  name: string;
  field: string;
  gold: unknown;
  predicted: unknown;
}
export interface SharedProgramCheck {
  doc: string;
  program: string;
  min: number;
  /** Gold streets linked by IMPLEMENTS to the best single predicted node of the program. */
  streets: string[];
  /** How many predicted nodes the program is split into. */
  nodes: number;
  ok: boolean;
}
export interface HeadsCheck {
  doc: string;
  expected: number;
  found: number;
  missing: string[];
  ok: boolean;
}

export interface Score {
  docs: string[];
  entities: Record<string, Prf>;
  relations: Record<string, Prf>;
  macro: { entities: Macro; relations: Macro };
  falsePositives: { entities: EntityError[]; relations: RelationError[] };
  falseNegatives: { entities: EntityError[]; relations: RelationError[] };
  /** Predictions that matched an optional or alternative-typed gold item (not counted). */
  neutral: { entities: EntityError[]; relations: RelationError[] };
  info: InfoMismatch[];
  checks: { heads: HeadsCheck[]; sharedPrograms: SharedProgramCheck[] };
}

// ---------------------------------------------------------------- arithmetic

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Unweighted mean over the given types that have anything in gold or prediction. */
export function macro(table: Record<string, Prf>, types: readonly string[]): Macro {
  const used = types.filter((t) => table[t] && table[t].tp + table[t].fp + table[t].fn > 0);
  if (used.length === 0) return { precision: 1, recall: 1, f1: 1, types: [] };
  const mean = (f: (p: Prf) => number) => used.reduce((s, t) => s + f(table[t]), 0) / used.length;
  return { precision: mean((p) => p.precision), recall: mean((p) => p.recall), f1: mean((p) => p.f1), types: used };
}

function bump(table: Record<string, Counts>, type: string, field: keyof Counts, n = 1): void {
  (table[type] ??= { tp: 0, fp: 0, fn: 0 })[field] += n;
}

function finish(counts: Record<string, Counts>, scored: readonly string[]): Record<string, Prf> {
  const out: Record<string, Prf> = {};
  const order = [...scored, ...Object.keys(counts).filter((t) => !scored.includes(t)).sort()];
  for (const t of order) out[t] = prf(counts[t] ?? { tp: 0, fp: 0, fn: 0 });
  return out;
}

// ---------------------------------------------------------------- projection

/** The part of a (possibly multi-document) graph that belongs to one document. */
export function projectToDoc(graph: KnowledgeGraph, docId: string): { entities: Entity[]; relations: Relation[] } {
  const entities = graph.entities.filter((e) => e.mentions.some((m) => m.doc === docId));
  const inDoc = new Set(entities.map((e) => e.id));
  const relations = graph.relations.filter((r) =>
    r.evidence.length > 0 ? r.evidence.some((ev) => ev.doc === docId) : inDoc.has(r.from) && inDoc.has(r.to),
  );
  return { entities, relations };
}

// ---------------------------------------------------------------- one document

interface Match {
  gold: number; // index into gold.entities
  kind: 'tp' | 'duplicate' | 'neutral';
}

export interface DocInput {
  gold: GoldDoc;
  entities: Entity[];
  relations: Relation[];
}

/**
 * Score one document. `entities`/`relations` are the predictions for that document (see
 * `projectToDoc`); relations may point at entities outside the list (they then count as wrong).
 */
export function scoreDocument(input: DocInput): Score {
  const { gold } = input;
  const doc = gold.doc;
  const ents: Record<string, Counts> = {};
  const rels: Record<string, Counts> = {};
  const fpE: EntityError[] = [];
  const fnE: EntityError[] = [];
  const neuE: EntityError[] = [];
  const fpR: RelationError[] = [];
  const fnR: RelationError[] = [];
  const neuR: RelationError[] = [];
  const info: InfoMismatch[] = [];

  const gKeys = gold.entities.map((g) => keysOf(g.type, g.name, g.aliases));
  const gIndex = new Map(gold.entities.map((g, i) => [g.name, i]));
  for (const t of SCORED_ENTITY_TYPES) ents[t] ??= { tp: 0, fp: 0, fn: 0 };
  for (const t of SCORED_RELATION_TYPES) rels[t] ??= { tp: 0, fp: 0, fn: 0 };

  // Deduplicate predictions by id (a graph should not repeat ids, but be safe).
  const preds = [...new Map(input.entities.map((e) => [e.id, e])).values()];
  const pKeys = preds.map((p) => keysOf(p.type, p.name, p.aliases));
  const pNameKey = preds.map((p) => normalizeName(p.name, p.type));

  // 1. one-to-one assignment against required gold of the same type, best matches first.
  const pairs: { p: number; g: number; prio: number }[] = [];
  preds.forEach((p, pi) => {
    gold.entities.forEach((g, gi) => {
      if (g.optional || g.type !== p.type || !intersects(pKeys[pi], gKeys[gi])) return;
      const gName = normalizeName(g.name, g.type);
      const prio = pNameKey[pi] === gName ? 3 : gKeys[gi].has(pNameKey[pi]) ? 2 : pKeys[pi].has(gName) ? 1 : 0;
      pairs.push({ p: pi, g: gi, prio });
    });
  });
  pairs.sort((a, b) => b.prio - a.prio || a.p - b.p || a.g - b.g);
  const match = new Map<number, Match>(); // pred index -> match
  const goldTaken = new Map<number, number>(); // gold index -> pred index
  for (const { p, g } of pairs) {
    if (match.has(p) || goldTaken.has(g)) continue;
    match.set(p, { gold: g, kind: 'tp' });
    goldTaken.set(g, p);
  }

  // 2. the rest: duplicates, neutral (optional / altTypes), or false positives.
  preds.forEach((p, pi) => {
    if (match.has(pi)) return;
    const same = gold.entities.findIndex((g, gi) => !g.optional && g.type === p.type && intersects(pKeys[pi], gKeys[gi]));
    if (same >= 0) {
      match.set(pi, { gold: same, kind: 'duplicate' });
      bump(ents, p.type, 'fp');
      fpE.push({ doc, type: p.type, name: p.name, reason: `duplicate of ${gold.entities[same].name}` });
      return;
    }
    const soft = gold.entities.findIndex(
      (g, gi) =>
        ((g.optional && g.type === p.type) || (g.altTypes ?? []).includes(p.type as GoldEntity['type'])) &&
        intersects(pKeys[pi], gKeys[gi]),
    );
    if (soft >= 0) {
      match.set(pi, { gold: soft, kind: 'neutral' });
      const g = gold.entities[soft];
      neuE.push({ doc, type: p.type, name: p.name, reason: g.type === p.type ? 'optional' : `gold type is ${g.type}` });
      return;
    }
    bump(ents, p.type, 'fp');
    const other = gold.entities.find((_g, gi) => intersects(pKeys[pi], gKeys[gi]));
    fpE.push({ doc, type: p.type, name: p.name, reason: other ? `gold type is ${other.type}` : 'not in gold' });
  });

  gold.entities.forEach((g, gi) => {
    if (g.optional) return;
    if (goldTaken.has(gi)) bump(ents, g.type, 'tp');
    else {
      bump(ents, g.type, 'fn');
      fnE.push({ doc, type: g.type, name: g.name });
    }
  });

  // Informational property checks on matched entities.
  const predById = new Map(preds.map((p) => [p.id, p]));
  for (const [gi, pi] of goldTaken) {
    const g = gold.entities[gi];
    const p = preds[pi];
    if (g.title !== undefined) {
      const titles = [p.props.title, ...input.relations.filter((r) => r.from === p.id && r.type === 'HEADS').map((r) => r.props.title)]
        .filter((t): t is string => typeof t === 'string')
        .map((t) => normalizeName(t));
      const want = normalizeName(g.title);
      if (!titles.some((t) => t === want || t.includes(want) || (t.length > 0 && want.includes(t))))
        info.push({ doc, type: g.type, name: g.name, field: 'title', gold: g.title, predicted: p.props.title });
    }
    if (g.investment !== undefined && p.props.investment !== g.investment)
      info.push({ doc, type: g.type, name: g.name, field: 'investment', gold: g.investment, predicted: p.props.investment });
  }

  // 3. relations.
  const idToMatch = new Map<string, Match>();
  preds.forEach((p, pi) => {
    const m = match.get(pi);
    if (m) idToMatch.set(p.id, m);
  });
  const relKey = (type: string, from: number, to: number) => `${type}|${from}|${to}`;
  const goldRel = new Map<string, number>();
  gold.relations.forEach((r, ri) => goldRel.set(relKey(r.type, gIndex.get(r.from)!, gIndex.get(r.to)!), ri));
  const relTaken = new Set<number>();
  const nameOf = (id: string) => predById.get(id)?.name ?? id;

  for (const r of input.relations) {
    const mf = idToMatch.get(r.from);
    const mt = idToMatch.get(r.to);
    const ri = mf && mt ? goldRel.get(relKey(r.type, mf.gold, mt.gold)) : undefined;
    const err = { doc, type: r.type, from: nameOf(r.from), to: nameOf(r.to) };
    if (ri !== undefined) {
      const g = gold.relations[ri];
      if (g.optional) neuR.push({ ...err, reason: 'optional' });
      else if (relTaken.has(ri)) neuR.push({ ...err, reason: 'repeats a matched relation' });
      else relTaken.add(ri);
      continue;
    }
    if (
      r.type === 'LOCATED_IN' &&
      mf &&
      mt &&
      gold.entities[mf.gold].type === 'Project' &&
      goldRel.has(relKey('RUNS', mt.gold, mf.gold))
    ) {
      neuR.push({ ...err, reason: 'implied by RUNS' });
      continue;
    }
    // An endpoint predicted under one of the gold entity's altTypes: the relation type cannot
    // agree with the gold's, so the relation is neutral too.
    const altTyped = (m?: Match, id?: string) => m?.kind === 'neutral' && gold.entities[m.gold].type !== predById.get(id ?? '')?.type;
    if (altTyped(mf, r.from) || altTyped(mt, r.to)) {
      neuR.push({ ...err, reason: 'endpoint of another gold type' });
      continue;
    }
    bump(rels, r.type, 'fp');
    const why = !mf || !mt ? `endpoint not in gold: ${[!mf ? err.from : '', !mt ? err.to : ''].filter(Boolean).join(', ')}` : 'not in gold';
    fpR.push({ ...err, reason: why });
  }
  gold.relations.forEach((r, ri) => {
    if (r.optional) return;
    if (relTaken.has(ri)) bump(rels, r.type, 'tp');
    else {
      bump(rels, r.type, 'fn');
      fnR.push({ doc, type: r.type, from: r.from, to: r.to });
    }
  });

  // 4. checks.
  const heads: HeadsCheck[] = [];
  if (gold.checks?.heads !== undefined) {
    const required = gold.relations.map((r, ri) => ({ r, ri })).filter(({ r }) => r.type === 'HEADS' && !r.optional);
    const found = required.filter(({ ri }) => relTaken.has(ri)).length;
    heads.push({
      doc,
      expected: gold.checks.heads,
      found,
      missing: required.filter(({ ri }) => !relTaken.has(ri)).map(({ r }) => `${r.from} -> ${r.to}`),
      ok: found >= gold.checks.heads,
    });
  }
  const shared: SharedProgramCheck[] = [];
  for (const [program, min] of Object.entries(gold.checks?.sharedPrograms ?? {})) {
    const gi = gIndex.get(program)!;
    const nodes = preds.filter((p) => {
      const m = idToMatch.get(p.id);
      return m && m.gold === gi && m.kind !== 'neutral';
    });
    let best: string[] = [];
    for (const node of nodes) {
      const streets = new Set<string>();
      for (const r of input.relations) {
        if (r.type !== 'IMPLEMENTS' || r.to !== node.id) continue;
        const m = idToMatch.get(r.from);
        if (m && m.kind !== 'neutral' && gold.entities[m.gold].type === 'Street') streets.add(gold.entities[m.gold].name);
      }
      if (streets.size > best.length) best = [...streets].sort();
    }
    shared.push({ doc, program, min, streets: best, nodes: nodes.length, ok: best.length >= min });
  }

  const entities = finish(ents, SCORED_ENTITY_TYPES);
  const relations = finish(rels, SCORED_RELATION_TYPES);
  return {
    docs: [doc],
    entities,
    relations,
    macro: { entities: macro(entities, SCORED_ENTITY_TYPES), relations: macro(relations, SCORED_RELATION_TYPES) },
    falsePositives: { entities: fpE, relations: fpR },
    falseNegatives: { entities: fnE, relations: fnR },
    neutral: { entities: neuE, relations: neuR },
    info,
    checks: { heads, sharedPrograms: shared },
  };
}

/** Score one document of a (possibly multi-document) graph. */
export function scoreGraph(gold: GoldDoc, graph: KnowledgeGraph, docId: string): Score {
  return scoreDocument({ gold, ...projectToDoc(graph, docId) });
}

// ---------------------------------------------------------------- groups

/** Sum the counts of several documents (micro per type), then macro-average over types. */
export function combine(scores: Score[]): Score {
  const ents: Record<string, Counts> = {};
  const rels: Record<string, Counts> = {};
  for (const s of scores) {
    for (const [t, c] of Object.entries(s.entities)) for (const f of ['tp', 'fp', 'fn'] as const) bump(ents, t, f, c[f]);
    for (const [t, c] of Object.entries(s.relations)) for (const f of ['tp', 'fp', 'fn'] as const) bump(rels, t, f, c[f]);
  }
  const entities = finish(ents, SCORED_ENTITY_TYPES);
  const relations = finish(rels, SCORED_RELATION_TYPES);
  const cat = <T>(f: (s: Score) => T[]) => scores.flatMap(f);
  return {
    docs: cat((s) => s.docs),
    entities,
    relations,
    macro: { entities: macro(entities, SCORED_ENTITY_TYPES), relations: macro(relations, SCORED_RELATION_TYPES) },
    falsePositives: { entities: cat((s) => s.falsePositives.entities), relations: cat((s) => s.falsePositives.relations) },
    falseNegatives: { entities: cat((s) => s.falseNegatives.entities), relations: cat((s) => s.falseNegatives.relations) },
    neutral: { entities: cat((s) => s.neutral.entities), relations: cat((s) => s.neutral.relations) },
    info: cat((s) => s.info),
    checks: { heads: cat((s) => s.checks.heads), sharedPrograms: cat((s) => s.checks.sharedPrograms) },
  };
}
