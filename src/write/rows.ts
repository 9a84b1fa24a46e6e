/**
 * From a KnowledgeGraph to the rows the writer sends, grouped by the document that supports them.
 * Pure functions, no database.
 *
 * Provenance model: a Document supports an entity (a MENTIONS relationship, with the mention
 * offsets, possibly none) and a relation (its id in the document's `relationIds`, its evidence in
 * the relationship's `evidence*` lists). A relation without evidence is supported by the
 * documents that mention both ends (else either end, else every document of the run); an entity
 * is supported by the documents that mention it and those that support its relations, so a
 * relation never outlives its ends. Each document gets a hash of everything it contributes: an
 * unchanged hash means nothing to write.
 */
import { createHash } from 'node:crypto';
import type { DocumentMeta, Entity, KnowledgeGraph, Relation } from '../types.ts';

/** Neo4j property values: scalars and lists of scalars. */
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];

/** Labels the writer uses itself; an entity type may not take them. */
export const RESERVED_LABELS = ['Entity', 'Document', 'IngestLedger'];
const IDENTIFIER = /^[A-Z][A-Za-z0-9_]{0,63}$/;
const RELATION_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** Entity type → Neo4j label, or null when it cannot be a label (the node keeps only :Entity). */
export function labelFor(type: string): string | null {
  return IDENTIFIER.test(type) && !RESERVED_LABELS.includes(type) ? type : null;
}

/** Relation type → relationship type, or null when it is not a safe identifier. */
export function relationshipTypeFor(type: string): string | null {
  return RELATION_TYPE.test(type) && type !== 'MENTIONS' ? type : null;
}

export interface DocumentRow {
  id: string;
  meta: Record<string, PropertyValue>;
  hash: string;
  relationIds: string[];
  relationTypes: string[];
}
export interface EntityRow {
  id: string;
  type: string;
  label: string | null;
  name: string;
  aliases: string[];
  props: Record<string, PropertyValue>;
}
export interface MentionRow {
  doc: string;
  entity: string;
  starts: number[];
  ends: number[];
}
export interface RelationRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, PropertyValue>;
  /** Supporting documents, and the evidence, restricted to the documents being written. */
  sources: string[];
  evidenceDoc: string[];
  evidenceStart: number[];
  evidenceEnd: number[];
  evidenceText: string[];
}

/** What one document contributes. */
export interface Contribution {
  document: DocumentRow;
  mentions: MentionRow[];
  entityIds: string[];
  relationIds: string[];
}

export interface PreparedGraph {
  contributions: Map<string, Contribution>;
  entities: Map<string, EntityRow>;
  relations: Map<string, Relation>;
  /** Relations that cannot be written (bad type, missing end), with why. */
  problems: string[];
}

const ENTITY_RESERVED = new Set(['id', 'type', 'name', 'aliases']);
const RELATION_RESERVED = new Set(['id', 'sources', 'evidenceDoc', 'evidenceStart', 'evidenceEnd', 'evidenceText']);

/** Props as Neo4j can store them: scalars and homogeneous scalar lists as they are, the rest as JSON. */
export function toProperties(props: Record<string, unknown>, reserved: Set<string>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined) continue;
    const name = reserved.has(key) ? `prop_${key}` : key;
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      out[name] = value;
    } else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === typeof value[0] && ['string', 'number', 'boolean'].includes(typeof v))) {
      out[name] = value as PropertyValue;
    } else {
      out[name] = JSON.stringify(value);
    }
  }
  return out;
}

function entityRow(entity: Entity): EntityRow {
  return {
    id: entity.id,
    type: entity.type,
    label: labelFor(entity.type),
    name: entity.name,
    aliases: [...new Set(entity.aliases)].sort(),
    props: toProperties(entity.props, ENTITY_RESERVED),
  };
}

function documentMeta(doc: DocumentMeta): Record<string, PropertyValue> {
  const meta: Record<string, PropertyValue> = { title: doc.title, chars: doc.chars };
  if (doc.source !== undefined) meta.source = doc.source;
  if (doc.date !== undefined) meta.date = doc.date;
  if (doc.path !== undefined) meta.path = doc.path;
  if (doc.partial !== undefined) meta.partial = doc.partial;
  return meta;
}

/**
 * Groups a graph's facts by supporting document and hashes each document's contribution.
 * `only`: the documents whose contributions are wanted (all when absent); the others still count
 * for who supports what, so each contribution is the one the whole graph gives.
 *
 * Linear in mentions and evidence, and built for corpora of a million of them: offsets grouped
 * in flat number lists, evidence grouped per relation without composite string keys, and each
 * document's hash input built as one string and hashed in one call (a native call per mention
 * was most of the cost: 914k mentions, 420k evidence entries on the re-ingest bench's corpus).
 */
export function prepareGraph(graph: KnowledgeGraph, only?: ReadonlySet<string>): PreparedGraph {
  const problems: string[] = [];
  const docIds = graph.documents.map((d) => d.id);
  const inScope = only ? docIds.filter((id) => only.has(id)) : docIds;
  // One look-up a mention or evidence entry (2.3M of them on the bench corpus): is its document
  // of the graph, and is it one being prepared.
  const KNOWN = 1;
  const IN_SCOPE = 2;
  const docState = new Map<string, number>(docIds.map((id) => [id, only ? KNOWN : IN_SCOPE]));
  for (const id of inScope) docState.set(id, IN_SCOPE);
  const entities = new Map(graph.entities.map((e) => [e.id, entityRow(e)]));
  const relations = new Map<string, Relation>();
  // doc → entity → offsets, flat: start, end, start, end, … (documents in scope only)
  const mentions = new Map<string, Map<string, number[]>>(inScope.map((id) => [id, new Map()]));
  const relSupport = new Map<string, Set<string>>(inScope.map((id) => [id, new Set()]));
  /** Entities mentioned in a document of the graph, or an end of a supported relation. */
  const supported = new Set<string>();
  const addMention = (doc: string, entity: string, start?: number, end?: number) => {
    const byEntity = mentions.get(doc)!;
    let list = byEntity.get(entity);
    if (!list) byEntity.set(entity, (list = []));
    if (start !== undefined) list.push(start, end!);
  };
  for (const entity of graph.entities) {
    let mentioned = false;
    for (const m of entity.mentions) {
      const state = docState.get(m.doc);
      if (state === undefined) continue;
      mentioned = true;
      if (state === IN_SCOPE) addMention(m.doc, entity.id, m.start, m.end);
    }
    if (mentioned) supported.add(entity.id);
  }
  // The documents that mention an entity (with offsets), made only for relations without evidence.
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const mentionDocs = new Map<string, Set<string>>();
  const mentionDocsOf = (id: string): Set<string> => {
    let docs = mentionDocs.get(id);
    if (!docs) mentionDocs.set(id, (docs = new Set((byId.get(id)?.mentions ?? []).map((m) => m.doc).filter((d) => docState.has(d)))));
    return docs;
  };
  const support = new Map<string, string[]>();
  // relation → doc → its evidence there, as hashed: "start,end,text;" in the relation's order (documents in scope only).
  const evidenceOf = new Map<string, Map<string, string>>();
  for (const relation of graph.relations) {
    if (!relationshipTypeFor(relation.type)) {
      problems.push(`relation ${relation.id}: type '${relation.type}' is not an UPPER_CASE identifier; not written`);
      continue;
    }
    if (!entities.has(relation.from) || !entities.has(relation.to)) {
      problems.push(`relation ${relation.id}: end '${entities.has(relation.from) ? relation.to : relation.from}' is not an entity of the graph; not written`);
      continue;
    }
    relations.set(relation.id, relation);
    // Its documents with evidence, of those in scope only (any at all: it is supported there).
    let evidenced = false;
    const docs: string[] = [];
    const byDoc = new Map<string, string>();
    for (const e of relation.evidence) {
      const state = docState.get(e.doc);
      if (state === undefined) continue;
      evidenced = true;
      if (state !== IN_SCOPE) continue;
      docs.push(e.doc);
      byDoc.set(e.doc, (byDoc.get(e.doc) ?? '') + `${e.start},${e.end},${e.text};`);
    }
    // A relation listed twice: its evidence as the last listing has it, as `relations` keeps it.
    evidenceOf.set(relation.id, byDoc);
    support.set(relation.id, evidenced ? docs : supportOf(relation, mentionDocsOf, docIds));
    if (evidenced || docIds.length > 0) supported.add(relation.from).add(relation.to);
  }
  // Ends of a relation are supported wherever the relation is; unsupported entities by the whole run.
  for (const [id, docs] of support) {
    const r = relations.get(id)!;
    for (const doc of docs) {
      const byEntity = mentions.get(doc);
      if (!byEntity) continue;
      relSupport.get(doc)!.add(id);
      if (!byEntity.has(r.from)) addMention(doc, r.from);
      if (!byEntity.has(r.to)) addMention(doc, r.to);
    }
  }
  for (const id of entities.keys()) if (!supported.has(id)) for (const doc of inScope) addMention(doc, id);

  // Digests of each entity and relation core, computed once: a document's hash is built from
  // these short strings instead of re-serialising shared entities for every document.
  const entityDigest = new Map([...entities].map(([id, row]) => [id, sha1(JSON.stringify(row))]));
  const relationDigest = new Map(
    [...relations].map(([id, r]) => [id, sha1(JSON.stringify([r.type, r.from, r.to, toProperties(r.props, RELATION_RESERVED)]))]),
  );

  // Every document sorts its entity and relation ids: ranks from one sort of all ids make those
  // sorts numeric (string comparisons of 2.6M ids were 5 s of the plan of the bench corpus).
  const entityOrder = new IdOrder(entities.keys());
  const relationOrder = new IdOrder(relations.keys());
  const contributions = new Map<string, Contribution>();
  for (const doc of graph.documents) {
    const byEntity = mentions.get(doc.id);
    if (!byEntity) continue;
    const entityIds = entityOrder.sorted(byEntity.keys());
    const meta = documentMeta(doc);
    let input = JSON.stringify(meta);
    const mentionRows = entityIds.map((entity) => {
      const { starts, ends } = sortedOffsets(byEntity.get(entity)!);
      input += `\nE${entityDigest.get(entity)}:${starts.join(',')}:${ends.join(',')}`;
      return { doc: doc.id, entity, starts, ends };
    });
    const relationIds = relationOrder.sorted(relSupport.get(doc.id)!);
    for (const id of relationIds) input += `\nR${relationDigest.get(id)}:${evidenceOf.get(id)!.get(doc.id) ?? ''}`;
    contributions.set(doc.id, {
      document: { id: doc.id, meta, hash: sha1(input), relationIds, relationTypes: relationIds.map((id) => relations.get(id)!.type) },
      mentions: mentionRows,
      entityIds,
      relationIds,
    });
  }
  return { contributions, entities, relations, problems };
}

/** The default sort order of a set of ids, to sort any subset of them as numbers. */
class IdOrder {
  private readonly rank = new Map<string, number>();
  private readonly ids: string[];
  constructor(ids: Iterable<string>) {
    this.ids = [...ids].sort();
    this.ids.forEach((id, i) => this.rank.set(id, i));
  }
  /** The same order as `[...subset].sort()`. */
  sorted(subset: Iterable<string>): string[] {
    const ranks: number[] = [];
    for (const id of subset) ranks.push(this.rank.get(id)!);
    return Array.from(Int32Array.from(ranks).sort(), (r) => this.ids[r]!);
  }
}

/** Flat offsets (start, end, …) as sorted starts and ends, by start then end. */
function sortedOffsets(flat: number[]): { starts: number[]; ends: number[] } {
  const n = flat.length / 2;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    const d = flat[2 * i]! - flat[2 * i - 2]! || flat[2 * i + 1]! - flat[2 * i - 1]!;
    if (d < 0) sorted = false;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  if (!sorted) order.sort((a, b) => flat[2 * a]! - flat[2 * b]! || flat[2 * a + 1]! - flat[2 * b + 1]!);
  return { starts: order.map((i) => flat[2 * i]!), ends: order.map((i) => flat[2 * i + 1]!) };
}

/** Documents supporting a relation without evidence in the graph's documents: those that mention both ends, else either, else all. */
function supportOf(relation: Relation, mentionDocsOf: (id: string) => Set<string>, all: string[]): string[] {
  const a = mentionDocsOf(relation.from);
  const b = mentionDocsOf(relation.to);
  const both = [...a].filter((d) => b.has(d));
  if (both.length > 0) return both;
  const either = [...new Set([...a, ...b])];
  return either.length > 0 ? either : all;
}

/**
 * The row of a relation, with support and evidence restricted to `docs`, in the order Neo4j keeps
 * them (cypher.ts: upsertRelations sorts with ORDER BY, which compares the strings a driver sends
 * by UTF-16 code unit, as JavaScript's `<` does).
 */
export function relationRow(relation: Relation, docs: Set<string>, supportedBy?: Set<string>): RelationRow {
  const evidence = relation.evidence
    .filter((e) => docs.has(e.doc))
    .sort((x, y) => compareStrings(x.doc, y.doc) || x.start - y.start || x.end - y.end || compareStrings(x.text, y.text));
  const sources = (supportedBy ? [...supportedBy].filter((d) => docs.has(d)) : [...docs]).sort();
  return {
    id: relation.id,
    type: relation.type,
    from: relation.from,
    to: relation.to,
    props: toProperties(relation.props, RELATION_RESERVED),
    sources,
    evidenceDoc: evidence.map((e) => e.doc),
    evidenceStart: evidence.map((e) => e.start),
    evidenceEnd: evidence.map((e) => e.end),
    evidenceText: evidence.map((e) => e.text),
  };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A relation row as the list `createRelations` reads (cypher.ts). */
export function relationList(row: RelationRow): unknown[] {
  return [row.id, row.from, row.to, row.props, row.sources, row.evidenceDoc, row.evidenceStart, row.evidenceEnd, row.evidenceText];
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
