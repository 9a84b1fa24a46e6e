/**
 * Layout start/stop, ego depth, exports (PNG of the view, GEXF of the shown graph), reset.
 * The exporters load on first use: the first frame does not wait for them.
 */
import type Sigma from 'sigma';
import type { ViewerGraph } from '../graph/build.ts';
import type { WorkerLayout } from '../graph/layout.ts';
import type { GraphRenderer } from '../render/renderer.ts';
import { DEFAULT_STATE, type ViewStore } from '../state/view-state.ts';
import { byId } from './dom.ts';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The graph as shown: filtered nodes left out; the display colour and size kept for Gephi. */
function shownGraph(graph: ViewerGraph, renderer: GraphRenderer): ViewerGraph {
  const shown = graph.copy();
  shown.forEachNode((node) => {
    const display = renderer.sigma.getNodeDisplayData(node);
    if (!display || display.hidden) shown.dropNode(node);
  });
  return shown;
}

/** `onReset`: what else a reset clears (the console's highlight, which is not view state). */
export function mountToolbar(graph: ViewerGraph, renderer: GraphRenderer, layout: WorkerLayout, store: ViewStore, version: string, onReset: () => void): void {
  const toggle = byId<HTMLButtonElement>('layout-toggle');
  const status = byId('layout-status');
  const showLayout = (running: boolean) => {
    toggle.textContent = running ? 'Stop layout' : 'Run ForceAtlas2';
    toggle.setAttribute('aria-pressed', String(running));
    status.textContent = running ? 'running…' : '';
  };
  layout.onStateChange = showLayout;
  showLayout(layout.running);
  toggle.addEventListener('click', () => (layout.running ? layout.stop() : void layout.start()));

  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="depth"]')) {
    radio.addEventListener('change', () => store.update({ depth: radio.value === '2' ? 2 : 1 }));
  }
  const syncDepth = () => {
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="depth"]')) radio.checked = radio.value === String(store.state.depth);
  };
  syncDepth();
  store.subscribe(syncDepth);

  byId('export-png').addEventListener('click', async () => {
    const { downloadAsPNG } = await import('@sigma/export-image');
    await downloadAsPNG(renderer.sigma as unknown as Sigma, { fileName: `zhenjie-${version}`, backgroundColor: '#ffffff' });
  });
  byId('export-gexf').addEventListener('click', async () => {
    const { write } = await import('graphology-gexf/browser/index.js');
    download(`zhenjie-${version}.gexf`, write(shownGraph(graph, renderer)), 'application/xml');
  });
  byId('reset-view').addEventListener('click', () => {
    onReset();
    store.update({ ...DEFAULT_STATE, hiddenKinds: new Set() });
    void renderer.resetCamera();
  });
}
