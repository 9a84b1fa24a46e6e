/**
 * What the user is looking at: selection, filters, preset, ego depth, the question asked. It lives in the URL
 * (query string), so a view can be shared by copying the address. Parsed by hand (zod stays out
 * of the first frame's script): a hand-edited URL with nonsense in it falls back to defaults
 * field by field instead of breaking the page.
 */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

export interface ViewState {
  selection: Selection | null;
  /** Entity kinds unticked in the type filter. */
  hiddenKinds: Set<string>;
  /** Street id: show only its neighbourhood. */
  street: string | null;
  preset: string | null;
  /** The item chosen in a preset's list (e.g. one program among the shared initiatives). */
  presetItem: string | null;
  /** Shared initiatives: programs carried out by at least this many streets. */
  minStreets: number;
  /** Steps around a selected node that are shown (1 and 2 by the radios, more by "Expand"). */
  depth: number;
  /** Nodes with no relation at all are left out of the picture. */
  hideUnlinked: boolean;
  /** The question asked in the 问 tab: a shared link asks it again. */
  ask: string | null;
}

/** The furthest "Expand" goes: past it, most small graphs are whole anyway. */
export const MAX_DEPTH = 6;

export const DEFAULT_STATE: ViewState = {
  selection: null,
  hiddenKinds: new Set(),
  street: null,
  preset: null,
  presetItem: null,
  minStreets: 2,
  depth: 1,
  hideUnlinked: false,
  ask: null,
};

/** The API takes questions up to this length; a longer one in a URL is cut, not refused. */
const MAX_QUESTION = 200;

/** A non-empty string, else nothing. */
const text = (value: string | undefined): string | undefined => (value ? value : undefined);

export function stateFromUrl(search: string): ViewState {
  const raw = new URLSearchParams(search);
  const get = (key: string) => raw.get(key) ?? undefined;
  const node = text(get('node'));
  const edge = text(get('edge'));
  const hide = get('hide');
  const min = Number(get('min'));
  return {
    selection: node ? { kind: 'node', id: node } : edge ? { kind: 'edge', id: edge } : null,
    hiddenKinds: new Set(hide ? hide.split(',').filter(Boolean) : []),
    street: text(get('street')) ?? null,
    preset: text(get('preset')) ?? null,
    presetItem: text(get('item')) ?? null,
    minStreets: Number.isInteger(min) && min >= 1 && min <= 99 ? min : DEFAULT_STATE.minStreets,
    depth: /^[1-9]$/.test(get('depth') ?? '') && Number(get('depth')) <= MAX_DEPTH ? Number(get('depth')) : 1,
    hideUnlinked: get('unlinked') === 'hide',
    ask: text(get('ask')?.trim().slice(0, MAX_QUESTION)) ?? null,
  };
}

export function stateToUrl(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.hiddenKinds.size) params.set('hide', [...state.hiddenKinds].sort().join(','));
  if (state.street) params.set('street', state.street);
  if (state.preset) params.set('preset', state.preset);
  if (state.presetItem) params.set('item', state.presetItem);
  if (state.minStreets !== DEFAULT_STATE.minStreets) params.set('min', String(state.minStreets));
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.hideUnlinked) params.set('unlinked', 'hide');
  if (state.ask) params.set('ask', state.ask);
  const text = params.toString();
  return text ? `?${text}` : location.pathname;
}

/** A tiny store: one state object, listeners told after every change, the URL kept in step. */
export class ViewStore {
  private listeners: Array<(state: ViewState, previous: ViewState) => void> = [];

  constructor(public state: ViewState) {}

  update(patch: Partial<ViewState>): void {
    const previous = this.state;
    this.state = { ...this.state, ...patch };
    history.replaceState(null, '', stateToUrl(this.state));
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: (state: ViewState, previous: ViewState) => void): void {
    this.listeners.push(listener);
  }
}
