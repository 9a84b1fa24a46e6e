/**
 * The knowledge graph as the API serves it: lookups by id, name or alias, filtered subgraphs,
 * and node/edge details with their evidence and source documents.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DocumentMeta, Entity, KnowledgeGraph, Relation } from '../types.ts';
import { computeLayout, type Positions } from '../layout/index.ts';
import { buildSearchIndex, search, type SearchHit, type SearchIndex } from './search.ts';

/**
 * The graph without provenance (mentions, evidence, entity props): what the viewer needs to
 * draw, filter and search. Details come per node or relation from /api/nodes, /api/edges.
 */
export interface GraphSkeleton {
  documents: DocumentMeta[];
  entities: Array<Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>>;
  relations: Array<Pick<Relation, 'id' | 'type' | 'from' | 'to' | 'props'>>;
}

export interface GraphFilter {
  types?: string[];
  /** A street by id, name or alias: it, its neighbours, and the enterprises behind its projects. */
  street?: string;
  /** A program by id, name or alias: it, the streets that implement it, and who heads them. */
  program?: string;
}

export interface Neighbour {
  relation: Relation;
  direction: 'out' | 'in';
  other: Pick<Entity, 'id' | 'type' | 'name'>;
}

export interface NodeDetails {
  entity: Entity;
  degree: number;
  neighbours: Neighbour[];
  documents: DocumentMeta[];
}

export interface EdgeDetails {
  relation: Relation;
  from: Pick<Entity, 'id' | 'type' | 'name'>;
  to: Pick<Entity, 'id' | 'type' | 'name'>;
  documents: DocumentMeta[];
}

/** Thrown for a filter naming something the graph does not hold; the API answers 400. */
export class UnknownEntityError extends Error {}

/** Document paths relative to the folder that holds them all (absolute ones told nothing but the server's layout). */
export function relativePaths(documents: DocumentMeta[]): DocumentMeta[] {
  const paths = documents.map((d) => d.path).filter((p): p is string => !!p);
  if (paths.length === 0 || !paths.some((p) => path.isAbsolute(p))) return documents;
  let root = path.dirname(paths[0]!);
  for (const p of paths) while (root !== path.dirname(root) && path.relative(root, p).startsWith('..')) root = path.dirname(root);
  return documents.map((d) => (d.path ? { ...d, path: path.relative(root, d.path) || path.basename(d.path) } : d));
}

export class GraphIndex {
  readonly version: string;
  private readonly entities = new Map<string, Entity>();
  private readonly relations = new Map<string, Relation>();
  private readonly documents = new Map<string, DocumentMeta>();
  private readonly incident = new Map<string, Relation[]>();
  private searchIndex: SearchIndex | null = null;
  private positions: Positions | null | undefined;
  private skeletonJson: string | undefined;
  private graphJson: string | undefined;

  readonly graph: KnowledgeGraph;

  constructor(graph: KnowledgeGraph) {
    // Answers never show where the server keeps its files: document paths relative to the corpus root.
    this.graph = graph = { ...graph, documents: relativePaths(graph.documents) };
    for (const d of graph.documents) this.documents.set(d.id, d);
    for (const e of graph.entities) {
      this.entities.set(e.id, e);
      this.incident.set(e.id, []);
    }
    for (const r of graph.relations) {
      this.relations.set(r.id, r);
      this.incident.get(r.from)?.push(r);
      if (r.to !== r.from) this.incident.get(r.to)?.push(r);
    }
    // Same graph, same version: the viewer keys its saved layout on it.
    const hash = createHash('sha1');
    for (const e of graph.entities) hash.update(e.id + '\0');
    for (const r of graph.relations) hash.update(r.id + '\0');
    this.version = hash.digest('hex').slice(0, 16);
  }

  counts(): { documents: number; entities: number; relations: number; byType: Record<string, number> } {
    const byType: Record<string, number> = {};
    for (const e of this.graph.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
    return {
      documents: this.graph.documents.length,
      entities: this.graph.entities.length,
      relations: this.graph.relations.length,
      byType,
    };
  }

  /** An entity by id, exact name or alias, optionally of one type. */
  resolve(ref: string, type?: string): Entity | undefined {
    const byId = this.entities.get(ref);
    if (byId && (!type || byId.type === type)) return byId;
    const candidates = this.graph.entities.filter((e) => !type || e.type === type);
    return candidates.find((e) => e.name === ref) ?? candidates.find((e) => e.aliases.includes(ref));
  }

  filter(filter: GraphFilter): KnowledgeGraph {
    let keep: Set<string> | null = null;
    const intersect = (ids: Set<string>) => {
      keep = keep ? new Set([...keep].filter((id) => ids.has(id))) : ids;
    };
    if (filter.types?.length) {
      const types = new Set(filter.types);
      intersect(new Set(this.graph.entities.filter((e) => types.has(e.type)).map((e) => e.id)));
    }
    if (filter.street) intersect(this.streetNeighbourhood(this.mustResolve(filter.street, 'Street')));
    if (filter.program) intersect(this.programNeighbourhood(this.mustResolve(filter.program, 'Program')));
    if (!keep) return this.graph;
    const kept: Set<string> = keep;
    const entities = this.graph.entities.filter((e) => kept.has(e.id));
    const relations = this.graph.relations.filter((r) => kept.has(r.from) && kept.has(r.to));
    const docIds = new Set<string>();
    for (const e of entities) for (const m of e.mentions) docIds.add(m.doc);
    for (const r of relations) for (const ev of r.evidence) docIds.add(ev.doc);
    return { documents: this.graph.documents.filter((d) => docIds.has(d.id)), entities, relations };
  }

  node(id: string): NodeDetails | undefined {
    const entity = this.entities.get(id);
    if (!entity) return undefined;
    const relations = this.incident.get(id) ?? [];
    const neighbours = relations.map((relation): Neighbour => {
      const direction = relation.from === id ? 'out' : 'in';
      const other = this.entities.get(direction === 'out' ? relation.to : relation.from);
      return { relation, direction, other: summary(other, direction === 'out' ? relation.to : relation.from) };
    });
    const docIds = new Set(entity.mentions.map((m) => m.doc));
    for (const r of relations) for (const ev of r.evidence) docIds.add(ev.doc);
    return { entity, degree: relations.length, neighbours, documents: this.docs(docIds) };
  }

  edge(id: string): EdgeDetails | undefined {
    const relation = this.relations.get(id);
    if (!relation) return undefined;
    return {
      relation,
      from: summary(this.entities.get(relation.from), relation.from),
      to: summary(this.entities.get(relation.to), relation.to),
      documents: this.docs(new Set(relation.evidence.map((ev) => ev.doc))),
    };
  }

  /** The skeleton as JSON text, serialised once: big graphs are tens of MB. */
  skeleton(): string {
    return (this.skeletonJson ??= JSON.stringify({
      documents: this.graph.documents,
      entities: this.graph.entities.map(({ id, type, name, aliases }) => ({ id, type, name, aliases })),
      relations: this.graph.relations.map(({ id, type, from, to, props }) => ({ id, type, from, to, props })),
    } satisfies GraphSkeleton));
  }

  /** The whole graph as JSON text, serialised once. */
  wholeGraphJson(): string {
    return (this.graphJson ??= JSON.stringify(this.graph));
  }

  /** The deterministic layout (computed once), or null for graphs the viewer lays out itself. */
  layout(): Positions | null {
    if (this.positions === undefined) this.positions = computeLayout(this.graph);
    return this.positions;
  }

  search(query: string, limit: number, types?: string[]): SearchHit[] {
    this.searchIndex ??= buildSearchIndex(
      this.graph.entities.map((e) => ({ ...e, kind: e.type, weight: this.incident.get(e.id)?.length ?? 0 })),
    );
    const hits = search(this.searchIndex, query, types?.length ? Number.MAX_SAFE_INTEGER : limit);
    return types?.length ? hits.filter((h) => types.includes(h.kind)).slice(0, limit) : hits;
  }

  private mustResolve(ref: string, type: string): Entity {
    const entity = this.resolve(ref, type);
    if (!entity) throw new UnknownEntityError(`no ${type} named or with id '${ref}' in the graph`);
    return entity;
  }

  private neighbours(id: string, relationType?: string): string[] {
    return (this.incident.get(id) ?? [])
      .filter((r) => !relationType || r.type === relationType)
      .map((r) => (r.from === id ? r.to : r.from));
  }

  private streetNeighbourhood(street: Entity): Set<string> {
    const ids = new Set([street.id, ...this.neighbours(street.id)]);
    for (const id of [...ids]) {
      if (this.entities.get(id)?.type === 'Project') for (const e of this.neighbours(id, 'INVOLVES')) ids.add(e);
    }
    return ids;
  }

  private programNeighbourhood(program: Entity): Set<string> {
    const streets = this.neighbours(program.id, 'IMPLEMENTS');
    const ids = new Set([program.id, ...streets]);
    for (const s of streets) for (const o of this.neighbours(s, 'HEADS')) ids.add(o);
    return ids;
  }

  private docs(ids: Set<string>): DocumentMeta[] {
    return [...ids].map((id) => this.documents.get(id) ?? { id, title: id, chars: 0 });
  }
}

function summary(entity: Entity | undefined, id: string): Pick<Entity, 'id' | 'type' | 'name'> {
  return entity ? { id: entity.id, type: entity.type, name: entity.name } : { id, type: 'Unknown', name: id };
}
