/**
 * The viewer's entry: load the graph, lay it out, draw it, wire the panels to one view state
 * that lives in the URL. `window.__zhenjie` exposes readiness and a few read-only probes for
 * the browser tests and the bench.
 */
import './style.css';
import { api, verifyBoot, type Meta, type Skeleton } from './api.ts';
import { buildViewerGraph, type ViewerGraph } from './graph/build.ts';
import { LAYOUT_DEFAULTS, restoreLayout, saveLayout, snapshotPositions, WorkerLayout } from './graph/layout.ts';
import { findPreset, type PresetResult } from './presets/index.ts';
import { computeDisplaySets, streetNeighbourhood } from './render/focus.ts';
import { GraphRenderer } from './render/renderer.ts';
import { LABEL_FONT } from './render/settings.ts';
import { MAX_DEPTH, stateFromUrl, ViewStore, type Selection } from './state/view-state.ts';
import { mountAskPanel } from './ui/ask-panel.ts';
import { mountConsole } from './ui/console.ts';
import { mountConsoleTabs } from './ui/console-tabs.ts';
import { renderDetailsError, renderEdgeDetails, renderNodeDetails, renderNoSelection } from './ui/details.ts';
import { byId } from './ui/dom.ts';
import { mountStreetFilter, mountTypeFilters } from './ui/filters.ts';
import { mountPresets } from './ui/presets-panel.ts';
import { mountSearchBox } from './ui/search-box.ts';
import { mountToolbar } from './ui/toolbar.ts';
import { mountStageControls } from './ui/stage-controls.ts';
import { exposeProbes } from './probes.ts';

function sourceLine(meta: Meta): string {
  const db = meta.neo4j.available ? `Neo4j ${meta.neo4j.uri}` : 'Neo4j off';
  return `Data: ${meta.source.label} · ${meta.counts.entities} entities, ${meta.counts.relations} relations · ${db}`;
}

/** A layout the user ran (saved) wins over the server's; with neither, small graphs lay themselves out. */
function layOut(graph: ViewerGraph, version: string, fromServer: boolean): 'saved' | 'server' | 'auto' | 'manual' {
  if (restoreLayout(graph, version)) return 'saved';
  if (fromServer) return 'server';
  return graph.order <= LAYOUT_DEFAULTS.autoRunMaxNodes ? 'auto' : 'manual';
}

async function boot(): Promise<void> {
  performance.mark('zhenjie:start');
  const store = new ViewStore(stateFromUrl(location.search));
  const [meta, kg, layout] = await Promise.all([api.meta(), api.skeleton(), api.layout()]);
  // Marks for the bench's breakdown of the time to the first frame.
  performance.mark('zhenjie:data');
  byId('source').textContent = sourceLine(meta);
  const graph = buildViewerGraph(kg, layout.version === meta.version ? layout.positions : null);
  // Relations by id: only the presets need them, and only once one is chosen.
  let relationsById: Map<string, Skeleton['relations'][number]> | null = null;
  const relations = () => (relationsById ??= new Map(kg.relations.map((r) => [r.id, r])));
  const initialPositions = snapshotPositions(graph);
  let layoutMode = layOut(graph, meta.version, !!layout.positions);
  performance.mark('zhenjie:layout');

  // Presets are recomputed only when their inputs change.
  let presetCache: { key: string; result: PresetResult | null } = { key: '', result: null };
  const presetResult = (): PresetResult | null => {
    const { preset: id, minStreets } = store.state;
    const key = `${id}|${minStreets}`;
    if (presetCache.key !== key) {
      const preset = findPreset(id);
      presetCache = { key, result: preset ? preset.compute({ graph, relations: relations(), state: store.state }) : null };
    }
    return presetCache.result;
  };
  let consoleFocus: Set<string> | null = null;
  const sets = () => computeDisplaySets(graph, store.state, presetResult(), consoleFocus);

  const select = (selection: Selection | null) => store.update({ selection });
  const renderer = new GraphRenderer(
    graph,
    byId('graph'),
    {
      onClickNode: (node) => select({ kind: 'node', id: node }),
      onClickEdge: (edge) => select({ kind: 'edge', id: edge }),
      onClickStage: () => select(null),
      onDragEnd: () => {
        saveLayout(graph, meta.version);
        layoutMode = 'saved';
        showStatus(sets());
      },
    },
    sets(),
  );
  performance.mark('zhenjie:sigma');
  const workerLayout = new WorkerLayout(graph, meta.version, initialPositions);

  const details = byId('details');
  const actions = {
    select: (s: Selection) => (select(s), s.kind === 'node' && void renderer.focusNode(s.id)),
    // As in Bloom: one more step of neighbours around the selection, framed.
    expand: () => {
      store.update({ depth: Math.min(store.state.depth + 1, MAX_DEPTH) });
      const focus = renderer.inFocus();
      if (focus) void renderer.fitNodes(focus);
    },
    depth: () => store.state.depth,
  };
  // Details are fetched per selection; an answer that arrives after a newer click is dropped.
  let shown = 0;
  const showDetails = async () => {
    const s = store.state.selection;
    const ticket = ++shown;
    if (!s) return renderNoSelection(details);
    try {
      if (s.kind === 'node') {
        const answer = await api.node(s.id);
        if (ticket === shown) renderNodeDetails(details, answer, actions);
      } else {
        const answer = await api.edge(s.id);
        if (ticket === shown) renderEdgeDetails(details, answer, actions);
      }
    } catch (error) {
      if (ticket === shown) renderDetailsError(details, (error as Error).message);
    }
  };
  const showStatus = (current: ReturnType<typeof sets>) => {
    const shown = graph.order - current.hidden.size;
    const nodes = shown === graph.order ? `${graph.order} nodes` : `${shown} of ${graph.order} nodes shown`;
    const edgesShown = current.hidden.size ? graph.filterEdges((_e, _a, s, t) => !current.hidden.has(s) && !current.hidden.has(t)).length : graph.size;
    const edges = edgesShown === graph.size ? `${graph.size} relations` : `${edgesShown} of ${graph.size} relations`;
    byId('stage-status').textContent = `${nodes} · ${edges} · layout: ${layoutMode}`;
  };
  store.subscribe((state, previous) => {
    const current = sets();
    renderer.setDisplaySets(current);
    showStatus(current);
    if (state.selection !== previous.selection || state.depth !== previous.depth) void showDetails();
  });

  // The console and the 问 tab light up their answer's nodes in the main graph (one focus: the latest).
  const showInMainGraph = (ids: Set<string> | null) => {
    const known = ids ? new Set([...ids].filter((id) => graph.hasNode(id))) : null;
    consoleFocus = known?.size ? known : null;
    renderer.setDisplaySets(sets());
  };
  const consoleTabs = mountConsoleTabs();
  const cypherConsole = mountConsole(meta, { showInMainGraph });
  const askPanel = mountAskPanel(graph, {
    showInMainGraph,
    showAskTab: () => consoleTabs.show('ask'),
    asked: (question) => question !== store.state.ask && store.update({ ask: question }),
    editInConsole: (cypher, params) => {
      consoleTabs.show('cypher');
      cypherConsole.edit(cypher, params);
    },
  });
  const searchBox = mountSearchBox(
    byId<HTMLInputElement>('search'),
    byId<HTMLUListElement>('suggestions'),
    graph,
    new Map(kg.entities.map((e) => [e.id, e.aliases])),
    (node) => {
      select({ kind: 'node', id: node });
      void renderer.focusNode(node);
    },
    askPanel.ask,
  );
  mountTypeFilters(byId('type-filters'), graph, store);
  mountStreetFilter(byId<HTMLSelectElement>('street-filter'), graph, store, (street) => {
    if (street) void renderer.fitNodes(streetNeighbourhood(graph, street));
    else void renderer.fitAll();
  });
  mountPresets(byId('presets'), byId('preset-panel'), store, presetResult, (nodes) => void renderer.fitNodes(nodes));
  mountToolbar(graph, renderer, workerLayout, store, meta, {
    onReset: () => {
      consoleFocus = null;
      searchBox.clear();
    },
    onLayout: (change) => {
      layoutMode = change === 'kept' ? 'saved' : layout.positions ? 'server' : 'manual';
      showStatus(sets());
    },
  });
  mountStageControls(renderer);

  void showDetails();
  // A shared link with a question asks it again (the answer lights up its nodes when it comes).
  if (store.state.ask) askPanel.ask(store.state.ask);
  // The first view: the selection and its neighbours, else the street, else everything shown.
  if (store.state.selection?.kind === 'node' && graph.hasNode(store.state.selection.id)) void renderer.focusNode(store.state.selection.id, 0);
  else if (store.state.street && graph.hasNode(store.state.street)) void renderer.fitNodes(streetNeighbourhood(graph, store.state.street), 0);
  else if (!renderer.heavy) void renderer.fitAll(0);
  showStatus(sets());

  // The constructor drew the first frame and flushGl waited for it to finish; the panels are
  // mounted. Ready (for tests and the bench) once this task ends and the frame is presented.
  // No extra full redraw just to observe one: on 50k nodes that costs seconds here.
  setTimeout(() => {
    exposeProbes({ renderer, graph, version: meta.version, labelFont: LABEL_FONT, firstFrameAt: renderer.firstFrameAt, layoutMode });
    document.documentElement.dataset.ready = 'true';
    if (layoutMode === 'auto') void workerLayout.start(LAYOUT_DEFAULTS.autoRunMs);
    // The full check of the answers the graph was drawn from (zod loads after the first frame).
    verifyBoot(meta, kg, layout).catch((error: unknown) => showBootError(error));
    // Load search (pinyin) once the picture is up, so the first keystroke is answered at once.
    setTimeout(searchBox.warmUp, 200);
  }, 0);
}

function showBootError(error: unknown): void {
  const status = document.getElementById('stage-status');
  if (status) {
    status.textContent = `Could not load the graph: ${(error as Error).message}`;
    status.style.color = '#a40e26';
  }
  document.documentElement.dataset.ready = 'error';
  console.error(error);
}

boot().catch(showBootError);
