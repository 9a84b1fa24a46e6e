/**
 * The facts behind an answer's rows, found in the graph the page holds. The rows of /api/ask
 * carry names (its contract), the page needs nodes and relations: to draw the answer, light it
 * up in the main graph and fetch each fact's sentence of evidence (GET /api/edges/:id).
 *
 * A row's fact is a relation between two of its entities (those the row names, and those the
 * question was linked to), at least one of them named in the row: a relation between the two
 * streets a question names is not a fact of every row.
 */
import type { QueryResult } from '../api.ts';
import type { ViewerGraph } from '../graph/build.ts';

export interface RowFacts {
  /** Nodes of the graph the row names, and the question's entities its facts reach. */
  nodes: string[];
  /** Relation ids (the graph's edge keys). */
  relations: string[];
}

/** Node ids by name (the viewer graph's labels). Several entities may share a name. */
export function idsByName(graph: ViewerGraph): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  graph.forEachNode((id, attr) => {
    const ids = byName.get(attr.label);
    if (ids) ids.push(id);
    else byName.set(attr.label, [id]);
  });
  return byName;
}

/** Every string in a row's values, lists flattened (a row's enterprises, a path's names). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

export function factsOfRow(graph: ViewerGraph, byName: Map<string, string[]>, linked: string[], row: Record<string, unknown>): RowFacts {
  const named = new Set(stringsOf(row).flatMap((s) => byName.get(s) ?? []));
  const ends = new Set([...named, ...linked.filter((id) => graph.hasNode(id))]);
  const relations = new Set<string>();
  const nodes = new Set(named);
  for (const node of named) {
    graph.forEachEdge(node, (edge, _attr, source, target) => {
      const other = source === node ? target : source;
      if (!ends.has(other)) return;
      relations.add(edge);
      nodes.add(other);
    });
  }
  return { nodes: [...nodes], relations: [...relations] };
}

/** Each row's facts, and all of them together (the answer's graph). */
export function factsOfAnswer(graph: ViewerGraph, byName: Map<string, string[]>, linked: string[], rows: Array<Record<string, unknown>>) {
  const perRow = rows.map((row) => factsOfRow(graph, byName, linked, row));
  const nodes = new Set([...perRow.flatMap((f) => f.nodes), ...linked.filter((id) => graph.hasNode(id))]);
  const relations = new Set(perRow.flatMap((f) => f.relations));
  return { perRow, nodes, relations };
}

/** The answer's facts in the console's result shape, so the console's result graph draws them. */
export function asQueryResult(graph: ViewerGraph, nodes: Set<string>, relations: Set<string>): QueryResult {
  return {
    columns: [],
    rows: [],
    nodes: [...nodes].map((id) => ({ id, labels: [graph.getNodeAttribute(id, 'kind')], properties: { name: graph.getNodeAttribute(id, 'label') } })),
    relationships: [...relations].map((id) => ({ id, type: graph.getEdgeAttribute(id, 'relType'), start: graph.source(id), end: graph.target(id), properties: {} })),
  };
}
