/**
 * What a build with a cache leaves for the next (in its snapshot, pipeline/snapshot.ts): which entry each
 * document was made from, the strong names' fingerprint, how every name resolved, and a digest of
 * every entity and relation of the graph. The next build compares its own with it and says which
 * documents' contributions to the graph may differ (`GraphChanges`): the writer then hashes and
 * plans only those, instead of every document of the corpus (write/ingest.ts).
 *
 * Why the claim is sound. A document's contribution (write/rows.ts) is made of its metadata, its
 * mentions and evidence, the entities and relations they resolve to, and those entities' and
 * relations' rows (name, aliases, props). A document whose entry is the same (same bytes, id,
 * path and extractor) and whose sweep ran with the same strong names has the same facts. Its
 * contribution is then the same if every name resolves as before (no merge changed, no name
 * gone, no new name that an old relation fact named without finding it), every entity and
 * relation of the run before has the same row, and no relation or entity is supported by the
 * fallback rules (a relation without evidence, an entity without mentions: only curation makes
 * those, and a new document can move their support). Anything else, or any doubt — a document
 * removed, another curation, another set of strong names, no state — makes no claim, and the
 * writer hashes every document as before.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '../types.ts';

/** Which documents' contributions may differ from those of the graph made from `since` (an input digest). */
export interface GraphChanges {
  since: string;
  documents: string[];
}

export interface RunState {
  inputDigest: string;
  /** The corpus's strong names (pipeline/cache.ts knownNamesFingerprint). */
  fingerprint: string;
  /** Document id → the name of the cache entry it was made from. */
  documents: Record<string, string>;
  /** Entity key (type and name) → the entity id it resolved into. */
  entityOf: Record<string, string>;
  /** Keys named by relation facts and by no entity. */
  unresolved: string[];
  /** Entity id, relation id → a digest of its row. */
  entities: Record<string, string>;
  relations: Record<string, string>;
}

const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('hex').slice(0, 20);

/**
 * The state of this run, or undefined when it can vouch for nothing: a curation with entries
 * (its merges and hand-made facts are beyond what the comparison covers), or fallback support.
 */
export function runState(
  graph: KnowledgeGraph,
  inputDigest: string,
  fingerprint: string,
  entryOf: (id: string) => string | undefined,
  resolution: { entityOf: Map<string, string>; unresolved: Set<string> },
): RunState | undefined {
  // Records made with fromEntries: an id such as `__proto__` is a key like any other.
  const documents: [string, string][] = [];
  for (const d of graph.documents) {
    const entry = entryOf(d.id);
    if (entry === undefined) return undefined;
    documents.push([d.id, entry]);
  }
  if (graph.entities.some((e) => e.mentions.length === 0) || graph.relations.some((r) => r.evidence.length === 0)) return undefined;
  return {
    inputDigest,
    fingerprint,
    documents: Object.fromEntries(documents),
    entityOf: Object.fromEntries(resolution.entityOf),
    unresolved: [...resolution.unresolved],
    entities: Object.fromEntries(graph.entities.map((e) => [e.id, digest([e.type, e.name, e.aliases, e.props])])),
    relations: Object.fromEntries(graph.relations.map((r) => [r.id, digest([r.type, r.from, r.to, r.props])])),
  };
}

/** The documents whose contributions may differ between `before` and `now`, or undefined when that cannot be said. */
export function changesSince(before: RunState | undefined, now: RunState | undefined): GraphChanges | undefined {
  if (!before || !now || before.fingerprint !== now.fingerprint) return undefined;
  // Own keys only, as maps: no id is mistaken for a property of every object.
  const map = (record: Record<string, string>) => new Map(Object.entries(record));
  const [docsBefore, docsNow] = [map(before.documents), map(now.documents)];
  for (const id of docsBefore.keys()) if (!docsNow.has(id)) return undefined; // removed: see the module's comment
  const [namesBefore, namesNow] = [map(before.entityOf), map(now.entityOf)];
  for (const [key, id] of namesBefore) if (namesNow.get(key) !== id) return undefined;
  const unresolved = new Set(before.unresolved);
  for (const key of namesNow.keys()) if (!namesBefore.has(key) && unresolved.has(key)) return undefined;
  for (const [records, others] of [[before.entities, now.entities], [before.relations, now.relations]] as const) {
    const current = map(others);
    for (const [id, d] of map(records)) if (current.get(id) !== d) return undefined;
  }
  const documents = [...docsNow].filter(([id, entry]) => docsBefore.get(id) !== entry).map(([id]) => id);
  return { since: before.inputDigest, documents };
}
