/**
 * What an ingest or a remove has to write, given what the database holds for the documents
 * concerned. Pure: the database state comes in as `StoredDocument`s.
 */
import type { Contribution, EntityRow, MentionRow, PreparedGraph, RelationRow } from './rows.ts';
import { relationRow } from './rows.ts';

/** What the database holds for one document. */
export interface StoredDocument {
  id: string;
  /** null: written by a run that did not finish. */
  hash: string | null;
  relationIds: string[];
  relationTypes: string[];
}

export interface WritePlan {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
  documents: Contribution['document'][];
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  /** Per existing written/removed document, the entities it keeps (its other mentions go). */
  staleMentions: Array<{ doc: string; keep: string[] }>;
  /** Relations that lose documents' support, by relationship type. */
  withdrawals: Map<string, Array<{ id: string; docs: string[] }>>;
  /** Entities of the graph that only unchanged documents support. */
  untouchedEntities: number;
  untouchedRelations: number;
}

/**
 * Plans an ingest of `graph`: documents whose hash is unchanged are skipped entirely; the others
 * have their contribution replaced. `removing` are stored documents to take out.
 */
export function planWrite(
  graph: PreparedGraph,
  stored: Map<string, StoredDocument>,
  removing: StoredDocument[] = [],
): WritePlan {
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [id, contribution] of graph.contributions) {
    const old = stored.get(id);
    if (!old) added.push(id);
    else if (old.hash !== contribution.document.hash) changed.push(id);
    else unchanged.push(id);
  }
  const writing = new Set([...added, ...changed]);
  const contributions = [...writing].map((id) => graph.contributions.get(id)!);

  const entityIds = new Set(contributions.flatMap((c) => c.entityIds));
  const supporters = new Map<string, Set<string>>();
  for (const c of contributions) {
    for (const id of c.relationIds) {
      if (!supporters.has(id)) supporters.set(id, new Set());
      supporters.get(id)!.add(c.document.id);
    }
  }
  const relations = [...supporters].map(([id, docs]) => relationRow(graph.relations.get(id)!, docs, docs));

  const withdrawals = new Map<string, Array<{ id: string; docs: string[] }>>();
  const withdraw = (doc: StoredDocument, keep: Set<string>) => {
    doc.relationIds.forEach((id, i) => {
      if (keep.has(id)) return;
      const type = doc.relationTypes[i]!;
      if (!withdrawals.has(type)) withdrawals.set(type, []);
      withdrawals.get(type)!.push({ id, docs: [doc.id] });
    });
  };
  const staleMentions: WritePlan['staleMentions'] = [];
  for (const id of changed) {
    const c = graph.contributions.get(id)!;
    staleMentions.push({ doc: id, keep: c.entityIds });
    withdraw(stored.get(id)!, new Set(c.relationIds));
  }
  for (const doc of removing) {
    staleMentions.push({ doc: doc.id, keep: [] });
    withdraw(doc, new Set());
  }

  // Every relation of the graph has a supporter (write/rows.ts), whether its contribution was prepared or not.
  const allRelations = graph.relations.keys();
  return {
    added,
    changed,
    unchanged,
    removed: removing.map((d) => d.id),
    documents: contributions.map((c) => c.document),
    entities: [...entityIds].map((id) => graph.entities.get(id)!),
    mentions: contributions.flatMap((c) => c.mentions),
    relations,
    staleMentions,
    withdrawals,
    untouchedEntities: [...graph.entities.keys()].filter((id) => !entityIds.has(id)).length,
    untouchedRelations: [...allRelations].filter((id) => !supporters.has(id)).length,
  };
}

/** Splits rows into batches of `size`. */
export function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Groups rows by a key, keeping first-seen order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(row);
  }
  return out;
}
