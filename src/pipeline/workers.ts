/**
 * Extraction in worker threads, one per core: documents are independent until resolve, so a
 * folder of many files is read and extracted in parallel. Files go out in batches (a message per
 * file costs more than a short article's extraction), and results are handed back in file
 * order, which keeps the graph byte-identical to a serial run.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Problem } from '../types.ts';
import type { ExtractedDocument } from './document.ts';

export interface Job {
  index: number;
  file: string;
  id: string;
  keepText: boolean;
}
export type JobResult = { index: number; result: ExtractedDocument | Problem } | { index: number; error: string };

const BATCH = 16;

/** How many workers a corpus of `files` files is worth (0: extract on the main thread). */
export function workerCount(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, requested);
  // A worker's start (tsx, jieba's dictionary, the lexicons, the division list) costs about
  // what a few hundred short articles do; one core is not worth it.
  const cores = availableParallelism();
  if (files < 300 || cores < 2) return 0;
  return Math.min(cores, 8);
}

/**
 * Run `jobs` on `count` workers; `onResult` is called in job order. Rejects on a worker crash,
 * naming the file it was working on.
 */
export async function runInWorkers(jobs: Job[], count: number, onResult: (result: ExtractedDocument | Problem, index: number) => void): Promise<void> {
  const url = new URL('./worker-entry.mjs', import.meta.url);
  const workers = Array.from({ length: count }, () => new Worker(url));
  const done = new Map<number, ExtractedDocument | Problem>();
  let next = 0;
  let emitted = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (next < jobs.length) {
          worker.postMessage(jobs.slice(next, next + BATCH));
          next += BATCH;
        } else if (emitted === jobs.length) resolve();
      };
      for (const worker of workers) {
        worker.on('message', (replies: JobResult[]) => {
          for (const reply of replies) {
            if ('error' in reply) {
              reject(new Error(`extracting ${jobs[reply.index]!.file}: ${reply.error}`));
              return;
            }
            done.set(reply.index, reply.result);
          }
          while (done.has(emitted)) {
            onResult(done.get(emitted)!, emitted);
            done.delete(emitted);
            emitted++;
          }
          feed(worker);
        });
        worker.on('error', reject);
        // Two batches in flight per worker, so that a worker never waits for the main thread.
        feed(worker);
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
