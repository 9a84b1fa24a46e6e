/**
 * The sigma instance of the main view: created once with reducers reading the display sets,
 * refreshed when the state changes, with hover and click wired to the store.
 */
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from '../graph/build.ts';
import type { DisplaySets } from './focus.ts';
import { makeReducers, type HoverState } from './reducers.ts';
import { isHeavy, settingsFor } from './settings.ts';

export interface RendererEvents {
  onClickNode(node: string): void;
  onClickEdge(edge: string): void;
  onClickStage(): void;
}

export type ViewerSigma = Sigma<NodeAttributes, EdgeAttributes>;

export class GraphRenderer {
  readonly sigma: ViewerSigma;
  private sets: DisplaySets;
  private hover: HoverState = { node: null, neighbours: new Set(), dimOthers: false };
  private readonly heavy: boolean;
  /** performance.now() when the first frame was drawn and flushed. */
  readonly firstFrameAt: number;

  constructor(
    readonly graph: ViewerGraph,
    container: HTMLElement,
    events: RendererEvents,
    initialSets: DisplaySets,
  ) {
    this.sets = initialSets;
    this.heavy = isHeavy(graph.order, graph.size);
    const { nodeReducer, edgeReducer } = makeReducers(graph, () => this.sets, () => this.hover);
    // Sigma draws its first frame inside the constructor.
    this.sigma = new Sigma(graph, container, { ...settingsFor(graph.order, graph.size), nodeReducer, edgeReducer });
    flushGl(this.sigma);
    this.firstFrameAt = performance.now();

    this.sigma.on('enterNode', ({ node }) => this.setHover(node));
    this.sigma.on('leaveNode', () => this.setHover(null));
    this.sigma.on('clickNode', ({ node }) => events.onClickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.onClickEdge(edge));
    this.sigma.on('clickStage', () => events.onClickStage());
    this.sigma.on('enterEdge', () => container.style.setProperty('cursor', 'pointer'));
    this.sigma.on('leaveEdge', () => container.style.removeProperty('cursor'));
  }

  setDisplaySets(sets: DisplaySets): void {
    this.sets = sets;
    this.sigma.refresh({ skipIndexation: true });
  }

  private setHover(node: string | null): void {
    const previous = this.hover.node;
    this.hover = { node, neighbours: new Set(node ? this.graph.neighbors(node) : []), dimOthers: !this.heavy };
    this.sigma.getContainer().style.cursor = node ? 'pointer' : '';
    if (!this.heavy) {
      this.sigma.refresh({ skipIndexation: true });
      return;
    }
    // A big graph: reduce again only around the node left and the node entered, not 200k items.
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const around of [previous, node]) {
      if (!around || !this.graph.hasNode(around)) continue;
      nodes.add(around);
      this.graph.forEachNeighbor(around, (n) => nodes.add(n));
      this.graph.forEachEdge(around, (e) => edges.add(e));
    }
    this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  }

  /** Move the camera to a node, zooming in if the view is wide. */
  focusNode(node: string, duration = 600): Promise<void> {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return Promise.resolve();
    const ratio = Math.min(this.sigma.getCamera().ratio, 0.6);
    return this.sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration });
  }

  /** Frame a set of nodes (a preset, a street): fit their bounding box. */
  fitNodes(nodes: Iterable<string>, duration = 600): Promise<void> {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const n of nodes) {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d) continue;
      minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return Promise.resolve();
    const span = Math.max(maxX - minX, maxY - minY);
    const ratio = Math.min(Math.max(span * 1.3, 0.15), 1.2);
    return this.sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
  }

  resetCamera(): Promise<void> {
    return this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  /** Nodes currently drawn (not hidden by a filter). */
  visibleNodes(): string[] {
    return this.graph.filterNodes((node) => !this.sets.hidden.has(node));
  }
}

/** Make the GPU finish the frame (a 1-pixel read), so a timestamp taken after it is honest. */
export function flushGl(sigma: Sigma<NodeAttributes, EdgeAttributes>): void {
  const canvas = sigma.getCanvases().nodes as HTMLCanvasElement | undefined;
  const gl = (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')) as WebGLRenderingContext | null;
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}
