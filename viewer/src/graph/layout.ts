/**
 * Layout in the page: ForceAtlas2 in a web worker (start/stop), then noverlap, with the same
 * settings as the server's layout (src/serve/layout.ts). The server lays out graphs small enough;
 * the result of a worker run is kept per graph version in localStorage, so a reload shows the
 * same picture.
 */
import type fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import { fa2Settings, spread } from '../../../src/serve/layout.ts';
import type { ViewerGraph } from './build.ts';

export { forceAtlas2 } from '../../../src/serve/layout.ts';
type SupervisorClass = (typeof fa2WorkerModule)['default'];
type Supervisor = InstanceType<SupervisorClass>;

export const LAYOUT_DEFAULTS = {
  /** Up to this many nodes, with no layout from the server or storage, run the worker for `autoRunMs` after the first frame. */
  autoRunMaxNodes: 5000,
  autoRunMs: 4000,
};

const STORAGE_PREFIX = 'zhenjie.layout.';

export function restoreLayout(graph: ViewerGraph, version: string): boolean {
  let saved: Record<string, [number, number]>;
  try {
    const text = localStorage.getItem(STORAGE_PREFIX + version);
    if (!text) return false;
    saved = JSON.parse(text) as Record<string, [number, number]>;
  } catch {
    return false;
  }
  if (Object.keys(saved).length !== graph.order) return false;
  graph.updateEachNodeAttributes((node, attr) => {
    const p = saved[node];
    return p ? { ...attr, x: p[0], y: p[1] } : attr;
  });
  return true;
}

function saveLayout(graph: ViewerGraph, version: string): void {
  const positions: Record<string, [number, number]> = {};
  // Full precision: a reload must show exactly the picture that was left.
  graph.forEachNode((node, attr) => (positions[node] = [attr.x, attr.y]));
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

  constructor(
    private readonly graph: ViewerGraph,
    private readonly version: string,
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

  /** Stop FA2, separate overlapping nodes, and remember the result for reloads. */
  stop(): void {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.stopTimer = null;
    if (!this.running) return;
    this.supervisor!.stop();
    spread(this.graph);
    saveLayout(this.graph, this.version);
    this.onStateChange(false);
  }

  kill(): void {
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
