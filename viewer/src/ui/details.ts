/**
 * The details panel: a node's or a relation's properties, aliases and the sentences that
 * support it, with the mention highlighted and the source document cited. The provenance comes
 * from the API (/api/nodes, /api/edges) when something is selected, not with the whole graph.
 */
import type { DocumentMeta, Entity, Evidence, Relation } from '../../../src/types.ts';
import type { EdgeDetails, NodeDetails } from '../api.ts';
import { kindStyle, RELATION_LABELS } from '../graph/kinds.ts';
import type { Selection } from '../state/view-state.ts';
import { el, formatYuan, highlighted } from './dom.ts';

type EntitySummary = Pick<Entity, 'id' | 'type' | 'name'>;

/** What one details view needs to name things: the documents and the entities it touches. */
interface GraphData {
  entities: Map<string, EntitySummary & Partial<Entity>>;
  documents: Map<string, DocumentMeta>;
}

export interface DetailsActions {
  select(selection: Selection): void;
  /** Show one more step of neighbours around the selected node; `depth()` is how many now. */
  expand?(): void;
  depth?(): number;
}

function entityLink(entity: EntitySummary | undefined, id: string, actions: DetailsActions): HTMLElement {
  const link = el('a', { class: 'entity', href: `?node=${encodeURIComponent(id)}`, text: entity?.name ?? id });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.select({ kind: 'node', id });
  });
  return link;
}

/** A sentence a property was read from (`investmentEvidence`, `dateEvidence`): {doc, start, end, text}. */
function isEvidence(value: unknown): value is Evidence {
  const v = value as Partial<Evidence> | null;
  return typeof v === 'object' && v !== null && typeof v.text === 'string' && typeof v.doc === 'string';
}

function propValue(key: string, value: unknown, documents: Map<string, DocumentMeta>, names: string[]): Node | string {
  if (key === 'investment' && typeof value === 'number') return formatYuan(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  // The sentence itself, quoted and cited, as evidence is shown everywhere else.
  if (isEvidence(value)) return el('blockquote', { class: 'prop-evidence' }, highlighted(value.text, names), citation(documents.get(value.doc), value.doc));
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('、');
  return JSON.stringify(value);
}

function propertyList(props: Record<string, unknown>, extra: Array<[string, string]>, documents = new Map<string, DocumentMeta>(), names: string[] = []): HTMLElement | null {
  // A property's own text first (investmentText), its evidence right after what it supports.
  const rows: Array<[string, Node | string]> = [...extra, ...Object.entries(props).map(([k, v]): [string, Node | string] => [k, propValue(k, v, documents, names)])];
  if (!rows.length) return null;
  return el('dl', {}, ...rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));
}

function citation(doc: DocumentMeta | undefined, docId: string): HTMLElement {
  const title = doc?.title ?? docId;
  const parts: Array<Node | string> = [`《${title}》`];
  if (doc?.date) parts.push(` ${doc.date}`);
  if (doc?.source) {
    parts.push(' · ');
    parts.push(/^https?:\/\//.test(doc.source) ? el('a', { href: doc.source, target: '_blank', rel: 'noopener noreferrer', text: doc.source }) : doc.source);
  }
  return el('div', { class: 'cite' }, ...parts);
}

/** Offsets of the entities' mentions inside one evidence sentence, when the offsets line up with its text. */
function mentionRanges(evidence: Evidence, entities: Entity[]): Array<[number, number]> {
  if (evidence.end - evidence.start !== evidence.text.length) return [];
  const ranges: Array<[number, number]> = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.doc === evidence.doc && m.start >= evidence.start && m.end <= evidence.end) ranges.push([m.start - evidence.start, m.end - evidence.start]);
    }
  }
  return ranges;
}

function evidenceItem(data: GraphData, evidence: Evidence, focus: Entity[], heading: HTMLElement | null): HTMLElement {
  const names = focus.flatMap((e) => [e.name, ...e.aliases]);
  return el(
    'li',
    {},
    heading,
    el('blockquote', {}, highlighted(evidence.text, names, mentionRanges(evidence, focus))),
    citation(data.documents.get(evidence.doc), evidence.doc),
  );
}

function relationHeading(data: GraphData, relation: Relation, from: string, actions: DetailsActions): HTMLElement {
  const outgoing = relation.from === from;
  const otherId = outgoing ? relation.to : relation.from;
  const verb = RELATION_LABELS[relation.type] ?? relation.type;
  const relLink = el('a', { class: 'entity', href: `?edge=${encodeURIComponent(relation.id)}`, text: outgoing ? verb : `${verb} (by)` });
  relLink.addEventListener('click', (event) => {
    event.preventDefault();
    actions.select({ kind: 'edge', id: relation.id });
  });
  const title = typeof relation.props.title === 'string' ? `(${relation.props.title})` : '';
  return el('div', { class: 'rel' }, relLink, ' ', entityLink(data.entities.get(otherId), otherId, actions), title);
}

function header(name: string, kind: string): HTMLElement[] {
  const style = kindStyle(kind);
  return [el('span', { class: 'kind-badge', style: `background:${style.color}`, text: style.label || kind }), el('h3', { text: name })];
}

export function renderNodeDetails(target: HTMLElement, details: NodeDetails, actions: DetailsActions): void {
  const { entity } = details;
  const data: GraphData = {
    entities: new Map<string, EntitySummary>([[entity.id, entity], ...details.neighbours.map((n): [string, EntitySummary] => [n.other.id, n.other])]),
    documents: new Map(details.documents.map((d) => [d.id, d])),
  };
  const relations = details.neighbours.map((n) => n.relation);
  const docs = new Set(entity.mentions.map((m) => m.doc));
  const extra: Array<[string, string]> = [['id', entity.id]];
  if (entity.aliases.length) extra.push(['aliases', entity.aliases.join('、')]);
  extra.push(['mentions', `${entity.mentions.length} in ${docs.size} document${docs.size === 1 ? '' : 's'}`]);
  const id = entity.id;
  const evidence = relations.flatMap((r) =>
    r.evidence.length
      ? r.evidence.map((ev, i) => evidenceItem(data, ev, [entity], i === 0 ? relationHeading(data, r, id, actions) : null))
      : [el('li', {}, relationHeading(data, r, id, actions), el('div', { class: 'muted', text: 'no evidence sentence' }))],
  );
  const expand = actions.expand ? el('button', { type: 'button', id: 'expand', title: 'Show the neighbours of what is shown, one more step out (as in Neo4j Bloom)', text: `Expand: ${(actions.depth?.() ?? 1) + 1} steps out` }) : null;
  expand?.addEventListener('click', () => actions.expand!());
  target.replaceChildren(
    ...header(entity.name, entity.type),
    expand ?? '',
    propertyList(entity.props, extra, data.documents, [entity.name, ...entity.aliases]) ?? '',
    el('h4', { text: `Relations and evidence (${relations.length})` }),
    evidence.length ? el('ul', { class: 'evidence' }, ...evidence) : el('p', { class: 'muted', text: 'No relations.' }),
  );
}

export function renderEdgeDetails(target: HTMLElement, details: EdgeDetails, actions: DetailsActions): void {
  const { relation, from, to } = details;
  const data: GraphData = { entities: new Map([[from.id, from], [to.id, to]]), documents: new Map(details.documents.map((d) => [d.id, d])) };
  // Highlight both ends: their names (mentions need the full entities, which an edge does not carry).
  const ends = [from, to].map((e) => ({ ...e, aliases: [], props: {}, mentions: [] }));
  target.replaceChildren(
    el('span', { class: 'kind-badge', style: 'background:#5b6472', text: relation.type }),
    el('h3', {}, entityLink(from, relation.from, actions), ` ${RELATION_LABELS[relation.type] ?? relation.type} `, entityLink(to, relation.to, actions)),
    propertyList(relation.props, [['id', relation.id]], data.documents, [from.name, to.name]) ?? '',
    el('h4', { text: `Evidence (${relation.evidence.length})` }),
    el('ul', { class: 'evidence' }, ...relation.evidence.map((ev) => evidenceItem(data, ev, ends, null))),
  );
}

export function renderDetailsError(target: HTMLElement, message: string): void {
  target.replaceChildren(el('p', { class: 'error', text: message }));
}

export function renderNoSelection(target: HTMLElement): void {
  target.replaceChildren(el('p', { class: 'muted', text: 'Click a node or a relation to see its properties and the sentences it comes from.' }));
}
