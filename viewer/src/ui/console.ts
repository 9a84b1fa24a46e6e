/**
 * The Cypher console: a read-only statement (or a named question, one click) against Neo4j;
 * the returned nodes and relationships drawn as a small graph, the rows as a table. Without
 * Neo4j it says so, with how to start one.
 */
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import { api, ApiError, type Meta, type QueryResult } from '../api.ts';
import { hashString } from '../graph/build.ts';
import { forceAtlas2 } from '../graph/layout.ts';
import { kindStyle } from '../graph/kinds.ts';
import { LABEL_FONT } from '../render/settings.ts';
import { byId, el } from './dom.ts';

export interface ConsoleHooks {
  /** Ids of returned nodes that are also in the main graph: lit up there. */
  showInMainGraph(ids: Set<string> | null): void;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
    if (v.properties && (v.labels || v.type)) return String(v.properties.name ?? v.properties.id ?? v.type ?? '');
    return JSON.stringify(value);
  }
  return String(value);
}

function resultGraph(result: QueryResult): MultiGraph {
  const graph = new MultiGraph();
  for (const n of result.nodes) {
    const kind = n.labels.find((l) => l !== 'Entity') ?? n.labels[0] ?? '';
    const h = hashString(n.id);
    graph.mergeNode(n.id, { label: String(n.properties.name ?? n.properties.title ?? n.id), kind, color: kindStyle(kind).color, size: 6, x: (h & 0xffff) / 0xffff, y: (h >>> 16) / 0xffff });
  }
  for (const r of result.relationships) {
    if (graph.hasNode(r.start) && graph.hasNode(r.end)) graph.addEdgeWithKey(r.id, r.start, r.end, { label: r.type, size: 1.5, color: '#aab' });
  }
  if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
  return graph;
}

export function mountConsole(meta: Meta, hooks: ConsoleHooks): void {
  const textarea = byId<HTMLTextAreaElement>('cypher');
  const error = byId('cypher-error');
  const table = byId('cypher-table');
  const graphBox = byId('cypher-graph');
  let renderer: Sigma | null = null;

  const showError = (message: string | null) => {
    error.hidden = !message;
    error.textContent = message ?? '';
  };

  const show = (result: QueryResult) => {
    showError(null);
    table.replaceChildren(
      el('p', { class: 'muted', text: `${result.rows.length} rows · ${result.nodes.length} nodes · ${result.relationships.length} relationships` }),
      ...(result.truncated ? [el('p', { class: 'truncated', text: `Cut short: ${result.message ?? 'a limit was reached'}` })] : []),
      el('table', {}, el('thead', {}, el('tr', {}, ...result.columns.map((c) => el('th', { text: c })))), el('tbody', {}, ...result.rows.map((row) => el('tr', {}, ...row.map((v) => el('td', { text: cell(v) })))))),
    );
    renderer?.kill();
    renderer = result.nodes.length ? new Sigma(resultGraph(result), graphBox, { labelFont: LABEL_FONT, renderEdgeLabels: true, labelDensity: 1, labelGridCellSize: 40, labelRenderedSizeThreshold: 0, allowInvalidContainer: true }) : null;
    hooks.showInMainGraph(result.nodes.length ? new Set(result.nodes.map((n) => n.id)) : null);
  };

  const run = async (work: () => Promise<QueryResult>) => {
    try {
      show(await work());
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      const prefix = status === 403 ? 'Refused (read-only console): ' : status === 503 ? 'Neo4j needed: ' : '';
      showError(prefix + (e as Error).message);
    }
  };

  // Parameters of the named question last loaded into the editor, so its Cypher runs as edited.
  let defaults: Record<string, unknown> = {};
  const runEditor = () => {
    const used = new Set([...textarea.value.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    const params = Object.fromEntries(Object.entries(defaults).filter(([k]) => used.has(k)));
    void run(() => api.cypher(textarea.value, params));
  };
  byId('cypher-run').addEventListener('click', runEditor);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runEditor();
    }
  });

  const named = byId('named-queries');
  if (!meta.neo4j.available) {
    named.replaceChildren(el('span', { class: 'muted', text: 'need Neo4j (`npm run neo4j`)' }));
    return;
  }
  api.namedQueries().then(
    ({ queries }) =>
      named.replaceChildren(
        ...queries.map((q) => {
          const button = el('button', { type: 'button', title: q.description, text: q.title, 'data-query': q.name });
          button.addEventListener('click', () => {
            textarea.value = q.cypher.replace(/^(\/\/[^\n]*\n)+/, '').trim();
            defaults = Object.fromEntries(q.params.map((p) => [p.name, p.default]));
            void run(() => api.runNamed(q.name));
          });
          return button;
        }),
      ),
    (e: Error) => named.replaceChildren(el('span', { class: 'error', text: e.message })),
  );
}
