/**
 * All display changes go through sigma's reducers: the graph's data is never edited to show a
 * selection, a filter or a hover.
 */
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from '../graph/build.ts';
import { DIMMED_EDGE, DIMMED_NODE, RELATION_LABELS } from '../graph/kinds.ts';
import type { DisplaySets } from './focus.ts';

export interface HoverState {
  node: string | null;
  neighbours: Set<string>;
  /** Dim everything else (small graphs); big graphs only redraw around the hovered node. */
  dimOthers: boolean;
}

/** Links of a selected or hovered node are labelled with their type when it has at most this many. */
export const EDGE_LABELS_MAX_DEGREE = 8;

export function makeReducers(graph: ViewerGraph, getSets: () => DisplaySets, getHover: () => HoverState) {
  // Nothing selected, filtered or hovered: no lookups, no new object (sigma hands reducers its
  // own shallow copy of the attributes; on 50k nodes and 150k edges extra copies cost seconds of GC).
  const plain = (sets: DisplaySets, hover: HoverState) => !sets.hidden.size && !sets.focus && !sets.selectedEdge && !hover.node;

  const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const sets = getSets();
    const hover = getHover();
    if (plain(sets, hover)) return data;
    if (sets.hidden.has(node)) return { ...data, hidden: true };
    const res: Partial<NodeDisplayData> = { ...data, zIndex: 1 };
    const inFocus = !sets.focus || sets.focus.has(node);
    if (!inFocus) {
      res.color = DIMMED_NODE;
      res.label = null;
      res.zIndex = 0;
    } else if (sets.labelAll) {
      res.forceLabel = true;
      res.zIndex = 2;
    }
    if (hover.node && inFocus) {
      if (node === hover.node || hover.neighbours.has(node)) {
        res.forceLabel = true;
        res.zIndex = 3;
      } else if (!sets.focus && hover.dimOthers) {
        res.color = DIMMED_NODE;
        res.label = null;
      }
    }
    if (node === sets.selectedNode || node === hover.node) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 4;
    }
    return res;
  };

  const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const sets = getSets();
    const hover = getHover();
    if (plain(sets, hover)) return data;
    const [source, target] = graph.extremities(edge);
    if (sets.hidden.has(source) || sets.hidden.has(target)) return { ...data, hidden: true };
    const res: Partial<EdgeDisplayData> = { ...data };
    if (edge === sets.selectedEdge) {
      return { ...res, color: '#1f2328', size: 3, zIndex: 2, label: RELATION_LABELS[data.relType] ?? data.relType, forceLabel: true };
    }
    if (sets.focus && !(sets.focus.has(source) && sets.focus.has(target))) {
      return { ...res, color: DIMMED_EDGE, zIndex: 0 };
    }
    const touchesSelected = sets.selectedNode && (source === sets.selectedNode || target === sets.selectedNode);
    const touchesHovered = hover.node && (source === hover.node || target === hover.node);
    if (touchesSelected || touchesHovered) {
      // A hub's many links would pile their type labels up in a fan: name them only for a few.
      const hub = touchesSelected ? sets.selectedNode! : hover.node!;
      const label = graph.degree(hub) <= EDGE_LABELS_MAX_DEGREE ? (RELATION_LABELS[data.relType] ?? data.relType) : null;
      return { ...res, color: '#5b6472', size: 2, zIndex: 1, label, forceLabel: !!label };
    }
    if (hover.node && !sets.focus && hover.dimOthers) return { ...res, color: DIMMED_EDGE, zIndex: 0 };
    // Inside a focus (preset, ego network), the links are what the user is reading: darker.
    if (sets.focus) return { ...res, color: '#7d8796', size: 1.5, zIndex: 1 };
    return res;
  };

  return { nodeReducer, edgeReducer };
}
