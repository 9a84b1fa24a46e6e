/**
 * The graph sigma draws, derived from the knowledge graph: topology plus display attributes
 * (kind, label, size by degree, colour by kind). Never edited for display: that is the
 * reducers' job (render/reducers.ts).
 */
import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { nodeSize, seededPosition, type Positions } from '../../../src/layout/index.ts';
import type { Skeleton } from '../api.ts';
import { EDGE_COLOR, kindStyle } from './kinds.ts';

export { hashString, nodeSize } from '../../../src/layout/index.ts';

export interface NodeAttributes {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Pinned by a drag: ForceAtlas2 leaves it where it was put. */
  fixed?: boolean;
}

export interface EdgeAttributes {
  relType: string;
  size: number;
  color: string;
}

export type ViewerGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** `positions`: the server's layout when it made one; else seeded start positions. */
export function buildViewerGraph(kg: Skeleton, positions: Positions | null): ViewerGraph {
  // graphology's simple graph is markedly faster to build and walk than a multigraph: use it
  // unless two relations join the same pair (then start again with a multigraph).
  return fill(new DirectedGraph(), kg, positions) ?? fill(new MultiDirectedGraph(), kg, positions)!;
}

/** The graph filled in, or null when it is simple and the relations are parallel. */
function fill(graph: ViewerGraph, kg: Skeleton, positions: Positions | null): ViewerGraph | null {
  const known = new Set(kg.entities.map((e) => e.id));
  // The contract allows relations to entities outside a filtered export: they are not drawn.
  const drawn = kg.relations.filter((r) => known.has(r.from) && known.has(r.to));
  // Degrees first, so each node is added once with its final size (no second pass of events).
  const degree = new Map<string, number>();
  for (const r of drawn) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    if (r.to !== r.from) degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const scale = Math.sqrt(kg.entities.length) * 10;
  for (const e of kg.entities) {
    if (graph.hasNode(e.id)) continue;
    const p = positions?.[e.id];
    const at = p ? { x: p[0], y: p[1] } : seededPosition(e.id, scale);
    graph.addNode(e.id, { label: e.name, kind: e.type, size: nodeSize(degree.get(e.id) ?? 0), color: kindStyle(e.type).color, x: at.x, y: at.y });
  }
  for (const r of drawn) {
    if (graph.hasEdge(r.id)) continue;
    if (!graph.multi && graph.hasDirectedEdge(r.from, r.to)) return null;
    graph.addDirectedEdgeWithKey(r.id, r.from, r.to, { relType: r.type, size: 1, color: EDGE_COLOR });
  }
  return graph;
}
