/**
 * The sigma instance of the main view: created once with reducers reading the display sets,
 * refreshed when the state changes, with hover and click wired to the store.
 */
import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, ViewerGraph } from '../graph/build.ts';
import type { DisplaySets } from './focus.ts';
import { makeReducers, type HoverState } from './reducers.ts';
import { isHeavy, labelPixels, settingsFor } from './settings.ts';

export interface RendererEvents {
  onClickNode(node: string): void;
  onClickEdge(edge: string): void;
  onClickStage(): void;
  /** A node was dragged to a new place (and pinned there). */
  onDragEnd(node: string): void;
}

/** Framing never zooms closer than this: a node and its one neighbour still show their surroundings. */
const MIN_FIT_RATIO = 0.3;

/** Labels measured when framing: enough for any graph whose labels are all drawn. */
const LABEL_BOXES_MAX = 2000;

/** Room kept around a framed set, in CSS pixels, besides each node's own label (measured). */
const FIT_MARGIN = { left: 30, right: 16, top: 34, bottom: 30 };

export type ViewerSigma = Sigma<NodeAttributes, EdgeAttributes>;

export class GraphRenderer {
  readonly sigma: ViewerSigma;
  private sets: DisplaySets;
  private hover: HoverState = { node: null, neighbours: new Set(), dimOthers: false };
  /** Big enough to draw less while moving (settings.ts): the first view is then sigma's own fit, not a second full frame. */
  readonly heavy: boolean;
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
    // The pointer can leave the canvas without sigma's leaveNode (onto a panel, or fast): no stale ring.
    container.addEventListener('pointerleave', () => this.setHover(null));
    this.sigma.on('clickNode', ({ node }) => {
      if (!this.dragMoved) events.onClickNode(node);
    });
    this.sigma.on('clickEdge', ({ edge }) => events.onClickEdge(edge));
    this.sigma.on('clickStage', () => events.onClickStage());
    this.sigma.on('enterEdge', () => container.style.setProperty('cursor', 'pointer'));
    this.sigma.on('leaveEdge', () => container.style.removeProperty('cursor'));
    this.enableDrag(events);
    // The container changes size when the console opens or is resized: the canvases follow at once.
    new ResizeObserver(() => this.sigma.resize(true) && this.sigma.refresh({ skipIndexation: true })).observe(container);
  }

  private dragged: string | null = null;
  private dragMoved = false;

  /** Drag a node to move it; it stays (pinned) where it is dropped. */
  private enableDrag(events: RendererEvents): void {
    this.sigma.on('downNode', ({ node }) => {
      this.dragged = node;
      this.dragMoved = false;
    });
    this.sigma.getMouseCaptor().on('mousemovebody', (event) => {
      if (!this.dragged) return;
      const p = this.sigma.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.dragged, { x: p.x, y: p.y, fixed: true });
      this.dragMoved = true;
      // Keep the camera still while a node is dragged.
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const drop = () => {
      const node = this.dragged;
      this.dragged = null;
      if (node && this.dragMoved) events.onDragEnd(node);
      // The click that ends a drag is no selection; later clicks are.
      setTimeout(() => (this.dragMoved = false), 0);
    };
    this.sigma.getMouseCaptor().on('mouseup', drop);
  }

  clearHover(): void {
    this.setHover(null);
  }
  setDisplaySets(sets: DisplaySets): void {
    this.sets = sets;
    this.sigma.refresh({ skipIndexation: true });
  }

  private setHover(node: string | null): void {
    const previous = this.hover.node;
    if (previous === node) return;
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

  /** Frame a node and its neighbours, centred on the node. */
  focusNode(node: string, duration = 600): Promise<void> {
    if (!this.graph.hasNode(node)) return Promise.resolve();
    const around = [node, ...this.graph.neighbors(node)].filter((n) => !this.sets.hidden.has(n));
    return this.fitNodes(around, duration, node);
  }

  /**
   * Frame a set of nodes (a preset, a street, a node and its neighbours): the smallest camera
   * that shows them all with room for their labels (`centre`: keep this node in the middle).
   */
  fitNodes(nodes: Iterable<string>, duration = 600, centre?: string): Promise<void> {
    const state = cameraToFit(this.sigma, nodes, centre);
    return state ? this.sigma.getCamera().animate(state, { duration }) : Promise.resolve();
  }

  /** The camera that would frame `nodes` (for an export of the view). */
  cameraFor(nodes: Iterable<string>): { x: number; y: number; ratio: number } | null {
    return cameraToFit(this.sigma, nodes);
  }

  /** The nodes in focus (selection's ego network, preset, console result), if any. */
  inFocus(): string[] | null {
    return this.sets.focus ? [...this.sets.focus].filter((n) => !this.sets.hidden.has(n)) : null;
  }

  /** The whole graph (what is not filtered out) in view. */
  fitAll(duration = 400): Promise<void> {
    return this.fitNodes(this.visibleNodes(), duration);
  }

  zoom(factor: number): Promise<void> {
    const camera = this.sigma.getCamera();
    return camera.animate({ ratio: camera.getBoundedRatio(camera.ratio / factor) }, { duration: 250 });
  }

  resetCamera(): Promise<void> {
    return this.sigma.getCamera().animatedReset({ duration: 400 });
  }

  /** Nodes currently drawn (not hidden by a filter). */
  visibleNodes(): string[] {
    return this.graph.filterNodes((node) => !this.sets.hidden.has(node));
  }
}

/**
 * The camera state that frames `nodes` with their labels (drawn to the right of each node), so
 * nothing of the framed set is cut at the edge (null when none is drawn).
 */
function cameraToFit(sigma: ViewerSigma, nodes: Iterable<string>, centre?: string): { x: number; y: number; ratio: number } | null {
  // Plain loops: a spread of 50k coordinates into Math.min can overflow the call stack.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const boxes: Array<{ x: number; right: number }> = [];
  for (const n of nodes) {
    const d = sigma.getNodeDisplayData(n);
    if (!d || d.hidden) continue;
    if (d.x < minX) minX = d.x;
    if (d.x > maxX) maxX = d.x;
    if (d.y < minY) minY = d.y;
    if (d.y > maxY) maxY = d.y;
    // Only labels that may be drawn need room (a big graph labels few nodes).
    if (d.label && boxes.length < LABEL_BOXES_MAX) boxes.push({ x: d.x, right: sigma.scaleSize(d.size) + labelPixels(d.label) + 3 });
  }
  if (!Number.isFinite(minX)) return null;
  const c = centre ? sigma.getNodeDisplayData(centre) : null;
  // Centred on a node: the box must reach as far on each side of it as the farthest node.
  if (c) {
    const dx = Math.max(c.x - minX, maxX - c.x);
    const dy = Math.max(c.y - minY, maxY - c.y);
    [minX, maxX, minY, maxY] = [c.x - dx, c.x + dx, c.y - dy, c.y + dy];
  }
  // How much of the framed graph one pixel shows at ratio 1, measured, not assumed.
  const { width, height } = sigma.getDimensions();
  const at1 = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.viewportToFramedGraph({ x: 0, y: 0 }, { cameraState: at1 });
  const b = sigma.viewportToFramedGraph({ x: width, y: height }, { cameraState: at1 });
  const px = Math.abs(b.x - a.x) / width;
  const py = Math.abs(b.y - a.y) / height;
  const usableW = Math.max(60, width - FIT_MARGIN.left - FIT_MARGIN.right);
  const usableH = Math.max(60, height - FIT_MARGIN.top - FIT_MARGIN.bottom);
  // Each node with its label must fit: (x - minX) / (px·ratio) + label ≤ usable width.
  let ratio = Math.max((maxY - minY) / (usableH * py), (maxX - minX) / (usableW * px), MIN_FIT_RATIO);
  for (const box of boxes) ratio = Math.max(ratio, (box.x - minX) / (Math.max(40, usableW - box.right) * px));
  ratio = sigma.getCamera().getBoundedRatio(ratio * 1.02);
  if (c) return { x: c.x, y: c.y, ratio };
  // The left edge of the set sits FIT_MARGIN.left from the viewport's left; centred vertically.
  return { x: minX - FIT_MARGIN.left * px * ratio + (width / 2) * px * ratio, y: (minY + maxY) / 2, ratio };
}

/** Make the GPU finish the frame (a 1-pixel read), so a timestamp taken after it is honest. */
export function flushGl(sigma: Sigma<NodeAttributes, EdgeAttributes>): void {
  const canvas = sigma.getCanvases().nodes as HTMLCanvasElement | undefined;
  const gl = (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')) as WebGLRenderingContext | null;
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}
