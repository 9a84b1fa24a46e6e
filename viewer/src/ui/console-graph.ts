/**
 * A console result drawn as a small graph, as Neo4j Browser does: nodes by name in their type's
 * colour, sized by their links in the result, relationships labelled by type, laid out by
 * ForceAtlas2 and separated so names do not sit on each other. Its sigma follows the panel's size.
 */
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import type { QueryResult } from '../api.ts';
import { hashString } from '../graph/build.ts';
import { kindStyle } from '../graph/kinds.ts';
import { forceAtlas2, noverlap } from '../../../src/layout/index.ts';
import { LABEL_FONT } from '../render/settings.ts';
import { nodeKind, nodeName } from './console-cells.ts';

export function resultGraph(result: QueryResult): MultiGraph {
  const graph = new MultiGraph();
  for (const n of result.nodes) {
    const kind = nodeKind(n.labels);
    const h = hashString(n.id);
    graph.mergeNode(n.id, { label: nodeName(n.properties, kind), kind, color: kindStyle(kind).color, size: 6, x: (h & 0xffff) / 0xffff, y: (h >>> 16) / 0xffff });
  }
  for (const r of result.relationships) {
    if (graph.hasNode(r.start) && graph.hasNode(r.end)) graph.addEdgeWithKey(r.id, r.start, r.end, { label: r.type, size: 1.5, color: '#aab', type: 'arrow' });
  }
  graph.forEachNode((n) => graph.setNodeAttribute(n, 'size', Math.min(5 + 1.5 * Math.sqrt(graph.degree(n)), 14)));
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: 300, settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 40, gravity: 0.5, barnesHutOptimize: graph.order > 400 } });
    noverlap.assign(graph, { maxIterations: 100, settings: { margin: 2, ratio: 1.2 } });
  }
  return graph;
}

export class ResultGraphView {
  private sigma: Sigma | null = null;
  private readonly resize = new ResizeObserver(() => this.sigma?.resize(true).refresh());

  constructor(private readonly box: HTMLElement) {
    this.resize.observe(box);
  }

  show(result: QueryResult | null): void {
    this.sigma?.kill();
    this.sigma = null;
    this.box.replaceChildren();
    if (!result) return;
    if (!result.nodes.length) {
      // Say why the box is empty rather than leave a blank that looks broken.
      const note = document.createElement('p');
      note.className = 'muted empty-graph';
      note.textContent = 'No nodes or relationships in this answer: return nodes (RETURN s, r, p) or paths to see them drawn.';
      this.box.append(note);
      return;
    }
    const graph = resultGraph(result);
    const many = graph.order > 60;
    // Type labels on every link pile up past a few dozen links; the table names them anyway.
    const edgeLabels = graph.size <= 20;
    this.sigma = new Sigma(graph, this.box, {
      labelFont: LABEL_FONT,
      renderEdgeLabels: edgeLabels,
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 10,
      labelSize: 12,
      labelDensity: many ? 0.5 : 1,
      labelGridCellSize: many ? 80 : 40,
      labelRenderedSizeThreshold: 0,
      defaultEdgeType: 'arrow',
      zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(Math.max(ratio, 1)),
      stagePadding: 24,
      allowInvalidContainer: true,
    });
  }
}
