/**
 * A console result's cell as a reader wants it: a node by its name in its type's colour, a
 * relationship by its type between the names of its ends, a path as a chain of names and
 * types, lists joined, maps as key: value. Never an element id, never raw JSON of a node.
 */
import { kindStyle } from '../graph/kinds.ts';
import { el } from './dom.ts';

type Plain = Record<string, unknown>;
const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNodeValue = (v: unknown): v is { elementId: string; labels: string[]; properties: Plain } => isObject(v) && Array.isArray(v.labels) && isObject(v.properties);
export const isRelationshipValue = (v: unknown): v is { elementId: string; type: string; start: string; end: string; properties: Plain } =>
  isObject(v) && typeof v.type === 'string' && 'start' in v && 'end' in v && isObject(v.properties) && !('segments' in v);
export const isPathValue = (v: unknown): v is { start: unknown; end: unknown; segments: Array<{ start: unknown; relationship: unknown; end: unknown }> } =>
  isObject(v) && Array.isArray(v.segments);

/** A node's kind: its label other than the shared `Entity`. */
export function nodeKind(labels: string[]): string {
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? '';
}

export function nodeName(properties: Plain, fallback: string): string {
  const name = properties.name ?? properties.title ?? properties.id;
  return typeof name === 'string' || typeof name === 'number' ? String(name) : fallback;
}

/** Names of every node met in the rows, by element id: relationships name their ends with them. */
export function namesByElement(rows: unknown[][]): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isObject(v)) return;
    if (isNodeValue(v)) names.set(v.elementId, nodeName(v.properties, nodeKind(v.labels)));
    else Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  return names;
}

function nodeChip(v: { labels: string[]; properties: Plain }): HTMLElement {
  const kind = nodeKind(v.labels);
  return el('span', { class: 'chip', title: kind }, el('span', { class: 'swatch', style: `background:${kindStyle(kind).color}` }), nodeName(v.properties, kind));
}

const arrow = (type: string) => el('span', { class: 'rel-type', text: ` —${type}→ ` });

export function cellContent(value: unknown, names: Map<string, string>): Node | string {
  if (value === null || value === undefined) return '';
  if (isNodeValue(value)) return nodeChip(value);
  if (isRelationshipValue(value)) {
    const end = (id: string) => names.get(id) ?? '…';
    return el('span', {}, end(value.start), arrow(value.type), end(value.end));
  }
  if (isPathValue(value)) {
    const parts: Array<Node | string> = [];
    value.segments.forEach((s, i) => {
      if (i === 0) parts.push(cellContent(s.start, names));
      const rel = s.relationship as { type?: string; start?: string } | null;
      const startOf = (s.start as { elementId?: string } | null)?.elementId;
      // A segment walked against the relationship's direction: the arrow says so.
      parts.push(rel?.start && rel.start !== startOf ? el('span', { class: 'rel-type', text: ` ←${rel.type}— ` }) : arrow(rel?.type ?? ''));
      parts.push(cellContent(s.end, names));
    });
    if (!value.segments.length) parts.push(cellContent(value.start, names));
    return el('span', { class: 'path' }, ...parts);
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => cellContent(v, names));
    const joined: Array<Node | string> = [];
    items.forEach((item, i) => (i ? joined.push('、', item) : joined.push(item)));
    return el('span', {}, ...joined);
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    const parts: Array<Node | string> = [];
    entries.forEach(([k, v], i) => parts.push(i ? '; ' : '', `${k}: `, cellContent(v, names)));
    return el('span', {}, ...parts);
  }
  return String(value);
}
