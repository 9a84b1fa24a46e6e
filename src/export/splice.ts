/**
 * Export files that a run adding a few articles need not serialise whole. Every format lays its
 * file out as pieces: text, and the graph's items (a document, an entity, a relation), each at a
 * byte range the writer records (`FileIndex`). The next run, told which items did not change
 * (pipeline/append.ts says which the added articles are part of), copies those items' bytes from
 * the file before and renders only the others: the same bytes as a whole write, for a few MB of
 * serialising instead of the whole 500 MB of the bench corpus's four files.
 *
 * A file is spliced only when it is still the one its index describes (same size and mtime);
 * otherwise, or without an index, it is written whole. Either way it is written to a temporary
 * file and renamed over the old one, so a run that stops part-way leaves the file before.
 *
 * With `spare` (ingest, which writes the same files every run), the file a run replaces is kept
 * beside it (`.kg.json.spare`) and the next run writes over it in place instead of into a new
 * file: on ext4 writing into a file's blocks costs a fraction of allocating new ones and freeing
 * the old (see the README's Re-ingest part). The folder then holds the exports twice.
 */
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { Output, breathe } from './output.ts';
import type { KnowledgeGraph } from '../types.ts';

export const SECTIONS = ['documents', 'entities', 'relations'] as const;
export type Section = (typeof SECTIONS)[number];

/** Where each item lies in a file: [start, end) byte offsets, flat, in the graph's item order; -1, -1 for an item the format leaves out. */
export type ItemRanges = Record<Section, number[]>;

/** An export file as written: its size and mtime, and where its items lie. */
export interface FileIndex {
  size: number;
  mtimeMs: number;
  ranges: ItemRanges;
}

/** The exports as written from one graph: its items' ids, and each file's index (by format). */
export interface ExportIndex {
  ids: Record<Section, string[]>;
  files: Record<string, FileIndex>;
}

/** Items that are the same as in the graph the files before were written from, by section. */
export type Unchanged = Record<Section, ReadonlySet<string>>;

/** Text, or an item of the graph: rendered only when it cannot be copied from the file before. */
export type Piece = string | { section: Section; index: number; render: () => string };

/** What a splice copies from: the file before, its index, and which items did not change. */
export interface Reuse {
  ids: Record<Section, string[]>;
  file: FileIndex;
  unchanged: Unchanged;
}

/** The item ids of a graph, by section (the order every format writes them in). */
export const idsOf = (kg: KnowledgeGraph): Record<Section, string[]> => ({
  documents: kg.documents.map((d) => d.id),
  entities: kg.entities.map((e) => e.id),
  relations: kg.relations.map((r) => r.id),
});

/** Every item of `kg` but those the added documents are part of (pipeline/append.ts says which). */
export function unchangedBy(kg: KnowledgeGraph, added: Record<Section, string[]>): Unchanged {
  const but = (ids: string[], drop: string[]) => {
    const out = new Set(ids);
    for (const id of drop) out.delete(id);
    return out;
  };
  const ids = idsOf(kg);
  return { documents: but(ids.documents, added.documents), entities: but(ids.entities, added.entities), relations: but(ids.relations, added.relations) };
}

/** Whether `file` is still the one `index` describes. */
export function isIndexed(file: string, index: FileIndex | undefined): index is FileIndex {
  try {
    const stat = statSync(file);
    return index !== undefined && stat.size === index.size && stat.mtimeMs === index.mtimeMs;
  } catch {
    return false;
  }
}

const noRanges = (kg: KnowledgeGraph): ItemRanges => ({
  documents: new Array(kg.documents.length * 2).fill(-1),
  entities: new Array(kg.entities.length * 2).fill(-1),
  relations: new Array(kg.relations.length * 2).fill(-1),
});


/**
 * Writes `pieces` into `file`; with `reuse`, the items it says are unchanged are copied from the
 * file before (which the caller checked with `isIndexed`); with `spare`, over the spare (see above).
 * Returns the new file's index.
 */
export async function writePieces(file: string, kg: KnowledgeGraph, pieces: Iterable<Piece>, reuse?: Reuse, spare = false): Promise<FileIndex> {
  const out = new Output(file, spare);
  const from = reuse ? openSync(file, 'r') : -1;
  try {
    if (reuse && fstatSync(from).size !== reuse.file.size) throw new Error(`export/splice: ${file} changed while it was being spliced`);
    const before = reuse && { documents: positions(reuse.ids.documents), entities: positions(reuse.ids.entities), relations: positions(reuse.ids.relations) };
    const ranges = noRanges(kg);
    let flushes = 0;
    for (const piece of pieces) {
      if (out.flushes > flushes) {
        flushes = out.flushes;
        await breathe();
      }
      if (typeof piece === 'string') {
        out.text(piece);
        continue;
      }
      const { section, index } = piece;
      const start = out.at;
      const id = kg[section][index]!.id;
      const old = before?.[section].get(id);
      if (reuse?.unchanged[section].has(id)) {
        // An item said unchanged is copied, never rendered: a format may render only what changed (export/index.ts).
        const [oldStart, oldEnd] = old === undefined ? [-1, -1] : reuse.file.ranges[section].slice(2 * old, 2 * old + 2);
        if (!(oldStart! >= 0 && oldEnd! >= oldStart! && oldEnd! <= reuse.file.size)) throw new SpliceMiss(`${file}: ${section} item ${id} is not in the file before`);
        out.copy(from, oldStart!, oldEnd!);
      } else out.text(piece.render());
      ranges[section][2 * index] = start;
      ranges[section][2 * index + 1] = out.at;
    }
    return out.close(ranges);
  } catch (error) {
    out.abandon();
    throw error;
  } finally {
    if (from >= 0) closeSync(from);
  }
}

/** An item said unchanged that the file before does not hold: the caller writes the file whole. */
export class SpliceMiss extends Error {}

/** Writes a file rendered whole, with its item ranges as `rangesOf` finds them in its bytes (undefined: none to keep). */
export async function writeWhole(file: string, text: string, rangesOf: (bytes: Buffer) => ItemRanges | undefined, spare = false): Promise<FileIndex | undefined> {
  const bytes = Buffer.from(text);
  const ranges = rangesOf(bytes);
  const out = new Output(file, spare);
  try {
    await out.bytes(bytes);
  } catch (error) {
    out.abandon();
    throw error;
  }
  const index = out.close(ranges ?? { documents: [], entities: [], relations: [] });
  return ranges ? index : undefined;
}

function positions(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}
