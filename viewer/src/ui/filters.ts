/**
 * The type filter (which is also the legend: colour, name, count) and the street filter.
 */
import type { ViewerGraph } from '../graph/build.ts';
import { streetNeighbourhood } from '../render/focus.ts';
import { kindStyle, orderKinds } from '../graph/kinds.ts';
import type { ViewStore } from '../state/view-state.ts';
import { el } from './dom.ts';

export function mountTypeFilters(target: HTMLElement, graph: ViewerGraph, store: ViewStore): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_n, attr) => counts.set(attr.kind, (counts.get(attr.kind) ?? 0) + 1));
  const boxes = new Map<string, HTMLInputElement>();
  target.replaceChildren(
    ...orderKinds(counts.keys()).map((kind) => {
      const style = kindStyle(kind);
      const box = el('input', { type: 'checkbox', value: kind, 'aria-label': `Show ${kind}` });
      boxes.set(kind, box);
      box.addEventListener('change', () => {
        const hidden = new Set(store.state.hiddenKinds);
        if (box.checked) hidden.delete(kind);
        else hidden.add(kind);
        store.update({ hiddenKinds: hidden });
      });
      return el(
        'li',
        { 'data-kind': kind },
        el('label', {}, box, el('span', { class: 'swatch', style: `background:${style.color}` }), el('span', { text: style.label || kind }), el('span', { class: 'count', text: String(counts.get(kind)) })),
      );
    }),
  );
  const unlinked = document.getElementById('show-unlinked') as HTMLInputElement | null;
  const lonely = graph.filterNodes((n) => graph.degree(n) === 0).length;
  unlinked?.addEventListener('change', () => store.update({ hideUnlinked: !unlinked.checked }));
  const unlinkedLabel = document.getElementById('unlinked-label');
  if (unlinkedLabel) unlinkedLabel.textContent = `Show unlinked nodes (${lonely})`;
  const sync = () => {
    for (const [kind, box] of boxes) box.checked = !store.state.hiddenKinds.has(kind);
    if (unlinked) unlinked.checked = !store.state.hideUnlinked;
  };
  sync();
  store.subscribe(sync);
}

export function mountStreetFilter(select: HTMLSelectElement, graph: ViewerGraph, store: ViewStore, onChoose: (street: string | null) => void): void {
  const streets = graph
    .filterNodes((_n, attr) => attr.kind === 'Street')
    // The count is what choosing the street shows: it, its neighbours and the enterprises behind its projects.
    .map((id) => ({ id, name: graph.getNodeAttribute(id, 'label'), shown: streetNeighbourhood(graph, id).size }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  select.replaceChildren(
    el('option', { value: '', text: `All streets (${streets.length})` }),
    ...streets.map((s) => el('option', { value: s.id, text: `${s.name} (${s.shown})` })),
  );
  select.addEventListener('change', () => {
    const street = select.value || null;
    store.update({ street });
    onChoose(street);
  });
  const sync = () => {
    select.value = store.state.street ?? '';
  };
  sync();
  store.subscribe(sync);
}
