/**
 * graph: the knowledge graph as a graphology graph, the in-memory form the exports and the
 * viewer derive from. Node attributes keep the domain type under `entityType` (sigma reads
 * `type` as a drawing program).
 */
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../types.ts';

export interface NodeAttributes {
  label: string;
  entityType: string;
  aliases: string;
  mentions: number;
  [key: string]: unknown;
}
export interface EdgeAttributes {
  relation: string;
  evidence: string;
  [key: string]: unknown;
}

/** Flatten a property for formats that hold only scalars (GEXF, GraphML). */
function scalar(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // A sentence a property was read from ({doc, start, end, text}): its text is what a reader wants.
  const evidence = value as { text?: unknown; doc?: unknown } | null;
  if (evidence && typeof evidence.text === 'string' && typeof evidence.doc === 'string') return evidence.text.replace(/\s+/g, '');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('|');
  return JSON.stringify(value);
}

export function toGraphology(kg: KnowledgeGraph): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const e of kg.entities) {
    const props = Object.fromEntries(Object.entries(e.props).map(([k, v]) => [k, scalar(v)]));
    graph.addNode(e.id, { ...props, label: e.name, entityType: e.type, aliases: e.aliases.join('|'), mentions: e.mentions.length });
  }
  for (const r of kg.relations) {
    if (!graph.hasNode(r.from) || !graph.hasNode(r.to)) continue;
    const props = Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, scalar(v)]));
    graph.addDirectedEdgeWithKey(r.id, r.from, r.to, { ...props, relation: r.type, evidence: r.evidence.map((e) => e.text.replace(/\s+/g, '')).join(' | ') });
  }
  return graph;
}
