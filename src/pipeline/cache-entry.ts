/**
 * A cached document's facts as stored: every mention and evidence of a document names that
 * document, and a document names the same entity, with the same aliases and props, at each of its
 * mentions. Stored once per entity with its mentions' offsets, and without the document's id, an
 * entry is about half the bytes to parse (the cost of a run that adds one article to a cached
 * corpus is parsing every other document's entry).
 *
 * Decoding gives the facts in an order the graph builder treats as the original: the facts of one
 * entity (type and name) keep their order, and entities keep the order of their first fact (what
 * a draft's props and the builder's maps depend on; mentions and aliases are sorted at the end).
 */
import type { DocumentFacts, EntityFact, RelationFact } from '../resolve/index.ts';

/** type, name, aliases, props, then offsets: start, end, start, end, … */
type StoredEntity = [string, string, string[], Record<string, unknown>, number[]];
/** type, from, to, props, then evidence: start, end, index of its text in `texts`, … */
type StoredRelation = [string, [string, string], [string, string], Record<string, unknown>, number[]];

export interface StoredFacts {
  entities: StoredEntity[];
  relations: StoredRelation[];
  /** Evidence texts, each once: one sentence is the evidence of several relations (31M → 14M characters on the bench corpus). */
  texts: string[];
}

/** Null when a fact names another document (never from the pipeline): the caller stores none. */
export function encodeFacts(doc: string, facts: DocumentFacts): StoredFacts | null {
  const groups = new Map<string, StoredEntity>();
  for (const f of facts.entities) {
    if (f.mention.doc !== doc) return null;
    const key = JSON.stringify([f.type, f.name, f.aliases, f.props]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = [f.type, f.name, f.aliases, f.props, []]));
    group[4].push(f.mention.start, f.mention.end);
  }
  const relations: StoredRelation[] = [];
  const texts = new Map<string, number>();
  for (const r of facts.relations) {
    const evidence: number[] = [];
    for (const e of r.evidence) {
      if (e.doc !== doc) return null;
      let index = texts.get(e.text);
      if (index === undefined) texts.set(e.text, (index = texts.size));
      evidence.push(e.start, e.end, index);
    }
    relations.push([r.type, r.from, r.to, r.props, evidence]);
  }
  return { entities: [...groups.values()], relations, texts: [...texts.keys()] };
}

export function decodeFacts(doc: string, stored: StoredFacts): DocumentFacts {
  const entities: EntityFact[] = [];
  for (const [type, name, aliases, props, offsets] of stored.entities) {
    for (let i = 0; i < offsets.length; i += 2) {
      entities.push({ type, name, aliases, props: { ...props }, mention: { doc, start: offsets[i]!, end: offsets[i + 1]! } });
    }
  }
  const relations: RelationFact[] = stored.relations.map(([type, from, to, props, flat]) => {
    const evidence = [];
    for (let i = 0; i < flat.length; i += 3) evidence.push({ doc, start: flat[i]!, end: flat[i + 1]!, text: stored.texts[flat[i + 2]!]! });
    return { type, from, to, props, evidence };
  });
  return { entities, relations };
}
