/** A worker thread of the pipeline: extracts the batches of files it is sent (see workers.ts). */
import { parentPort } from 'node:worker_threads';
import { extractFile } from './document.ts';
import type { Job, JobResult } from './workers.ts';

parentPort!.on('message', (jobs: Job[]) => {
  const replies: JobResult[] = jobs.map((job) => {
    try {
      return { index: job.index, result: extractFile(job.file, job.id, job.keepText) };
    } catch (error) {
      return { index: job.index, error: (error as Error)?.stack ?? String(error) };
    }
  });
  parentPort!.postMessage(replies);
});
