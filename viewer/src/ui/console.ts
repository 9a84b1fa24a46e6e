/**
 * The Cypher console: a read-only statement (or a named question, one click) against Neo4j;
 * the returned nodes and relationships drawn as a small graph, the rows as a table of names.
 * A named question shows its parameters as typed fields with their defaults; the statement in
 * the editor runs with them. A refusal or an error replaces the previous answer (an old table
 * under a new error would pass for its result). Without Neo4j it says so, with how to start one.
 */
import { api, ApiError, type Meta, type NamedQuery, type QueryResult } from '../api.ts';
import { cellContent, namesByElement } from './console-cells.ts';
import { ResultGraphView } from './console-graph.ts';
import { byId, el } from './dom.ts';

export interface ConsoleHooks {
  /** Ids of returned nodes that are also in the main graph: lit up there. */
  showInMainGraph(ids: Set<string> | null): void;
}

/** The server's message without a "refused:" of its own: the console says "Refused" once. */
export function errorLine(status: number, message: string): string {
  if (status === 403) return `Refused (the console only reads): ${message.replace(/^refused:?\s*/i, '')}`;
  if (status === 503) return `Neo4j needed: ${message}`;
  return message;
}

/** What other panels may do with the console: put a statement and its parameters in the editor. */
export interface ConsoleEditor {
  edit(statement: string, params: Record<string, unknown>): void;
}

export function mountConsole(meta: Meta, hooks: ConsoleHooks): ConsoleEditor {
  const textarea = byId<HTMLTextAreaElement>('cypher');
  const error = byId('cypher-error');
  const table = byId('cypher-table');
  const graphView = new ResultGraphView(byId('cypher-graph'));
  const paramsBox = byId('cypher-params');

  const showError = (message: string | null) => {
    error.hidden = !message;
    error.textContent = message ?? '';
  };

  const show = (result: QueryResult | null) => {
    if (!result) {
      table.replaceChildren();
      graphView.show(null);
      hooks.showInMainGraph(null);
      return;
    }
    showError(null);
    const names = namesByElement(result.rows);
    table.replaceChildren(
      el('p', { class: 'muted', text: `${result.rows.length} rows · ${result.nodes.length} nodes · ${result.relationships.length} relationships` }),
      ...(result.truncated ? [el('p', { class: 'truncated', text: `Cut short: ${result.message ?? 'a limit was reached'}` })] : []),
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...result.columns.map((c) => el('th', { text: c })))),
        el('tbody', {}, ...result.rows.map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cellContent(v, names)))))),
      ),
    );
    graphView.show(result);
    hooks.showInMainGraph(result.nodes.length ? new Set(result.nodes.map((n) => n.id)) : null);
  };

  let running = 0;
  const run = async (work: () => Promise<QueryResult>) => {
    const ticket = ++running;
    try {
      const result = await work();
      if (ticket === running) show(result);
    } catch (e) {
      if (ticket !== running) return;
      show(null);
      showError(errorLine(e instanceof ApiError ? e.status : 0, (e as Error).message));
    }
  };

  // The fields of the named question last loaded: typed values, read when the editor runs.
  let fields: Array<ReturnType<typeof paramField>> = [];
  const paramsOf = () => {
    const used = new Set([...textarea.value.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    return Object.fromEntries(fields.filter((f) => used.has(f.name)).map((f) => [f.name, f.read()]));
  };
  const runEditor = () => void run(() => api.cypher(textarea.value, paramsOf()));
  byId('cypher-run').addEventListener('click', runEditor);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runEditor();
    }
  });

  const showParams = (q: NamedQuery) => {
    fields = q.params.map((p) => paramField(p, runEditor));
    paramsBox.replaceChildren(...(q.params.length ? [el('span', { class: 'muted', text: `${q.title}:` })] : []), ...fields.map((f) => f.element));
  };

  // A statement from elsewhere (the 问 tab): its parameters become fields holding their values.
  const editor: ConsoleEditor = {
    edit(statement, params) {
      textarea.value = statement.replace(/^(\/\/[^\n]*\n)+/, '').trim();
      fields = Object.entries(params).map(([name, value]) => paramField({ name, default: value, description: 'from the question asked' }, runEditor));
      paramsBox.replaceChildren(...(fields.length ? [el('span', { class: 'muted', text: 'Parameters:' })] : []), ...fields.map((f) => f.element));
      // From the top: the statement reads from its first line, not from where focus put the caret.
      textarea.focus();
      textarea.setSelectionRange(0, 0);
      textarea.scrollTop = 0;
    },
  };

  const named = byId('named-queries');
  if (!meta.neo4j.available) {
    named.replaceChildren(el('span', { class: 'muted', text: 'need Neo4j (`npm run neo4j`)' }));
    return editor;
  }
  api.namedQueries().then(
    ({ queries }) =>
      named.replaceChildren(
        ...queries.map((q) => {
          const button = el('button', { type: 'button', title: q.description, text: q.title, 'data-query': q.name });
          button.addEventListener('click', () => {
            textarea.value = q.cypher.replace(/^(\/\/[^\n]*\n)+/, '').trim();
            showParams(q);
            void run(() => api.runNamed(q.name));
          });
          return button;
        }),
      ),
    (e: Error) => named.replaceChildren(el('span', { class: 'error', text: e.message })),
  );
  return editor;
}

/** One parameter as a field of its default's type: whole numbers stay integers (LIMIT needs one). */
function paramField(p: NamedQuery['params'][number], submit: () => void): { name: string; read: () => unknown; element: HTMLElement } {
  const input = el('input', { name: p.name, 'data-param': p.name, title: p.description });
  if (typeof p.default === 'boolean') {
    input.type = 'checkbox';
    input.checked = p.default;
  } else if (typeof p.default === 'number') {
    input.type = 'number';
    input.step = Number.isInteger(p.default) ? '1' : 'any';
    input.value = String(p.default);
    input.style.width = '6em';
  } else if (typeof p.default === 'object' && p.default !== null) {
    // A list or a map (a question's several streets): edited as JSON, read back as such.
    input.type = 'text';
    input.value = JSON.stringify(p.default);
    input.dataset.json = 'true';
  } else {
    input.type = 'text';
    input.value = String(p.default ?? '');
    input.placeholder = p.description;
  }
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') submit();
  });
  const read = () => {
    if (typeof p.default === 'boolean') return input.checked;
    if (typeof p.default === 'number') {
      const n = Number(input.value);
      return Number.isFinite(n) && input.value.trim() !== '' ? (Number.isInteger(p.default) ? Math.trunc(n) : n) : p.default;
    }
    if (input.dataset.json) {
      try {
        return JSON.parse(input.value) as unknown;
      } catch {
        return input.value; // not JSON: sent as typed, so Neo4j's error says what is wrong
      }
    }
    return input.value;
  };
  return { name: p.name, read, element: el('label', { class: 'param', title: p.description }, `$${p.name} `, input) };
}
