/**
 * A worker thread of `--jobs N` (pipeline/lanes.ts): one Lane, driven by messages that it answers
 * in order. It warms up before it says it is ready, so that the main thread sends it work only
 * when it can start at once.
 */
import { parentPort } from 'node:worker_threads';
import { Lane, packPasses, warmUp } from './lane.ts';
import type { LaneRequest, LaneMessage } from './workers.ts';

const port = parentPort!;
const post = (message: LaneMessage) => port.postMessage(message);
const lane = new Lane(0);

port.on('message', (request: LaneRequest) => {
  try {
    if (request.kind === 'reset') return lane.reset(request.textBudget);
    const value = request.kind === 'extract' ? packPasses(lane.extract(request.jobs, request.keepText, (step) => post({ kind: 'step', step }))) : lane.sweep(request.jobs, request.known);
    post({ kind: 'done', value });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ kind: 'error', message: e.message, stack: e.stack ?? e.message });
  }
});
warmUp();
post({ kind: 'ready' });
