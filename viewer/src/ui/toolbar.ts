/**
 * The sidebar's buttons: layout (run/stop ForceAtlas2, reset to the page's first layout), ego
 * depth, exports, reset view.
 */
import type { Meta } from '../api.ts';
import { api } from '../api.ts';
import type { ViewerGraph } from '../graph/build.ts';
import type { WorkerLayout } from '../graph/layout.ts';
import { findPreset } from '../presets/index.ts';
import type { GraphRenderer } from '../render/renderer.ts';
import { DEFAULT_STATE, type ViewStore } from '../state/view-state.ts';
import { byId } from './dom.ts';
import { exportGexf, exportPng, viewName } from './exports.ts';

export interface ToolbarHooks {
  /** What else a reset clears (the console's highlight and the search text, which are not view state). */
  onReset(): void;
  /** The layout changed hands: the worker's kept result, or the page's first layout again. */
  onLayout(change: 'kept' | 'reset'): void;
}

export function mountToolbar(graph: ViewerGraph, renderer: GraphRenderer, layout: WorkerLayout, store: ViewStore, meta: Meta, hooks: ToolbarHooks): void {
  const toggle = byId<HTMLButtonElement>('layout-toggle');
  const status = byId('layout-status');
  const showLayout = (running: boolean) => {
    toggle.textContent = running ? 'Stop layout' : 'Run ForceAtlas2';
    toggle.setAttribute('aria-pressed', String(running));
    status.textContent = running ? 'running…' : '';
  };
  layout.onStateChange = (running) => {
    showLayout(running);
    if (!running) hooks.onLayout('kept');
  };
  showLayout(layout.running);
  toggle.addEventListener('click', () => (layout.running ? layout.stop() : void layout.start()));
  byId('layout-reset').addEventListener('click', () => {
    layout.reset();
    hooks.onLayout('reset');
    void renderer.fitAll();
  });

  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="depth"]')) {
    radio.addEventListener('change', () => store.update({ depth: Number(radio.value) }));
  }
  const syncDepth = () => {
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="depth"]')) radio.checked = radio.value === String(store.state.depth);
  };
  syncDepth();
  store.subscribe(syncDepth);

  const title = () => viewName(graph, store.state, findPreset(store.state.preset)?.label ?? null);
  const source = () => `${meta.source.label} · ${new Date().toISOString().slice(0, 10)}`;
  byId('export-png').addEventListener('click', () => void exportPng(graph, renderer, title(), source()));
  byId('export-gexf').addEventListener('click', async () => void exportGexf(graph, renderer, await api.graph(), title(), source()));
  byId('reset-view').addEventListener('click', () => {
    hooks.onReset();
    renderer.clearHover();
    store.update({ ...DEFAULT_STATE, hiddenKinds: new Set() });
    void renderer.fitAll();
  });
}
