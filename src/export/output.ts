/**
 * How an export file is written (export/splice.ts): through one buffer into a temporary file (or
 * the spare, written over in place) that is renamed over the file when done; copied items are
 * read from the file before in runs.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, linkSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FileIndex, ItemRanges } from './splice.ts';

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
export class Output {
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

/**
 * A turn of the event loop: the exports are written while Neo4j is (commands/ingest.ts), and the
 * driver sends each next statement only when it gets a turn.
 */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
