/**
 * resolve: candidates from every document → one graph. Entities of one type and name are one
 * node; a name that is another entity's alias, or a place-prefixed variant of it
 * (高新区(滨江)萧山特别合作园 ↔ 杭州高新区(滨江)萧山特别合作园), merges into it. Offsets are mapped
 * back to the original text here, so that `text.slice(start, end)` shows each mention.
 */
import type { Entity, Evidence, KnowledgeGraph, Mention, Relation, DocumentMeta } from '../types.ts';
import type { EntityCandidate, RelationCandidate } from '../extract/index.ts';
import { toOriginal, type NormalizedText } from '../read/index.ts';
import { compareIds, entityId, entityKey, relationId } from './ids.ts';
import { canonicalKeys } from './merge.ts';

interface DraftEntity {
  type: string;
  name: string;
  aliases: Set<string>;
  props: Record<string, unknown>;
  mentions: Mention[];
  /** Where order decided something: the fact that made the draft, and each prop's first setter. */
  created: FactRank;
  propsSetBy: Record<string, FactRank>;
}

/**
 * A fact's place in the order a build adds facts: every document's first pass in file order
 * (phase 1), then the sweep's finds in file order (phase 2). What came first decides a draft's
 * place among drafts, its props' values and order, a relation's props (pipeline/snapshot.ts).
 */
export type FactRank = [phase: number, doc: string];

/** A draft as a build left it, for a later run to add documents to (pipeline/snapshot.ts). */
export interface DraftRecord {
  type: string;
  name: string;
  aliases: string[];
  props: Record<string, unknown>;
  mentions: number;
  created: FactRank;
  propsSetBy: Record<string, FactRank>;
}
/** A relation as found in one place: endpoints by type and name, evidence in original offsets. */
export interface RelationFact {
  type: string;
  from: [string, string];
  to: [string, string];
  props: Record<string, unknown>;
  evidence: Evidence[];
}

/** An entity mention as found in one place, in original offsets. */
export interface EntityFact {
  type: string;
  name: string;
  aliases: string[];
  props: Record<string, unknown>;
  mention: Mention;
}

/** What one document contributes: plain data, so it can cross a worker boundary. */
export interface DocumentFacts {
  entities: EntityFact[];
  relations: RelationFact[];
}

/**
 * The props of a fact found without any: one object for all, where each fact had an empty one of
 * its own, kept until the build ends (most entity facts, most relation facts). Facts are read,
 * never changed (frozen, so that nothing can).
 */
const NO_PROPS: Record<string, unknown> = Object.freeze({});

/**
 * Candidates of one document (normalised offsets) as facts in original offsets: the evidence
 * texts are cut from the text as read, so `text.slice(start, end)` shows them.
 */
export function documentFacts(docId: string, original: string, norm: NormalizedText, entities: EntityCandidate[], relations: RelationCandidate[]): DocumentFacts {
  const evidence = (start: number, end: number): Evidence => {
    const o = toOriginal(norm, start, end);
    return { doc: docId, start: o.start, end: o.end, text: original.slice(o.start, o.end) };
  };
  return {
    entities: entities.map((c) => {
      // A candidate's props are its fact's as they are (extraction is over: they no longer change,
      // and facts are only read, as relations' props are), unless evidence must be cut from the text.
      let props = c.props ?? NO_PROPS;
      if (c.props && hasEvidenceProp(c.props)) {
        props = {};
        for (const k in c.props) {
          const v = c.props[k];
          props[k] = k.endsWith('Evidence') ? evidence((v as { start: number }).start, (v as { end: number }).end) : v;
        }
      }
      const o = toOriginal(norm, c.start, c.end);
      return { type: c.type, name: c.name, aliases: c.aliases ?? [], props, mention: { doc: docId, start: o.start, end: o.end } };
    }),
    relations: relations.map((r) => ({
      type: r.type,
      from: [r.from.type, r.from.name],
      to: [r.to.type, r.to.name],
      props: r.props ?? NO_PROPS,
      evidence: [evidence(r.evidence.start, r.evidence.end)],
    })),
  };
}

/** Does a candidate's props hold a span of evidence (a key ending in Evidence)? */
function hasEvidenceProp(props: Record<string, unknown>): boolean {
  for (const k in props) if (k.endsWith('Evidence')) return true;
  return false;
}

export class GraphBuilder {
  readonly documents: DocumentMeta[] = [];
  private entities = new Map<string, DraftEntity>();
  /** The same drafts by type, then name: a look-up per fact without building its joined key. */
  private draftsByType = new Map<string, Map<string, DraftEntity>>();
  private relations: RelationFact[] = [];
  /**
   * Set by `build`: the entity id each draft (by entity key) resolved into, and the endpoint keys
   * of relation facts that name no draft. What a run that adds documents compares with the run
   * before it, to know which documents' contributions may have changed (pipeline/run-state.ts).
   */
  resolution?: { entityOf: Map<string, string>; unresolved: Set<string> };
  /** Set by `build`: the rank of the fact each relation took its props from. */
  relationFirst?: Map<string, FactRank>;
  private phase = 1;
  private sweepStart = Infinity;

  /** Facts added from now on are the sweep's (phase 2 of FactRank). */
  startSweep(): void {
    this.phase = 2;
    this.sweepStart = this.relations.length;
  }

  /** Every draft, in the order they were made. */
  drafts(): DraftRecord[] {
    return [...this.entities.values()].map((d) => ({ type: d.type, name: d.name, aliases: [...d.aliases], props: d.props, mentions: d.mentions.length, created: d.created, propsSetBy: d.propsSetBy }));
  }

  /** Add one document and its facts. */
  addDocument(meta: DocumentMeta, facts: DocumentFacts): void {
    this.documents.push(meta);
    this.addFacts(facts);
  }

  /** Add more facts (of a document already added: the corpus sweep's finds). */
  addFacts(facts: DocumentFacts): void {
    for (const f of facts.entities) {
      let byName = this.draftsByType.get(f.type);
      if (!byName) this.draftsByType.set(f.type, (byName = new Map()));
      let draft = byName.get(f.name);
      if (!draft) {
        draft = { type: f.type, name: f.name, aliases: new Set(), props: {}, mentions: [], created: [this.phase, f.mention.doc], propsSetBy: {} };
        byName.set(f.name, draft);
        this.entities.set(entityKey(f.type, f.name), draft);
      }
      for (const a of f.aliases) if (a !== f.name) draft.aliases.add(a);
      for (const k in f.props) {
        if (draft.props[k] !== undefined) continue;
        draft.props[k] = f.props[k];
        if (f.props[k] !== undefined) draft.propsSetBy[k] = [this.phase, f.mention.doc];
      }
      draft.mentions.push(f.mention);
    }
    // A loop, not push(...): a long document has more relations than a call has arguments.
    for (const r of facts.relations) this.relations.push(r);
  }

  /** The finished graph, sorted so that output is byte-identical across runs. */
  build(): KnowledgeGraph {
    const canonical = canonicalKeys(this.entities);
    const merged = new Map<string, DraftEntity>();
    for (const [key, d] of this.entities) {
      const target = canonical.get(key)!;
      const base = this.entities.get(target)!;
      let out = merged.get(target);
      if (!out) {
        out = { type: base.type, name: base.name, aliases: new Set(), props: {}, mentions: [], created: base.created, propsSetBy: {} };
        merged.set(target, out);
      }
      if (d.name !== out.name) out.aliases.add(d.name);
      for (const a of d.aliases) if (a !== out.name) out.aliases.add(a);
      for (const [k, v] of Object.entries(d.props)) if (out.props[k] === undefined || key === target) out.props[k] = v;
      // A loop, not push(...): an entity of a large corpus has more mentions than a call has arguments.
      for (const m of d.mentions) out.mentions.push(m);
    }
    const entities: Entity[] = [...merged.values()].map((d) => ({
      id: entityId(d.type, d.name),
      type: d.type,
      name: d.name,
      aliases: [...d.aliases].sort(),
      props: d.props,
      mentions: sortedUnique(d.mentions),
    }));
    // Endpoints by type and name, each resolved once (a corpus has ~50k relation facts).
    const idByDraft = new Map<DraftEntity, string | null>();
    const idOf = ([type, name]: [string, string]): string | null => {
      const draft = this.draftsByType.get(type)?.get(name);
      if (!draft) return null;
      let id = idByDraft.get(draft);
      if (id === undefined) {
        const d = merged.get(canonical.get(entityKey(type, name))!);
        id = d ? entityId(d.type, d.name) : null;
        idByDraft.set(draft, id);
      }
      return id;
    };
    const entityOf = new Map<string, string>();
    for (const [key, target] of canonical) {
      const d = merged.get(target)!;
      entityOf.set(key, entityId(d.type, d.name));
    }
    const unresolved = new Set<string>();
    const relationFirst = new Map<string, FactRank>();
    const relations = new Map<string, Relation>();
    // By type, then endpoints: one look-up per fact, the id built once per relation.
    const byEnds = new Map<string, Map<string, Map<string, Relation>>>();
    for (let i = 0; i < this.relations.length; i++) {
      const r = this.relations[i]!;
      const from = idOf(r.from);
      const to = idOf(r.to);
      if (!from) unresolved.add(entityKey(r.from[0], r.from[1]));
      if (!to) unresolved.add(entityKey(r.to[0], r.to[1]));
      if (!from || !to || from === to) continue;
      let byFrom = byEnds.get(r.type);
      if (!byFrom) byEnds.set(r.type, (byFrom = new Map()));
      let byTo = byFrom.get(from);
      if (!byTo) byFrom.set(from, (byTo = new Map()));
      let rel = byTo.get(to);
      if (!rel) {
        const id = relationId(r.type, from, to);
        rel = relations.get(id);
        if (!rel) {
          rel = { id, type: r.type, from, to, props: { ...r.props }, evidence: [] };
          relations.set(id, rel);
          relationFirst.set(id, [i >= this.sweepStart ? 2 : 1, r.evidence[0]?.doc ?? '']);
        }
        byTo.set(to, rel);
      }
      for (const e of r.evidence) rel.evidence.push(e);
    }
    for (const rel of relations.values()) rel.evidence = sortedUnique(rel.evidence);
    this.resolution = { entityOf, unresolved };
    this.relationFirst = relationFirst;
    return {
      documents: [...this.documents].sort((a, b) => compareIds(a.id, b.id)),
      entities: entities.sort((a, b) => compareIds(a.id, b.id)),
      relations: [...relations.values()].sort((a, b) => compareIds(a.id, b.id)),
    };
  }
}

function byOffset(a: Mention, b: Mention): number {
  // (Mentions of one document share its id string: one identity test before comparing ids.)
  return (a.doc === b.doc ? 0 : compareIds(a.doc, b.doc)) || a.start - b.start || a.end - b.end;
}

/** Sorted by document and offset, each span once (the first of equals: the sort is stable). */
export function sortedUnique<T extends Mention>(items: T[]): T[] {
  items.sort(byOffset);
  return items.filter((m, i) => i === 0 || byOffset(items[i - 1]!, m) !== 0);
}
