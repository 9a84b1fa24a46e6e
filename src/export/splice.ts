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
import { closeSync, existsSync, fstatSync, ftruncateSync, linkSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
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

const BUFFER = 8 << 20;
/** Text up to this long between two copied items is laid over a run's bytes (see Run); longer text ends the run. */
const SEPARATOR = 4096;

/**
 * Copied items that lie one after another in the file before, and the text between them, read in
 * one go: the bytes [from, from + length) of that file, with the text laid over them where it goes.
 * Whatever the old bytes under the text were, the output is the items' old bytes and the text, as
 * copied and written one by one; but the file before is read in pieces of a buffer's size instead
 * of one read per item (20,000 documents: ~80,000 reads for the four files).
 */
interface Run {
  from: number;
  /** Bytes in the run, the last text laid on included. */
  length: number;
  /** Bytes up to the end of the last item copied: text after it is written as text if no item follows. */
  copied: number;
  texts: { at: number; bytes: Buffer }[];
}

/** Writes into a temporary file through one buffer; renames it over `file` when done. */
class Output {
  readonly tmp: string;
  private readonly spare: string | undefined;
  private readonly fd: number;
  /** Where the next write goes: the file is written by position (a spare is written over from its start). */
  private position = 0;
  private readonly buffer = Buffer.allocUnsafe(BUFFER);
  private fill = 0;
  private run: Run | null = null;
  private source = -1;
  /** Bytes written so far (flushed or not). */
  at = 0;
  /** Buffers written so far: the writer yields to the event loop after each (see writePieces). */
  flushes = 0;
  constructor(readonly file: string, spare: boolean) {
    const name = (suffix: string) => path.join(path.dirname(file), `.${path.basename(file)}.${suffix}`);
    this.tmp = name(`${process.pid}.tmp`);
    this.spare = spare ? name('spare') : undefined;
    this.fd = this.claimSpare() ?? openSync(this.tmp, 'w');
  }
  /**
   * The spare, renamed to this run's temporary file (of two runs at once, one gets it), open for
   * writing over; else undefined. What a run that was killed left (its temporary file, a second
   * name of the file before) is taken as the spare or removed, so that it does not pile up.
   */
  private claimSpare(): number | undefined {
    if (!this.spare) return undefined;
    const dir = path.dirname(this.file);
    const left = new RegExp(`^\\.${path.basename(this.file).replace(/\./g, '\\.')}\\.(\\d+)\\.(tmp|before)$`);
    for (const name of readdirSync(dir)) {
      const found = left.exec(name);
      const pid = Number(found?.[1]);
      if (!pid || pid === process.pid || alive(pid)) continue;
      const stale = path.join(dir, name);
      try {
        if (found![2] === 'tmp' && !existsSync(this.spare)) renameSync(stale, this.spare);
        else rmSync(stale, { force: true });
      } catch {
        // another run took it first
      }
    }
    let fd: number;
    try {
      renameSync(this.spare, this.tmp);
      fd = openSync(this.tmp, 'r+');
    } catch {
      return undefined; // none yet: the run writes a new file, and keeps the one it replaces
    }
    // Never the file itself under another name (written over, it would be read from as it is written).
    const [spare, file] = [fstatSync(fd), statOrNull(this.file)];
    if (file && spare.ino === file.ino && spare.dev === file.dev) {
      closeSync(fd);
      rmSync(this.tmp, { force: true });
      return undefined;
    }
    return fd;
  }
  private writeAt(bytes: Uint8Array, offset: number, length: number): void {
    for (let done = 0; done < length; ) {
      const n = writeSync(this.fd, bytes, offset + done, length - done, this.position);
      done += n;
      this.position += n;
    }
  }
  private flush(): void {
    this.writeAt(this.buffer, 0, this.fill);
    this.fill = 0;
    this.flushes += 1;
  }
  text(text: string): void {
    if (this.run && text.length <= SEPARATOR) {
      const bytes = Buffer.from(text);
      this.run.texts.push({ at: this.run.length, bytes });
      this.run.length += bytes.length;
      this.at += bytes.length;
      return;
    }
    this.endRun();
    this.write(text);
  }
  private write(text: string): void {
    if (text.length * 3 > BUFFER - this.fill) this.flush();
    if (text.length * 3 > BUFFER) {
      const bytes = Buffer.from(text);
      this.writeAt(bytes, 0, bytes.length);
      this.at += bytes.length;
      return;
    }
    const n = this.buffer.write(text, this.fill);
    this.fill += n;
    this.at += n;
  }
  /** `bytes` written in pieces of a buffer's size, yielding between them. */
  async bytes(bytes: Uint8Array): Promise<void> {
    this.endRun();
    this.flush();
    for (let done = 0; done < bytes.length; done += BUFFER) {
      this.writeAt(bytes, done, Math.min(BUFFER, bytes.length - done));
      await breathe();
    }
    this.at += bytes.length;
  }
  /** Bytes [start, end) of the open file `from`: the current run goes on if they follow it there. */
  copy(from: number, start: number, end: number): void {
    const run = this.run;
    if (run && this.source === from && start === run.from + run.length) {
      run.length += end - start;
      run.copied = run.length;
      // A run of a buffer's size is written, so that writePieces yields to the event loop between runs.
      if (run.copied >= BUFFER) this.endRun();
    } else {
      this.endRun();
      this.run = { from: start, length: end - start, copied: end - start, texts: [] };
      this.source = from;
    }
    this.at += end - start;
  }
  /** Reads the run's copied bytes straight into the buffer, lays its text on them, and writes the text after its last item. */
  private endRun(): void {
    const run = this.run;
    if (!run) return;
    this.run = null;
    let next = 0;
    for (let done = 0; done < run.copied; ) {
      if (this.fill === BUFFER) this.flush();
      const want = Math.min(run.copied - done, BUFFER - this.fill);
      const n = readSync(this.source, this.buffer, this.fill, want, run.from + done);
      if (n <= 0) throw new Error(`export/splice: ${this.file} ended before byte ${run.from + run.copied}`);
      // Text that overlaps [done, done + n) of the run, laid over what was read.
      while (next < run.texts.length && run.texts[next]!.at + run.texts[next]!.bytes.length <= done) next++;
      for (let k = next; k < run.texts.length && run.texts[k]!.at < done + n; k++) {
        const { at, bytes } = run.texts[k]!;
        const from = Math.max(done, at);
        const to = Math.min(done + n, at + bytes.length);
        bytes.copy(this.buffer, this.fill + (from - done), from - at, to - at);
      }
      this.fill += n;
      done += n;
    }
    for (const { at, bytes } of run.texts) {
      if (at < run.copied) continue;
      if (bytes.length > BUFFER - this.fill) this.flush();
      this.fill += bytes.copy(this.buffer, this.fill);
    }
  }
  /** Renames the written file over `file` (kept as the spare, with `spare`); its index. */
  close(ranges: ItemRanges): FileIndex {
    this.endRun();
    this.flush();
    // A spare longer than what was written over it.
    ftruncateSync(this.fd, this.position);
    closeSync(this.fd);
    // The file before stays whole under `file` until the rename; a second name keeps its blocks for the next run.
    const before = this.spare && this.keep();
    renameSync(this.tmp, this.file);
    if (before) renameSync(before, this.spare!);
    const stat = statSync(this.file);
    return { size: stat.size, mtimeMs: stat.mtimeMs, ranges };
  }
  /** A second name of the file before (none: undefined). */
  private keep(): string | undefined {
    const before = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.before`);
    rmSync(before, { force: true });
    try {
      linkSync(this.file, before);
      return before;
    } catch {
      return undefined; // no file before, or a file system without hard links: nothing kept
    }
  }
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    rmSync(this.tmp, { force: true });
  }
}

function statOrNull(file: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** Whether process `pid` runs (one of another user counts as running). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const noRanges = (kg: KnowledgeGraph): ItemRanges => ({
  documents: new Array(kg.documents.length * 2).fill(-1),
  entities: new Array(kg.entities.length * 2).fill(-1),
  relations: new Array(kg.relations.length * 2).fill(-1),
});

/**
 * A turn of the event loop: the exports are written while Neo4j is (commands/ingest.ts), and the
 * driver sends each next statement only when it gets a turn.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

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
