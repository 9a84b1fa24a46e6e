/**
 * From the view state to the sets the reducers read: which nodes are filtered out, which are
 * in focus (ego network, preset, console result). Computed once per state change, so each
 * reducer call is a set lookup.
 */
import type { ViewerGraph } from '../graph/build.ts';
import type { PresetResult } from '../presets/index.ts';
import type { ViewState } from '../state/view-state.ts';

export interface DisplaySets {
  /** Nodes removed by the type or street filter. */
  hidden: Set<string>;
  /** When set, everything outside is dimmed. */
  focus: Set<string> | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Few enough nodes in view (after filters, or in focus) to label every one. */
  labelAll: boolean;
}

/** Every label is drawn when at most this many nodes are shown or in focus. */
export const LABEL_ALL_MAX = 80;

export function streetNeighbourhood(graph: ViewerGraph, street: string): Set<string> {
  const ids = new Set<string>([street, ...graph.neighbors(street)]);
  for (const id of [...ids]) {
    if (graph.getNodeAttribute(id, 'kind') !== 'Project') continue;
    graph.forEachOutEdge(id, (_e, attr, _s, target) => {
      if (attr.relType === 'INVOLVES') ids.add(target);
    });
  }
  return ids;
}

/** Nodes within `depth` hops of `node`, not crossing hidden nodes. */
export function egoNetwork(graph: ViewerGraph, node: string, depth: number, hidden: Set<string>): Set<string> {
  const seen = new Set([node]);
  let frontier = [node];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m) && !hidden.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export function computeDisplaySets(
  graph: ViewerGraph,
  state: ViewState,
  preset: PresetResult | null,
  consoleFocus: Set<string> | null,
): DisplaySets {
  // Hidden by type (or as unlinked) stays hidden; outside the chosen street is hidden unless the
  // selected node's ego network reaches there (depth 2 from a shared program: its other streets).
  const byType = new Set<string>();
  const outsideStreet = new Set<string>();
  const streetIds = state.street && graph.hasNode(state.street) ? streetNeighbourhood(graph, state.street) : null;
  if (state.hiddenKinds.size || streetIds || state.hideUnlinked) {
    graph.forEachNode((node, attr) => {
      if (state.hiddenKinds.has(attr.kind) || (state.hideUnlinked && graph.degree(node) === 0)) byType.add(node);
      else if (streetIds && !streetIds.has(node)) outsideStreet.add(node);
    });
  }
  const selectedNode = state.selection?.kind === 'node' && graph.hasNode(state.selection.id) ? state.selection.id : null;
  const selectedEdge = state.selection?.kind === 'edge' && graph.hasEdge(state.selection.id) ? state.selection.id : null;
  let focus: Set<string> | null = null;
  if (selectedNode) focus = egoNetwork(graph, selectedNode, state.depth, byType);
  else if (selectedEdge) focus = new Set(graph.extremities(selectedEdge));
  else if (consoleFocus) focus = consoleFocus;
  else if (preset) {
    const item = preset.items.find((i) => i.id === state.presetItem);
    focus = item ? item.nodes : preset.nodes;
  }
  const hidden = new Set(byType);
  for (const n of outsideStreet) if (!(selectedNode && focus?.has(n))) hidden.add(n);
  const shown = focus ? focus.size : graph.order - hidden.size;
  return { hidden, focus, selectedNode, selectedEdge, labelAll: shown <= LABEL_ALL_MAX };
}
