/**
 * The worker threads of `--jobs` (pipeline/lanes.ts), pooled for the process. A worker's start
 * costs ~2 s of CPU: registering tsx (~0.5 s), importing the extractors (~0.7 s), then jieba's
 * dictionary, the lexicons and the division list on first use (its warm-up, before it says it is
 * ready); and ~250 MB of RSS.
 */
import { Worker } from 'node:worker_threads';
import type { KnownName } from '../extract/index.ts';
import { unpackPasses, type FileJob, type FirstPass, type SweepReply } from './lane.ts';
import type { LaneHandle } from './lanes.ts';

export type LaneRequest = { kind: 'reset'; textBudget: number } | { kind: 'extract'; jobs: FileJob[]; keepText: boolean } | { kind: 'sweep'; jobs: FileJob[]; known?: KnownName[] };
export type LaneMessage = { kind: 'ready' } | { kind: 'step'; step: string } | { kind: 'done'; value: unknown } | { kind: 'error'; message: string; stack: string };

/**
 * Where a worker starts: from the sources, worker-entry.mjs (it registers tsx first); when the CLI
 * runs from its bundle (bin/cli-bundle.js), the worker's bundle beside it, which that bundle names
 * on `globalThis` (no tsx, no transform: ~1 s less a worker).
 */
const WORKER_ENTRY = (globalThis as { zhenjieWorkerBundle?: URL }).zhenjieWorkerBundle ?? new URL('./worker-entry.mjs', import.meta.url);

/** A lane on a worker thread (worker.ts): its requests are answered in the order they were sent. */
export class WorkerLane implements LaneHandle {
  readonly ready: Promise<void>;
  readonly depth = 2;
  chunks = 0;
  /** Milliseconds the main thread spent unpacking this worker's first passes in this build. */
  unpackMs = 0;
  failure: Error | undefined;
  isReady = false;
  onStep: ((step: string) => void) | undefined;
  private readonly worker = new Worker(WORKER_ENTRY);
  private readonly pending: { resolve: (value: never) => void; reject: (error: Error) => void }[] = [];
  private failStart!: (error: Error) => void;

  constructor() {
    let markReady!: () => void;
    // Rejected when the worker fails before it is ready (`fail`); a build goes on without it.
    this.ready = new Promise((resolve, reject) => {
      markReady = resolve;
      this.failStart = reject;
    });
    this.ready.catch(() => undefined);
    this.worker.on('message', (message: LaneMessage) => {
      if (message.kind === 'ready') {
        this.isReady = true;
        return markReady();
      }
      if (message.kind === 'step') return this.onStep?.(message.step);
      const request = this.pending.shift()!;
      if (message.kind === 'done') return request.resolve(message.value as never);
      // The error the one-job path would have thrown, with the worker's stack.
      const error = new Error(message.message);
      error.stack = message.stack;
      request.reject(error);
    });
    this.worker.on('error', (error: unknown) => this.fail(error instanceof Error ? error : new Error(String(error))));
    this.worker.on('exit', (code) => this.fail(new Error(`a worker thread of --jobs stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.failStart(error);
    for (const request of this.pending.splice(0)) request.reject(error);
  }

  private request<T>(message: LaneRequest): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ resolve: resolve as (value: never) => void, reject });
      this.worker.postMessage(message);
    });
  }

  async extract(jobs: FileJob[], keepText: boolean): Promise<FirstPass[]> {
    const packed = await this.request<string>({ kind: 'extract', jobs, keepText });
    const started = performance.now();
    const passes = unpackPasses(packed);
    this.unpackMs += performance.now() - started;
    return passes;
  }

  sweep(jobs: FileJob[], known?: KnownName[]): Promise<SweepReply> {
    return this.request({ kind: 'sweep', jobs, known });
  }

  /** Taken for a build: a fresh lane state, and the process waits for it. */
  open(textBudget: number): void {
    this.worker.ref();
    this.chunks = 0;
    this.unpackMs = 0;
    this.worker.postMessage({ kind: 'reset', textBudget } satisfies LaneRequest);
  }

  /** Back to the pool. */
  release(): void {
    this.close();
    pool.push(this);
  }

  /** Idle: its summaries freed, and the process may exit while it idles. */
  close(): void {
    this.onStep = undefined;
    this.worker.postMessage({ kind: 'reset', textBudget: 0 } satisfies LaneRequest);
    this.worker.unref();
  }

  terminate(): void {
    void this.worker.terminate();
  }
}

/** Idle workers, kept for the next build of this process. */
const pool: WorkerLane[] = [];

/** Workers of the pool that stopped while idle are dropped. */
export function dropFailedWorkers(): void {
  for (const w of pool.splice(0)) {
    if (w.failure) w.terminate();
    else pool.push(w);
  }
}

/** Start `count` workers now and wait until they are ready (a bench or a test that wants them warm); rejects when one cannot start. */
export async function startWorkers(count: number): Promise<void> {
  dropFailedWorkers();
  const started: WorkerLane[] = [];
  while (pool.length + started.length < count) started.push(new WorkerLane());
  // Referenced until ready: the process waits for them.
  try {
    await Promise.all([...pool, ...started].map((w) => w.ready));
  } catch (error) {
    for (const w of started) w.terminate();
    throw error;
  }
  for (const w of started) w.close();
  pool.push(...started);
}

/** `count` workers for a build: idle ones from the pool first, then new ones. */
export function takeWorkers(count: number): WorkerLane[] {
  dropFailedWorkers();
  const workers = pool.splice(0, count);
  while (workers.length < count) workers.push(new WorkerLane());
  return workers;
}
