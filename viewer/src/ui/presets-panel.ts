/**
 * Preset buttons, one click each, and the chosen preset's ranked list beside the graph.
 * Choosing an item lights up its nodes (e.g. the streets that share a program).
 */
import { findPreset, PRESETS, type PresetResult } from '../presets/index.ts';
import type { ViewStore } from '../state/view-state.ts';
import { el } from './dom.ts';

export function mountPresets(
  buttons: HTMLElement,
  panel: HTMLElement,
  store: ViewStore,
  current: () => PresetResult | null,
  frame: (nodes: Set<string>) => void,
): void {
  buttons.replaceChildren(
    ...PRESETS.map((preset) => {
      const button = el('button', { type: 'button', 'data-preset': preset.id, title: preset.description, text: preset.label });
      button.addEventListener('click', () => {
        const on = store.state.preset !== preset.id;
        store.update({ preset: on ? preset.id : null, presetItem: null, selection: null });
        const result = current();
        if (on && result) frame(result.nodes);
      });
      return button;
    }),
  );

  const render = () => {
    for (const button of buttons.querySelectorAll<HTMLButtonElement>('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.preset === store.state.preset));
    }
    const preset = findPreset(store.state.preset);
    const result = current();
    if (!preset || !result) return void panel.replaceChildren();
    const controls: HTMLElement[] = [];
    if (preset.id === 'shared') {
      const min = el('input', { type: 'number', min: '1', max: '99', value: String(store.state.minStreets), 'aria-label': 'Minimum streets', style: 'width:4em' });
      min.addEventListener('change', () => {
        const n = Number(min.value);
        if (Number.isInteger(n) && n >= 1 && n <= 99) store.update({ minStreets: n, presetItem: null });
      });
      controls.push(el('label', { class: 'row' }, 'at least ', min, ' streets'));
    }
    const list = el(
      'ol',
      { class: 'ranked', 'data-preset-list': preset.id },
      ...result.items.map((item) => {
        const li = el(
          'li',
          { 'data-item': item.id, 'aria-selected': String(item.id === store.state.presetItem), title: item.detail ?? '' },
          el('span', { class: 'label' }, item.label, item.detail ? el('small', { class: 'detail', text: item.detail }) : null),
          el('span', { class: 'n', text: item.countLabel }),
        );
        li.addEventListener('click', () => {
          const chosen = store.state.presetItem === item.id ? null : item.id;
          store.update({ presetItem: chosen, selection: null });
          frame(chosen ? item.nodes : result.nodes);
        });
        return li;
      }),
    );
    panel.replaceChildren(el('p', { class: 'muted', text: result.summary }), ...controls, list);
  };
  render();
  store.subscribe((state, previous) => {
    if (state.preset !== previous.preset || state.presetItem !== previous.presetItem || state.minStreets !== previous.minStreets) render();
  });
}
