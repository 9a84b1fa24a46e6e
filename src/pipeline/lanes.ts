/**
 * `--jobs N`: extraction and the sweep on N lanes, the main thread (lane 0) and N − 1 worker
 * threads. Files go out in chunks of about one segmentation group (a message per file costs more
 * than a short article's extraction), each lane pulling the next chunk when it is done; the main
 * thread gets the results back and adds them in file order, so the graph is the one job's, byte
 * for byte (test/pipeline/jobs.test.ts). A worker's start costs ~2 s (pipeline/workers.ts), so
 * workers are pooled for the process, and a lane gets work only once it is ready: a build never
 * waits for a worker to start.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import type { KnownName } from '../extract/index.ts';
import { Lane, SEGMENT_GROUP_CHARS, type FileJob, type FirstPass, type SweepReply } from './lane.ts';
import { takeWorkers, type WorkerLane } from './workers.ts';

/** The default of `--jobs`: one lane per core. */
export const defaultJobs = (): number => availableParallelism();

/** Bytes of files in a chunk: about one segmentation group of Chinese text (3 bytes a character in UTF-8). */
const CHUNK_BYTES = 3 * SEGMENT_GROUP_CHARS;

/**
 * Without `--jobs`, a worker is started for every this many bytes of files to extract, up to the
 * number of cores: a cold worker is ready after ~2 s, when the main thread has done ~10 MB.
 */
export const AUTO_BYTES_PER_WORKER = 12_000_000;

/** Documents a lane sweeps per request (a sweep is cheap: no segmentation). */
const SWEEP_CHUNK = 500;

/** How many lanes for `totalBytes` of files to extract, and how many bytes to a chunk. */
export function planLanes(jobs: number | undefined, totalBytes: number, files: number): { lanes: number; chunkBytes: number } {
  const wanted = jobs ?? Math.min(defaultJobs(), 1 + Math.floor(totalBytes / AUTO_BYTES_PER_WORKER));
  const lanes = Math.max(1, Math.min(wanted, files));
  // At least four chunks a lane, so that lanes finish together.
  return { lanes, chunkBytes: Math.max(1, Math.min(CHUNK_BYTES, Math.ceil(totalBytes / (lanes * 4)))) };
}

export interface LaneHandle {
  readonly ready: Promise<void>;
  /** Requests kept in flight: two for a worker, so that it never waits for the main thread. */
  readonly depth: number;
  /** Chunks it extracted in this build. */
  chunks: number;
  extract(jobs: FileJob[], keepText: boolean): Promise<FirstPass[]>;
  sweep(jobs: FileJob[], known?: KnownName[]): Promise<SweepReply>;
}

/** Lane 0: the main thread, between the messages of the workers. */
class MainLane implements LaneHandle {
  readonly ready = Promise.resolve();
  readonly depth = 1;
  chunks = 0;
  private readonly lane: Lane;

  constructor(
    textBudget: number,
    private readonly onStep?: (step: string) => void,
  ) {
    this.lane = new Lane(textBudget);
  }

  async extract(jobs: FileJob[], keepText: boolean): Promise<FirstPass[]> {
    await new Promise(setImmediate); // let the workers' results in first
    return this.lane.extract(jobs, keepText, this.onStep);
  }

  async sweep(jobs: FileJob[], known?: KnownName[]): Promise<SweepReply> {
    await new Promise(setImmediate);
    return this.lane.sweep(jobs, known);
  }
}

/** A file to extract, with its place in the build's file list and its size. */
export type IndexedJob = FileJob & { index: number; bytes: number };

export const withSizes = (jobs: (FileJob & { index: number })[]): IndexedJob[] =>
  jobs.map((job) => {
    let bytes = 0;
    try {
      bytes = statSync(job.file).size;
    } catch {
      // the reader reports the file
    }
    return { ...job, bytes };
  });

/** The lanes of one build. */
export class Lanes {
  private readonly main: MainLane;
  private readonly workers: WorkerLane[];
  /** The lane holding each document's sweep summary (the lane that extracted it). */
  private readonly holders = new Map<string, LaneHandle>();

  constructor(count: number, textBudget: number, onStep?: (step: string) => void) {
    const share = Math.floor(textBudget / count);
    this.main = new MainLane(share, onStep);
    this.workers = takeWorkers(count - 1);
    for (const w of this.workers) {
      w.open(share);
      w.onStep = onStep;
    }
  }

  private get all(): LaneHandle[] {
    return [this.main, ...this.workers];
  }

  /** Milliseconds the main thread spent unpacking the workers' first passes. */
  get unpackMs(): number {
    return this.workers.reduce((ms, w) => ms + w.unpackMs, 0);
  }

  /** Lanes that extracted at least one chunk in this build. */
  get used(): number {
    return this.all.filter((l) => l.chunks > 0).length;
  }

  /** Extract `jobs` in chunks of about `chunkBytes`; `deliver` gets each result (in any order). */
  async extract(jobs: IndexedJob[], chunkBytes: number, keepText: boolean, deliver: (index: number, pass: FirstPass) => void): Promise<void> {
    const chunks: IndexedJob[][] = [];
    for (let i = 0; i < jobs.length; ) {
      const chunk: IndexedJob[] = [];
      for (let bytes = 0; i < jobs.length && (chunk.length === 0 || bytes < chunkBytes); i++) {
        chunk.push(jobs[i]!);
        bytes += jobs[i]!.bytes;
      }
      chunks.push(chunk);
    }
    await runTasks(chunks, this.all, async (lane, chunk) => {
      const passes = await lane.extract(
        chunk.map(({ file, id, entry }) => ({ file, id, ...(entry ? { entry } : {}) })),
        keepText,
      );
      lane.chunks += 1;
      chunk.forEach((job, k) => {
        this.holders.set(job.id, lane);
        deliver(job.index, passes[k]!);
      });
    });
  }

  /**
   * Sweep the documents of `jobs` for the `known` names: each on the lane holding its summary;
   * the others (cached documents) in chunks on any lane. Outcomes by index.
   */
  async sweep(jobs: (FileJob & { index: number })[], known: KnownName[], onSwept?: (documents: number) => void): Promise<{ outcomes: Map<number, SweepReply['outcomes'][number]>; pairs: Map<number, Uint8Array | undefined>; sweepParts: number; sweepPartBytes: number }> {
    const result = { outcomes: new Map<number, SweepReply['outcomes'][number]>(), pairs: new Map<number, Uint8Array | undefined>(), sweepParts: 0, sweepPartBytes: 0 };
    const indexed = new Set<LaneHandle>();
    const run = async (lane: LaneHandle, chunk: (FileJob & { index: number })[]) => {
      // The names go with a lane's first sweep request of the build; requests are answered in order.
      const first = !indexed.has(lane);
      indexed.add(lane);
      const reply = await lane.sweep(
        chunk.map(({ file, id, entry }) => ({ file, id, ...(entry ? { entry } : {}) })),
        first ? known : undefined,
      );
      chunk.forEach((job, k) => {
        result.outcomes.set(job.index, reply.outcomes[k]);
        result.pairs.set(job.index, reply.pairs[k]);
      });
      result.sweepParts += reply.sweepParts;
      result.sweepPartBytes += reply.sweepPartBytes;
      onSwept?.(result.outcomes.size);
    };
    const held = new Map<LaneHandle, (FileJob & { index: number })[]>();
    const loose: (FileJob & { index: number })[] = [];
    for (const job of jobs) {
      const holder = this.holders.get(job.id);
      if (!holder) loose.push(job);
      else if (held.has(holder)) held.get(holder)!.push(job);
      else held.set(holder, [job]);
    }
    const looseChunks: (typeof loose)[] = [];
    const size = Math.max(1, Math.ceil(loose.length / (this.all.length * 8)));
    for (let i = 0; i < loose.length; i += size) looseChunks.push(loose.slice(i, i + size));
    // A lane's own documents in chunks too, one after another: progress as they are swept, and
    // the main lane lets the workers' replies in between.
    const sweepOwn = async (lane: LaneHandle, own: (FileJob & { index: number })[]) => {
      for (let i = 0; i < own.length; i += SWEEP_CHUNK) await run(lane, own.slice(i, i + SWEEP_CHUNK));
    };
    await Promise.all([...[...held].map(([lane, own]) => sweepOwn(lane, own)), runTasks(looseChunks, this.all, run)]);
    return result;
  }

  /**
   * Ready workers back to the pool; others stopped, and all after a failure (what they held is
   * unknown). Returns why
   * a worker failed, if one did while the build went on without it (one that could not start).
   */
  close(ok: boolean): string | undefined {
    const failure = this.workers.find((w) => w.failure)?.failure;
    for (const w of this.workers) {
      // One still starting would go on taking a core from what the process does next.
      if (ok && !w.failure && w.isReady) w.release();
      else w.terminate();
    }
    return failure?.message;
  }
}

/**
 * Run `tasks` on `lanes`, each lane pulling the next task when it is done, from when it is
 * ready; resolves when every task is done, rejects at the first failure.
 */
function runTasks<T>(tasks: T[], lanes: LaneHandle[], run: (lane: LaneHandle, task: T) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    if (tasks.length === 0) return resolve();
    let next = 0;
    let done = 0;
    let failed = false;
    const pull = async (lane: LaneHandle) => {
      while (!failed && next < tasks.length) {
        const task = tasks[next++]!;
        try {
          await run(lane, task);
        } catch (error) {
          failed = true;
          return reject(error);
        }
        if (++done === tasks.length) resolve();
      }
    };
    for (const lane of lanes) lane.ready.then(() => Array.from({ length: lane.depth }, () => pull(lane)), () => undefined);
  });
}
