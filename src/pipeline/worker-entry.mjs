// A lane's worker thread starts here: plain JavaScript, so that it starts under any runner (tsx,
// vitest, node), registers tsx for the TypeScript it imports, then runs the lane.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
