/**
 * kg.json written with an index of where each document, entity and relation lies in it, so that
 * a run that only added documents (pipeline/append.ts) writes the bytes of every item that did not
 * change from the file before, and serialises only the others: the same bytes as `toJson`, without
 * serialising 175 MB for one article (the bench corpus).
 *
 * `JSON.stringify(kg, null, 2)` puts each item of the three arrays on lines of its own, indented
 * by four spaces, and no string holds a raw line break: an item is the text from "\n    {" to the
 * next "\n    }", and an item serialised alone is the same text once each line break is followed
 * by four more spaces.
 */
import { readFileSync, statSync } from 'node:fs';
import type { KnowledgeGraph } from '../types.ts';
import { writeAtomically } from '../pipeline/cache-files.ts';

export const SECTIONS = ['documents', 'entities', 'relations'] as const;
type Section = (typeof SECTIONS)[number];

/** Byte ranges [start, end) of each item, by id, in a kg.json of this size and mtime. */
export interface JsonIndex {
  size: number;
  mtimeMs: number;
  items: Record<Section, Record<string, [number, number]>>;
}

/** Items that are the same as in the graph the file before was written from, by section. */
export type Unchanged = Record<Section, ReadonlySet<string>>;

const OPEN = Buffer.from('\n    {');
const CLOSE = Buffer.from('\n    }');

/** A graph whose JSON has the three arrays, in this order, and nothing else. */
const plain = (kg: KnowledgeGraph) => Object.keys(kg).join() === SECTIONS.join();

/** The item ranges of a kg.json's bytes (from "{" to "}"), or undefined when they are not as expected. */
function ranges(bytes: Buffer, kg: KnowledgeGraph): JsonIndex['items'] | undefined {
  if (!plain(kg)) return undefined;
  const items = { documents: {}, entities: {}, relations: {} } as JsonIndex['items'];
  let at = 0;
  for (const section of SECTIONS) {
    at = bytes.indexOf(`\n  "${section}": [`, at);
    if (at < 0) return undefined;
    for (const item of kg[section]) {
      const open = bytes.indexOf(OPEN, at);
      const close = open < 0 ? -1 : bytes.indexOf(CLOSE, open);
      if (close < 0) return undefined;
      items[section][item.id] = [open + OPEN.length - 1, close + CLOSE.length];
      at = close + CLOSE.length;
    }
  }
  return items;
}

const itemText = (item: unknown) => JSON.stringify(item, null, 2).replace(/\n/g, '\n    ');

/** kg.json whole: the bytes of `toJson`, and their index (undefined for a graph of another shape). */
export function writeJson(file: string, text: string, kg: KnowledgeGraph): JsonIndex | undefined {
  const bytes = Buffer.from(text);
  writeAtomically(file, bytes);
  return indexOf(file, bytes, kg);
}

function indexOf(file: string, bytes: Buffer, kg: KnowledgeGraph): JsonIndex | undefined {
  const items = ranges(bytes, kg);
  if (!items) return undefined;
  const stat = statSync(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs, items };
}

/**
 * kg.json from the file before (indexed by `previous`): unchanged items copied, the others
 * serialised, and the new file's index. Undefined, writing nothing, when the file is not the one
 * indexed (its size or mtime differ, or an unchanged item is missing from it): the caller writes it whole.
 */
export function spliceJson(file: string, kg: KnowledgeGraph, previous: JsonIndex, unchanged: Unchanged): { index?: JsonIndex } | undefined {
  if (!plain(kg)) return undefined;
  for (const section of SECTIONS) for (const item of kg[section]) if (unchanged[section].has(item.id) && !previous.items[section][item.id]) return undefined;
  let old: Buffer;
  try {
    const stat = statSync(file);
    if (stat.size !== previous.size || stat.mtimeMs !== previous.mtimeMs) return undefined;
    old = readFileSync(file);
  } catch {
    return undefined;
  }
  const parts: Buffer[] = [Buffer.from('{')];
  for (const [s, section] of SECTIONS.entries()) {
    const items = kg[section];
    parts.push(Buffer.from(`${s > 0 ? ',' : ''}\n  "${section}": [`));
    if (items.length === 0) {
      parts.push(Buffer.from(']'));
      continue;
    }
    items.forEach((item, i) => {
      parts.push(Buffer.from(i === 0 ? '\n    ' : ',\n    '));
      const range = unchanged[section].has(item.id) ? previous.items[section][item.id] : undefined;
      if (range) parts.push(old.subarray(range[0], range[1]));
      else parts.push(Buffer.from(itemText(item)));
    });
    parts.push(Buffer.from('\n  ]'));
  }
  parts.push(Buffer.from('\n}\n'));
  const bytes = Buffer.concat(parts);
  writeAtomically(file, bytes);
  const index = indexOf(file, bytes, kg);
  return index ? { index } : {};
}

/** What adding the documents `added` left unchanged in `kg`: every item none of them is part of. */
export function unchangedBy(kg: KnowledgeGraph, added: ReadonlySet<string>): Unchanged {
  return {
    documents: new Set(kg.documents.filter((d) => !added.has(d.id)).map((d) => d.id)),
    entities: new Set(kg.entities.filter((e) => !e.mentions.some((m) => added.has(m.doc))).map((e) => e.id)),
    relations: new Set(kg.relations.filter((r) => !r.evidence.some((e) => added.has(e.doc))).map((r) => r.id)),
  };
}
