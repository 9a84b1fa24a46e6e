/**
 * What a build with a cache leaves for the next, in one file (`<cache>/snapshot-<version>.v8`,
 * v8.serialize): the run state (pipeline/run-state.ts), each document's strong names, the graph
 * builder's drafts with where order decided something (resolve: FactRank), and the graph itself
 * in a compact form (mentions and evidence as integer arrays), so that a run adding articles
 * (pipeline/append.ts) need not parse 20,000 cache entries to rebuild what it already had.
 *
 * The snapshot is disposable like the rest of the cache: one that cannot be read, or of another
 * format, is none, and the build takes the full path.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import type { DocumentMeta, Entity, Evidence, KnowledgeGraph, Mention, Relation } from '../types.ts';
import type { KnownName } from '../extract/index.ts';
import type { DraftRecord, FactRank } from '../resolve/index.ts';
import type { RunState } from './run-state.ts';
import { writeAtomically } from './cache-files.ts';

const FORMAT = 1;

type EntityHead = Omit<Entity, 'mentions'>;
type RelationHead = Omit<Relation, 'evidence'>;

/** A graph whose mentions and evidence refer to documents and texts by number. */
export interface CompactGraph {
  documents: DocumentMeta[];
  /** Document ids the integer arrays refer to; only ever appended to, so a kept array stays valid. */
  docTable: string[];
  entities: EntityHead[];
  /** Per entity: doc, start, end, … */
  mentions: Int32Array[];
  relations: RelationHead[];
  /** Per relation: doc, start, end, text, … */
  evidence: Int32Array[];
  texts: string[];
}

export interface Snapshot {
  format: number;
  state: RunState;
  /** The documents of the run in the order they were added (file order) and their files. */
  ids: string[];
  files: string[];
  /** Strong names of each document's first pass (indexes into `strongNames`), in the order of `ids`. */
  strongNames: KnownName[];
  strongOf: number[][];
  /** What the reader warned of, by document (reported by every run, as the full path does); read as a map (own keys only). */
  warnings: Record<string, string>;
  drafts: DraftRecord[];
  relationFirst: Record<string, FactRank>;
  graph: CompactGraph;
}

export function readSnapshot(file: string): Snapshot | undefined {
  try {
    const snapshot = v8.deserialize(readFileSync(file)) as Snapshot;
    return snapshot?.format === FORMAT && snapshot.graph && snapshot.state ? snapshot : undefined;
  } catch {
    return undefined; // none yet, or damaged: the full path
  }
}

export function writeSnapshot(file: string, snapshot: Omit<Snapshot, 'format'>): void {
  writeAtomically(file, v8.serialize({ format: FORMAT, ...snapshot }));
}

/**
 * Strong names per document as a table and indexes (most names recur in many documents). `base`:
 * a table to extend, whose indexes a document may bring as they are (`{ kept }`).
 */
export function tableOfStrongNames(perDocument: (KnownName[] | { kept: number[] })[], base: KnownName[] = []): { strongNames: KnownName[]; strongOf: number[][] } {
  const strongNames = [...base];
  const index = new Map<string, number>(strongNames.map((k, i) => [JSON.stringify([k.type, k.name, k.aliases]), i]));
  const strongOf = perDocument.map((names) =>
    'kept' in names
      ? names.kept
      : names.map((k) => {
          const key = JSON.stringify([k.type, k.name, k.aliases]);
          let i = index.get(key);
          if (i === undefined) index.set(key, (i = strongNames.push(k) - 1));
          return i;
        }),
  );
  return { strongNames, strongOf };
}

/**
 * `graph` in compact form. `reuse`: the compact graph it was made from by adding documents, and
 * the entities and relations that did not change since: their arrays are kept as they are.
 */
export function compactGraph(graph: KnowledgeGraph, reuse?: { from: CompactGraph; entities: Set<string>; relations: Set<string> }): CompactGraph {
  const docTable = reuse ? [...reuse.from.docTable] : graph.documents.map((d) => d.id);
  const docIndex = new Map(docTable.map((id, i) => [id, i]));
  for (const d of graph.documents) if (!docIndex.has(d.id)) docIndex.set(d.id, docTable.push(d.id) - 1);
  const texts = reuse ? [...reuse.from.texts] : [];
  const textIndex = new Map(texts.map((t, i) => [t, i]));
  const keptMentions = new Map(reuse ? reuse.from.entities.map((e, i) => [e.id, reuse.from.mentions[i]!]) : []);
  const keptEvidence = new Map(reuse ? reuse.from.relations.map((r, i) => [r.id, reuse.from.evidence[i]!]) : []);
  const entities: EntityHead[] = [];
  const mentions: Int32Array[] = [];
  for (const { mentions: list, ...head } of graph.entities) {
    entities.push(head);
    const kept = reuse?.entities.has(head.id) ? keptMentions.get(head.id) : undefined;
    if (kept) {
      mentions.push(kept);
      continue;
    }
    const flat = new Int32Array(list.length * 3);
    list.forEach((m, i) => {
      flat[i * 3] = docIndex.get(m.doc)!;
      flat[i * 3 + 1] = m.start;
      flat[i * 3 + 2] = m.end;
    });
    mentions.push(flat);
  }
  const relations: RelationHead[] = [];
  const evidence: Int32Array[] = [];
  for (const { evidence: list, ...head } of graph.relations) {
    relations.push(head);
    const kept = reuse?.relations.has(head.id) ? keptEvidence.get(head.id) : undefined;
    if (kept) {
      evidence.push(kept);
      continue;
    }
    const flat = new Int32Array(list.length * 4);
    list.forEach((e, i) => {
      let t = textIndex.get(e.text);
      if (t === undefined) textIndex.set(e.text, (t = texts.push(e.text) - 1));
      flat[i * 4] = docIndex.get(e.doc)!;
      flat[i * 4 + 1] = e.start;
      flat[i * 4 + 2] = e.end;
      flat[i * 4 + 3] = t;
    });
    evidence.push(flat);
  }
  return { documents: graph.documents, docTable, entities, mentions, relations, evidence, texts };
}

export function entityMentions(graph: CompactGraph, i: number): Mention[] {
  const flat = graph.mentions[i]!;
  const out: Mention[] = new Array(flat.length / 3);
  for (let k = 0, j = 0; k < flat.length; k += 3, j++) out[j] = { doc: graph.docTable[flat[k]!]!, start: flat[k + 1]!, end: flat[k + 2]! };
  return out;
}

export function relationEvidence(graph: CompactGraph, i: number): Evidence[] {
  const flat = graph.evidence[i]!;
  const out: Evidence[] = new Array(flat.length / 4);
  for (let k = 0, j = 0; k < flat.length; k += 4, j++) out[j] = { doc: graph.docTable[flat[k]!]!, start: flat[k + 1]!, end: flat[k + 2]!, text: graph.texts[flat[k + 3]!]! };
  return out;
}
