/**
 * A preset is one small object: a question a reporter asks, answered from the graph as a set
 * of nodes to light up and, where it helps, a ranked list beside the graph.
 */
import type { SkeletonRelation } from '../api.ts';
import type { ViewerGraph } from '../graph/build.ts';
import type { ViewState } from '../state/view-state.ts';

export interface RankedItem {
  id: string;
  label: string;
  /** The number the list is ranked by, and what it counts ("4 streets"). */
  count: number;
  countLabel: string;
  detail?: string;
  /** The nodes to light up when this item is chosen. */
  nodes: Set<string>;
}

export interface PresetResult {
  nodes: Set<string>;
  items: RankedItem[];
  /** Shown above the list: what the preset shows and how many. */
  summary: string;
}

export interface PresetContext {
  graph: ViewerGraph;
  relations: Map<string, SkeletonRelation>;
  state: ViewState;
}

export interface Preset {
  id: string;
  label: string;
  description: string;
  compute(ctx: PresetContext): PresetResult;
}

/** Neighbours of `node` over edges of one relation type, in one direction. */
export function linked(graph: ViewerGraph, node: string, relType: string, direction: 'out' | 'in'): string[] {
  const found = new Set<string>();
  const each = direction === 'out' ? graph.forEachOutEdge.bind(graph) : graph.forEachInEdge.bind(graph);
  each(node, (_edge, attr, source, target) => {
    if (attr.relType === relType) found.add(direction === 'out' ? target : source);
  });
  return [...found];
}

export function byCountThenName(a: RankedItem, b: RankedItem): number {
  return b.count - a.count || a.label.localeCompare(b.label, 'zh');
}
