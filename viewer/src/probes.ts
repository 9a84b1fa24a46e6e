/**
 * Read-only probes for the browser tests and the bench (`window.__zhenjie`): where a node is on
 * screen, what is shown, when the first frame was drawn. They report; they change nothing.
 */
import type { ViewerGraph } from './graph/build.ts';
import type { GraphRenderer } from './render/renderer.ts';

export interface ProbeInput {
  renderer: GraphRenderer;
  graph: ViewerGraph;
  version: string;
  labelFont: string;
  firstFrameAt: number;
  layoutMode: string;
}

export function exposeProbes({ renderer, graph, version, labelFont, firstFrameAt, layoutMode }: ProbeInput): void {
  const sigma = renderer.sigma;
  const probes = {
    ready: true,
    version,
    labelFont,
    layoutMode,
    /** ms from navigation start to the first drawn frame. */
    firstFrameMs: firstFrameAt,
    order: graph.order,
    size: graph.size,
    sigma,
    /** A node as drawn: viewport position (CSS px in the graph container), colour, size, hidden. */
    node(id: string) {
      const d = sigma.getNodeDisplayData(id);
      if (!d) return null;
      const p = sigma.framedGraphToViewport({ x: d.x, y: d.y });
      return { x: p.x, y: p.y, color: d.color, size: sigma.scaleSize(d.size), hidden: d.hidden, kind: graph.getNodeAttribute(id, 'kind'), label: d.label };
    },
    nodes(): string[] {
      return graph.nodes();
    },
    visibleNodes: () => renderer.visibleNodes(),
    containerRect() {
      const r = sigma.getContainer().getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
  };
  (window as unknown as { __zhenjie: typeof probes }).__zhenjie = probes;
}
