/**
 * Layouts of the knowledge graph, shared by the server (which lays out graphs small enough once,
 * so every reload and machine shows the same picture) and the viewer (its worker layout, seeded
 * positions, node sizes). Pure: graphology and the contract's types only.
 */
import type { KnowledgeGraph } from '../types.ts';
import { articleLayout, type LayoutEntity, type LayoutRelation } from './article.ts';
import { forceLayout, LAYOUT_DEFAULTS, type Positions } from './force.ts';

export { ARTICLE_LAYOUT, articleLayout, labelWidth, type LayoutEntity, type LayoutRelation } from './article.ts';
export { fa2Settings, forceAtlas2, forceLayout, hashString, LAYOUT_DEFAULTS, nodeSize, noverlap, seededPosition, spread, type Positions } from './force.ts';

/** The article layout (a column per street) when the graph has streets, else ForceAtlas2; null when too big. */
export function computeLayout(kg: KnowledgeGraph, maxNodes = LAYOUT_DEFAULTS.serverMaxNodes): Positions | null {
  if (kg.entities.length > maxNodes) return null;
  const entities: LayoutEntity[] = kg.entities.map((e) => {
    const first = e.mentions[0];
    return { id: e.id, type: e.type, name: e.name, firstSeen: first ? [first.doc, first.start] : undefined };
  });
  const relations: LayoutRelation[] = kg.relations.map((r) => {
    const ev = r.evidence[0];
    return { type: r.type, from: r.from, to: r.to, at: ev ? [ev.doc, ev.start] : undefined };
  });
  return articleLayout(entities, relations) ?? forceLayout(kg, maxNodes);
}
