/**
 * `npm run bench`: every benchmark in one run, each printing its own table.
 *   npm run bench                      all of them
 *   npm run bench -- --only extract    one part: extract | jobs | size | neo4j | reingest | viewer | ask
 * Part-specific flags pass through (e.g. --extract-mb=3; see each bench file).
 */
import { runExtractBench } from './extract.ts';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const parts: Record<string, () => Promise<void>> = {
  extract: () => runExtractBench(argv),
  jobs: async () => (await import('./jobs.ts')).runJobsBench(argv),
  size: async () => (await import('./size.ts')).runSizeBench(argv),
  neo4j: async () => (await import('./neo4j.ts')).runNeo4jBench(argv),
  reingest: async () => (await import('./reingest.ts')).runReingestBench(argv),
  viewer: async () => (await import('./viewer.ts')).runViewerBench(argv),
  ask: async () => (await import('./ask.ts')).runAskBench(argv),
};
console.log(`zhenjie bench, ${new Date().toISOString()}, node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
for (const [name, run] of Object.entries(parts)) {
  if (only && only !== name) continue;
  console.log(`\n# ${name}`);
  await run();
}
