/**
 * The force layout: seeded start positions, ForceAtlas2 for a fixed number of iterations, then
 * noverlap. The server uses it for graphs without streets (see ./index.ts); the viewer's
 * "Run ForceAtlas2" worker uses the same settings. Pure (graphology only).
 */
import graphologyModule from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import type { AbstractGraph } from 'graphology-types';
import type { KnowledgeGraph } from '../types.ts';

/** graphology's layout packages are CommonJS: a default import is the module under NodeNext typings, the function under bundlers. */
function defaultExport<M extends { default: unknown }>(mod: M): M['default'] {
  return ((mod as { default?: unknown }).default ?? mod) as M['default'];
}
export const forceAtlas2 = defaultExport(fa2Module);
export const noverlap = defaultExport(noverlapModule);

export const LAYOUT_DEFAULTS = {
  /** Up to this many nodes the server lays the graph out (FA2 iterations cost O(n log n) each). */
  serverMaxNodes: 1500,
  iterations: 300,
  noverlapIterations: 150,
};

export type Positions = Record<string, [number, number]>;

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
export function seededPosition(id: string, scale: number): { x: number; y: number } {
  const h = hashString(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt(((h >>> 16) + 1) / 0x10000) * scale;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

export function nodeSize(degree: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(degree), 26);
}

// Spread hubs out (outbound attraction distribution) and give labels room (higher scaling):
// the defaults pack a news graph's few hubs and their many leaves into one knot.
export function fa2Settings(graph: AbstractGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    scalingRatio: 10,
    gravity: 0.5,
    outboundAttractionDistribution: true,
    adjustSizes: false,
    barnesHutOptimize: graph.order > 400,
  };
}

/** Separate overlapping nodes (after FA2), keeping room for a label's first characters. */
export function spread(graph: AbstractGraph): void {
  noverlap.assign(graph, { maxIterations: LAYOUT_DEFAULTS.noverlapIterations, settings: { margin: 6, ratio: 1.3 } });
}

/** FA2 then noverlap from seeded positions: deterministic. null when the graph is too big. */
export function forceLayout(kg: KnowledgeGraph, maxNodes = LAYOUT_DEFAULTS.serverMaxNodes): Positions | null {
  if (kg.entities.length > maxNodes) return null;
  const Graph = defaultExport(graphologyModule);
  const graph = new Graph({ multi: true, type: 'directed' });
  const scale = Math.sqrt(kg.entities.length) * 10;
  for (const e of kg.entities) graph.addNode(e.id, seededPosition(e.id, scale));
  for (const r of kg.relations) if (graph.hasNode(r.from) && graph.hasNode(r.to)) graph.addEdge(r.from, r.to);
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node))));
  forceAtlas2.assign(graph, { iterations: LAYOUT_DEFAULTS.iterations, settings: fa2Settings(graph) });
  spread(graph);
  const positions: Positions = {};
  graph.forEachNode((node, attr) => (positions[node] = [Math.round(attr.x * 100) / 100, Math.round(attr.y * 100) / 100]));
  return positions;
}
