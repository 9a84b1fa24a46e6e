/**
 * The graph sigma draws, derived from the knowledge graph: topology plus display attributes
 * (kind, label, size by degree, colour by kind). Never edited for display: that is the
 * reducers' job (render/reducers.ts).
 */
import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { nodeSize, seededPosition, type Positions } from '../../../src/serve/layout.ts';
import type { Skeleton } from '../api.ts';
import { EDGE_COLOR, kindStyle } from './kinds.ts';

export { hashString, nodeSize } from '../../../src/serve/layout.ts';

export interface NodeAttributes {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  relType: string;
  size: number;
  color: string;
}

export type ViewerGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** `positions`: the server's layout when it made one; else seeded start positions. */
export function buildViewerGraph(kg: Skeleton, positions: Positions | null): ViewerGraph {
  // A multigraph only when two relations join the same pair: graphology's simple graph is
  // markedly faster to build and walk.
  const pairs = new Set<string>();
  let parallel = false;
  for (const r of kg.relations) {
    const pair = `${r.from}\u0000${r.to}`;
    if (pairs.has(pair)) {
      parallel = true;
      break;
    }
    pairs.add(pair);
  }
  const graph: ViewerGraph = parallel ? new MultiDirectedGraph() : new DirectedGraph();
  const scale = Math.sqrt(kg.entities.length) * 10;
  for (const e of kg.entities) {
    const p = positions?.[e.id];
    const at = p ? { x: p[0], y: p[1] } : seededPosition(e.id, scale);
    graph.addNode(e.id, { label: e.name, kind: e.type, size: 1, color: kindStyle(e.type).color, ...at });
  }
  for (const r of kg.relations) {
    // The contract allows relations to entities outside a filtered export; skip what cannot be drawn.
    if (!graph.hasNode(r.from) || !graph.hasNode(r.to) || graph.hasEdge(r.id)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.from, r.to, { relType: r.type, size: 1, color: EDGE_COLOR });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node))));
  return graph;
}
