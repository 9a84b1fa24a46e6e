/**
 * Layout in the page: ForceAtlas2 in a web worker (start/stop), with the same settings as the
 * server's (src/layout). What the worker converged to is kept as it is on stop (no noverlap
 * pass afterwards: in FA2's small units it pushed every node by a node's size and scrambled the
 * clusters), and saved per graph version in localStorage, so a reload shows the same picture.
 * Dragged nodes are pinned (FA2 leaves them where they were put) and saved the same way.
 * "Reset layout" forgets all of it and goes back to the server's (or seeded) positions.
 */
import type fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import { fa2Settings } from '../../../src/layout/index.ts';
import type { ViewerGraph } from './build.ts';

export { forceAtlas2 } from '../../../src/layout/index.ts';
type SupervisorClass = (typeof fa2WorkerModule)['default'];
type Supervisor = InstanceType<SupervisorClass>;

export const LAYOUT_DEFAULTS = {
  /** Up to this many nodes, with no layout from the server or storage, run the worker for `autoRunMs` after the first frame. */
  autoRunMaxNodes: 5000,
  autoRunMs: 4000,
};

const STORAGE_PREFIX = 'zhenjie.layout.';

export function restoreLayout(graph: ViewerGraph, version: string): boolean {
  let saved: Record<string, [number, number, 1?]>;
  try {
    const text = localStorage.getItem(STORAGE_PREFIX + version);
    if (!text) return false;
    saved = JSON.parse(text) as Record<string, [number, number, 1?]>;
  } catch {
    return false;
  }
  if (Object.keys(saved).length !== graph.order) return false;
  graph.updateEachNodeAttributes((node, attr) => {
    const p = saved[node];
    return p ? { ...attr, x: p[0], y: p[1], fixed: p[2] === 1 } : attr;
  });
  return true;
}

export function snapshotPositions(graph: ViewerGraph): Map<string, [number, number]> {
  const positions = new Map<string, [number, number]>();
  graph.forEachNode((node, attr) => positions.set(node, [attr.x, attr.y]));
  return positions;
}

export function forgetLayout(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

export function saveLayout(graph: ViewerGraph, version: string): void {
  const positions: Record<string, [number, number] | [number, number, 1]> = {};
  // Full precision: a reload must show exactly the picture that was left. A third 1: pinned.
  graph.forEachNode((node, attr) => (positions[node] = attr.fixed ? [attr.x, attr.y, 1] : [attr.x, attr.y]));
  try {
    // Keep only the latest graph's layout: a quota error would lose it anyway.
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
    localStorage.setItem(STORAGE_PREFIX + version, JSON.stringify(positions));
  } catch {
    // Storage full or disabled: the layout just will not survive a reload.
  }
}

/** The worker layout behind the Start/Stop button. */
export class WorkerLayout {
  private supervisor: Supervisor | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;

  /** Told when the layout starts or stops (the toolbar's button). */
  onStateChange: (running: boolean) => void = () => {};

  /** `initial`: the positions the page started from (server or seeded), for "Reset layout". */
  constructor(
    private readonly graph: ViewerGraph,
    private readonly version: string,
    private readonly initial: Map<string, [number, number]>,
  ) {}

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** Start FA2 (its worker code loads on first use). */
  async start(forMs?: number): Promise<void> {
    if (!this.supervisor) {
      // A bundler's dynamic import of this CommonJS module gives { default: the class }.
      const loaded = (await import('graphology-layout-forceatlas2/worker.js')) as unknown as { default: SupervisorClass };
      this.supervisor = new loaded.default(this.graph, { settings: fa2Settings(this.graph) });
    }
    this.supervisor.start();
    this.onStateChange(true);
    if (forMs) this.stopTimer = setTimeout(() => this.stop(), forMs);
  }

  /** Stop FA2 and keep the positions it reached, for this page and for reloads. */
  stop(): void {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = null;
    if (!this.running) return;
    this.supervisor!.stop();
    saveLayout(this.graph, this.version);
    this.onStateChange(false);
  }

  /** Back to the positions the page started from; nothing kept, nothing pinned. */
  reset(): void {
    this.stop();
    this.kill();
    forgetLayout();
    this.graph.updateEachNodeAttributes((node, attr) => {
      const p = this.initial.get(node);
      return p ? { ...attr, x: p[0], y: p[1], fixed: false } : attr;
    });
  }

  /** The positions the page started from (server's or seeded). */
  initialPosition(node: string): [number, number] | undefined {
    return this.initial.get(node);
  }

  kill(): void {
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
