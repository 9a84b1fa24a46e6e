/**
 * The graph sigma draws, derived from the knowledge graph: topology plus display attributes
 * (kind, label, size by degree, colour by kind). Never edited for display: that is the
 * reducers' job (render/reducers.ts).
 */
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../../src/types.ts';
import { EDGE_COLOR, kindStyle } from './kinds.ts';

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

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** 32-bit FNV-1a: a stable number per id, for seeded positions. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeded start positions: the same graph starts from the same picture on every load. */
function seededPosition(id: string, scale: number): { x: number; y: number } {
  const h = hashString(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt(((h >>> 16) + 1) / 0x10000) * scale;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function nodeSize(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 26);
}

export function buildViewerGraph(kg: KnowledgeGraph): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph();
  const scale = Math.sqrt(kg.entities.length) * 10;
  for (const e of kg.entities) {
    graph.addNode(e.id, { label: e.name, kind: e.type, size: 1, color: kindStyle(e.type).color, ...seededPosition(e.id, scale) });
  }
  for (const r of kg.relations) {
    // The contract allows relations to entities outside a filtered export; skip what cannot be drawn.
    if (!graph.hasNode(r.from) || !graph.hasNode(r.to) || graph.hasEdge(r.id)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.from, r.to, { relType: r.type, size: 1, color: EDGE_COLOR });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node))));
  return graph;
}
