/**
 * The "问" tab beside the Cypher console: a question in Chinese answered by POST /api/ask. Shown:
 * the answer line; the rows as a table of names with the sentence of evidence behind each row's
 * facts; those facts as a small graph (the console's result graph), lit up in the main graph too;
 * and the Cypher that ran with its parameters, one click from the console to edit and run.
 * A question not understood lists the kinds of question the server gives, each example a button
 * that asks it. A name the graph does not hold is said plainly, with no table.
 */
import { api, ApiError, type AskAnswer } from '../api.ts';
import { asQueryResult, factsOfAnswer, idsByName } from '../ask/answer-facts.ts';
import type { ViewerGraph } from '../graph/build.ts';
import { fillEvidence } from './ask-evidence.ts';
import { cellContent } from './console-cells.ts';
import { ResultGraphView } from './console-graph.ts';
import { errorLine } from './console.ts';
import { byId, el } from './dom.ts';

export interface AskHooks {
  /** Nodes of the answer: lit up in the main graph (null: none). */
  showInMainGraph(ids: Set<string> | null): void;
  /** The Cypher and its parameters into the console's editor, its tab shown. */
  editInConsole(cypher: string, params: Record<string, unknown>): void;
  /** The console opened on the 问 tab (a question asked from the search box). */
  showAskTab(): void;
  /** A question was asked (kept in the URL). */
  asked(question: string): void;
}

/** Column names in the order the rows first use them. */
function columnsOf(rows: AskAnswer['rows']): string[] {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

export function mountAskPanel(graph: ViewerGraph, hooks: AskHooks): { ask(question: string): void } {
  const form = byId<HTMLFormElement>('ask-form');
  const input = byId<HTMLInputElement>('ask-input');
  const answerLine = byId('ask-answer');
  const examples = byId('ask-examples');
  const cypherBox = byId('ask-cypher');
  const error = byId('ask-error');
  const table = byId('ask-table');
  const graphView = new ResultGraphView(byId('ask-graph'));
  let byName: Map<string, string[]> | null = null;
  let asked = 0;

  const panel = byId('ask-panel');
  // An answer without rows (not understood, not in the graph) gives the panel's width to its text.
  const withResults = (shown: boolean) => panel.classList.toggle('without-results', !shown);

  const clear = () => {
    answerLine.textContent = '';
    answerLine.className = 'ask-answer';
    examples.replaceChildren();
    cypherBox.replaceChildren();
    cypherBox.hidden = true;
    error.hidden = true;
    table.replaceChildren();
    graphView.show(null);
    hooks.showInMainGraph(null);
  };

  const showExamples = (list: NonNullable<AskAnswer['examples']>) => {
    examples.replaceChildren(
      ...list.map(({ kind, example }) =>
        el(
          'li',
          {},
          el('span', { class: 'muted', text: `${kind}: ` }),
          ...example.split(/\s+\/\s+/).map((question) => {
            const button = el('button', { type: 'button', class: 'link', 'data-example': question, text: question });
            button.addEventListener('click', () => ask(question));
            return button;
          }),
        ),
      ),
    );
  };

  const showCypher = (answer: AskAnswer) => {
    if (!answer.cypher) return;
    const cypher = answer.cypher;
    const params = Object.entries(answer.params).map(([k, v]) => `$${k} = ${JSON.stringify(v)}`);
    const edit = el('button', { type: 'button', id: 'ask-edit', title: 'Put this statement and its parameters into the Cypher console', text: 'Edit in the Cypher console' });
    edit.addEventListener('click', () => hooks.editInConsole(cypher, answer.params));
    cypherBox.replaceChildren(
      el('div', { class: 'muted', text: answer.query ? `Cypher (the named question ${answer.query}):` : 'Cypher:' }),
      el('pre', { id: 'ask-cypher-text', text: cypher.replace(/^(\/\/[^\n]*\n)+/, '').trim() }),
      ...(params.length ? [el('pre', { class: 'ask-params', text: params.join('\n') })] : []),
      edit,
    );
    cypherBox.hidden = false;
  };

  const showRows = (answer: AskAnswer, current: () => boolean) => {
    byName ??= idsByName(graph);
    const linked = answer.entities.map((e) => e.id);
    const facts = factsOfAnswer(graph, byName, linked, answer.rows);
    const columns = columnsOf(answer.rows);
    const evidenceCells = answer.rows.map((_row, i) => ({ cell: el('td', { class: 'evidence-cell' }), relations: facts.perRow[i]!.relations }));
    table.replaceChildren(
      el('p', { class: 'muted', text: `${answer.rows.length} row${answer.rows.length === 1 ? '' : 's'} · ${facts.relations.size} fact${facts.relations.size === 1 ? '' : 's'} found in the graph` }),
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { text: c })), el('th', { text: 'evidence 证据' }))),
        el('tbody', {}, ...answer.rows.map((row, i) => el('tr', {}, ...columns.map((c) => el('td', {}, cellContent(row[c], new Map()))), evidenceCells[i]!.cell))),
      ),
    );
    graphView.show(facts.nodes.size ? asQueryResult(graph, facts.nodes, facts.relations) : null);
    hooks.showInMainGraph(facts.nodes.size ? facts.nodes : null);
    void fillEvidence(evidenceCells, current);
  };

  const show = (answer: AskAnswer, current: () => boolean) => {
    clear();
    // A question not understood: its first line, then the kinds of question as buttons.
    answerLine.textContent = answer.examples ? answer.answer.split('\n')[0]! : answer.answer;
    if (!answer.understood) answerLine.classList.add('not-understood');
    // Understood with nothing run: a name the graph does not hold, or one that names several.
    else if (!answer.cypher) answerLine.classList.add('unanswered');
    else if (!answer.rows.length) answerLine.classList.add('no-rows');
    if (answer.examples) showExamples(answer.examples);
    showCypher(answer);
    withResults(answer.rows.length > 0);
    if (answer.rows.length) showRows(answer, current);
  };

  const ask = (question: string) => {
    const text = question.trim();
    if (!text) return;
    input.value = text;
    hooks.showAskTab();
    hooks.asked(text);
    const ticket = ++asked;
    const current = () => ticket === asked;
    answerLine.textContent = '…';
    api.ask(text).then(
      (answer) => current() && show(answer, current),
      (e: Error) => {
        if (!current()) return;
        clear();
        withResults(false);
        error.textContent = errorLine(e instanceof ApiError ? e.status : 0, e.message);
        error.hidden = false;
      },
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask(input.value);
  });
  return { ask };
}
