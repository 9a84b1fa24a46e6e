/**
 * The search box: suggestions over names, aliases and pinyin as you type; Enter or a click
 * chooses one, which selects the node and moves the camera to it. Text that reads as a question
 * (ask/question-words.ts) gets a first line "问: …", chosen by default: Enter asks it (the 问 tab
 * answers); the arrows still reach the names. The search module (with pinyin-pro's dictionary,
 * most of the bundle) loads after the first frame, and the index is built in slices between
 * other work (pinyin for 50k names takes seconds here), answering from what is indexed so far.
 */
import type { SearchHit, SearchIndex } from '../../../src/serve/search.ts';
import type { ViewerGraph } from '../graph/build.ts';
import { looksLikeQuestion } from '../ask/question-words.ts';
import { kindStyle } from '../graph/kinds.ts';
import { el } from './dom.ts';

/** Names indexed per slice before yielding to the page. */
const INDEX_SLICE = 2000;

export function mountSearchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  graph: ViewerGraph,
  aliases: Map<string, string[]>,
  choose: (node: string) => void,
  ask: (question: string) => void,
): { warmUp: () => void; clear: () => void } {
  const index: SearchIndex = { items: [] };
  let indexed = false;
  let building: Promise<void> | null = null;
  let hits: SearchHit[] = [];
  /** The highlighted line: a hit's index, or -1 for the "问" line of a question. */
  let active = 0;
  const asking = () => looksLikeQuestion(input.value);
  const first = () => (asking() ? -1 : 0);
  let searchModule: Promise<typeof import('../../../src/serve/search.ts')> | null = null;
  const loadSearch = () => (searchModule ??= import('../../../src/serve/search.ts'));

  const ensureIndex = () =>
    (building ??= (async () => {
      const { buildSearchIndex } = await loadSearch();
      const items = graph.mapNodes((id, attr) => ({ id, name: attr.label, aliases: aliases.get(id) ?? [], kind: attr.kind, weight: graph.degree(id) }));
      for (let i = 0; i < items.length; i += INDEX_SLICE) {
        index.items.push(...buildSearchIndex(items.slice(i, i + INDEX_SLICE)).items);
        if (i + INDEX_SLICE < items.length) {
          if (input.value.trim()) void update(); // answer from the bigger index
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
      indexed = true;
      if (input.value.trim()) void update();
    })());

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const askItem = () => {
    const item = el('li', { role: 'option', class: 'ask-item', 'aria-selected': String(active === -1), 'data-ask': 'true' }, el('span', { class: 'name', text: `问: ${input.value.trim()}` }), el('span', { class: 'kind', text: 'answer from the graph' }));
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pick(-1);
    });
    return item;
  };

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const style = kindStyle(hit.kind);
        const item = el(
          'li',
          { role: 'option', 'aria-selected': String(i === active), 'data-node': hit.id },
          el('span', { class: 'swatch', style: `background:${style.color}` }),
          el('span', { class: 'name', text: hit.name }),
          hit.via !== 'name' ? el('span', { class: 'matched', text: hit.matched }) : null,
          el('span', { class: 'kind', text: hit.kind }),
        );
        // mousedown, not click: the input's blur would close the list before a click lands.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(i);
        });
        return item;
      }),
    );
    if (asking()) list.prepend(askItem());
    else if (!hits.length && input.value.trim()) list.replaceChildren(el('li', { class: 'muted', text: indexed ? 'No match' : 'Indexing…' }));
    else if (!indexed) list.append(el('li', { class: 'muted', text: `Indexing… ${index.items.length} of ${graph.order}` }));
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
  };

  const pick = (i: number) => {
    if (i === -1) {
      if (!asking()) return;
      close();
      ask(input.value.trim());
      return;
    }
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    close();
    choose(hit.id);
  };

  const update = async () => {
    const query = input.value;
    const { search } = await loadSearch();
    if (query !== input.value) return; // a later keystroke has its own answer
    hits = search(index, query, 12);
    active = Math.max(first(), Math.min(active, hits.length - 1));
    render();
  };

  input.addEventListener('focus', () => void ensureIndex());
  input.addEventListener('input', () => {
    void ensureIndex();
    active = first();
    void update();
    if (asking()) render(); // the 问 line at once, before the search module has loaded
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // Lines from first() to the last hit, cycling.
      const lines = hits.length - first();
      if (!lines) return;
      active = ((active - first() + (event.key === 'ArrowDown' ? 1 : lines - 1)) % lines) + first();
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  const clear = () => {
    input.value = '';
    hits = [];
    close();
  };
  return { warmUp: () => void ensureIndex(), clear };
}
