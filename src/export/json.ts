/**
 * kg.json written with an index of the documents, entities and relations in it, so that
 * a run that only added documents (pipeline/append.ts) writes the bytes of every item that did not
 * change from the file before, and serialises only the others: the same bytes as `toJson`, without
 * serialising 175 MB for one article (the bench corpus).
 *
 * `JSON.stringify(kg, null, 2)` puts each item of the three arrays on lines of its own, indented
 * by four spaces, and no string holds a raw line break: an item is the text from "\n    {" to the
 * next "\n    }", and an item serialised alone is the same text once each line break is followed
 * by four more spaces.
 */
import { closeSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import type { KnowledgeGraph } from '../types.ts';

export const SECTIONS = ['documents', 'entities', 'relations'] as const;
type Section = (typeof SECTIONS)[number];

/** A kg.json as written: its size and mtime, and the ids of its items in order (where each lies is found again when needed). */
export interface JsonIndex {
  size: number;
  mtimeMs: number;
  ids: Record<Section, string[]>;
}

type Ranges = Record<Section, Map<string, [number, number]>>;

/** Items that are the same as in the graph the file before was written from, by section. */
export type Unchanged = Record<Section, ReadonlySet<string>>;

const OPEN = Buffer.from('\n    {');
/** Bytes between two items of an array: ",\n    ". */
const SEPARATOR = 6;
const CLOSE = Buffer.from('\n    }');

/** A graph whose JSON has the three arrays, in this order, and nothing else. */
const plain = (kg: KnowledgeGraph) => Object.keys(kg).join() === SECTIONS.join();

/** The item ranges of a kg.json's bytes (from "{" to "}"), or undefined when they are not as expected. */
function ranges(bytes: Buffer, ids: JsonIndex['ids']): Ranges | undefined {
  const items: Ranges = { documents: new Map(), entities: new Map(), relations: new Map() };
  let at = 0;
  for (const section of SECTIONS) {
    at = bytes.indexOf(`\n  "${section}": [`, at);
    if (at < 0) return undefined;
    for (const id of ids[section]) {
      const open = bytes.indexOf(OPEN, at);
      const close = open < 0 ? -1 : bytes.indexOf(CLOSE, open);
      if (close < 0) return undefined;
      items[section].set(id, [open + OPEN.length - 1, close + CLOSE.length]);
      at = close + CLOSE.length;
    }
  }
  return items;
}

const itemText = (item: unknown) => JSON.stringify(item, null, 2).replace(/\n/g, '\n    ');

/** What the index of `file`, just written from `kg`, says (undefined for a graph of another shape). */
function indexOf(file: string, kg: KnowledgeGraph): JsonIndex | undefined {
  if (!plain(kg)) return undefined;
  const stat = statSync(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs, ids: { documents: kg.documents.map((d) => d.id), entities: kg.entities.map((e) => e.id), relations: kg.relations.map((r) => r.id) } };
}

/** kg.json whole (the text of `toJson`), and its index. */
export function writeJson(file: string, text: string, kg: KnowledgeGraph): JsonIndex | undefined {
  writeFileSync(file, text);
  return indexOf(file, kg);
}

/**
 * kg.json from the file before (indexed by `previous`): unchanged items copied, the others
 * serialised, and the new file's index. Undefined, writing nothing, when the file is not the one
 * indexed (its size or mtime differ, or an unchanged item is missing from it): the caller writes it
 * whole.
 */
export function spliceJson(file: string, kg: KnowledgeGraph, previous: JsonIndex, unchanged: Unchanged): { index?: JsonIndex } | undefined {
  if (!plain(kg)) return undefined;
  let old: Buffer;
  try {
    const stat = statSync(file);
    if (stat.size !== previous.size || stat.mtimeMs !== previous.mtimeMs) return undefined;
    old = readFileSync(file);
  } catch {
    return undefined;
  }
  const before = ranges(old, previous.ids);
  if (!before) return undefined;
  for (const section of SECTIONS) for (const item of kg[section]) if (unchanged[section].has(item.id) && !before[section].has(item.id)) return undefined;
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  const write = (bytes: Buffer | string) => {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    for (let done = 0; done < buffer.length; ) done += writeSync(fd, buffer, done);
  };
  try {
    write('{');
    for (const [s, section] of SECTIONS.entries()) {
      const list = kg[section];
      write(`${s > 0 ? ',' : ''}\n  "${section}": [`);
      if (list.length === 0) {
        write(']');
        continue;
      }
      const kept = (i: number) => (unchanged[section].has(list[i]!.id) ? before[section].get(list[i]!.id) : undefined);
      for (let i = 0; i < list.length; ) {
        write(i === 0 ? '\n    ' : ',\n    ');
        const range = kept(i);
        if (!range) {
          write(itemText(list[i++]));
          continue;
        }
        // Unchanged items that followed each other in the file before are copied in one piece.
        let last = i;
        while (last + 1 < list.length && kept(last + 1)?.[0] === kept(last)![1] + SEPARATOR) last++;
        write(old.subarray(range[0], kept(last)![1]));
        i = last + 1;
      }
      write('\n  ]');
    }
    write('\n}\n');
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  const index = indexOf(file, kg);
  return index ? { index } : {};
}

/** Every item of `kg` but those the added documents are part of (pipeline/append.ts says which). */
export function unchangedBy(kg: KnowledgeGraph, added: { documents: string[]; entities: string[]; relations: string[] }): Unchanged {
  const but = (items: { id: string }[], ids: string[]) => {
    const out = new Set(items.map((x) => x.id));
    for (const id of ids) out.delete(id);
    return out;
  };
  return { documents: but(kg.documents, added.documents), entities: but(kg.entities, added.entities), relations: but(kg.relations, added.relations) };
}
