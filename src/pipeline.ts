/**
 * The whole extraction pipeline as one call: read → segment → extract → resolve → curate.
 * Writers (Neo4j, exports) and the viewer take its `KnowledgeGraph`.
 *
 * Each file is extracted once, on one of `jobs` lanes (the main thread and worker threads:
 * pipeline/lanes.ts). A name found by a strong pattern in one article is recognised in every
 * other by a second, cheap pass (no segmentation) that sweeps the texts for those names.
 * Between files only names, small per-document summaries and, up to a fixed budget, the normalised texts are kept, so memory
 * stays bounded however many files a folder holds.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph, Problem } from './types.ts';
import { listInputFiles } from './read/index.ts';
import type { KnownName } from './extract/index.ts';
import { GraphBuilder } from './resolve/index.ts';
import { applyCuration, loadCuration, type Curation } from './curate/index.ts';
import { KnownNames, isFailed, type CachedDocument, type SummaryStub } from './pipeline/document.ts';
import { SWEEP_TEXT_BUDGET, type FileJob, type FirstPass } from './pipeline/lane.ts';
import { Lanes, planLanes, withSizes } from './pipeline/lanes.ts';
import { ExtractionCache, knownNamesFingerprint, type CacheCounts, type Identified } from './pipeline/cache.ts';
import { changesSince, runState, type GraphChanges } from './pipeline/run-state.ts';
import { compactGraph, readSnapshot, tableOfStrongNames, writeSnapshot } from './pipeline/snapshot.ts';
import { appendToSnapshot, type Added } from './pipeline/append.ts';
import { reusedSweeps } from './pipeline/sweep-reuse.ts';

export const PROJECT_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CURATION = path.join(PROJECT_ROOT, 'graph', 'curation.yaml');

export interface BuildOptions {
  /** Curation file (yaml or json); defaults to graph/curation.yaml when it exists; null for none. */
  curationPath?: string | null;
  /** Progress reports for long runs (files read so far). */
  /** `step`, inside a long document: which extractor runs (a 64 MB file takes seconds). */
  onProgress?: (progress: { filesRead: number; files: number; chars: number; pass: number; step?: string }) => void;
  /** Folder of the extraction cache (see pipeline/cache.ts); none when absent. */
  cacheDir?: string;
  /**
   * Lanes of extraction and sweep (`--jobs`): the main thread and jobs − 1 worker threads (see
   * pipeline/lanes.ts); the graph is the same for any number. By default one per core, fewer when
   * there is too little to extract to be worth a worker's start.
   */
  jobs?: number;
  /**
   * The files under `inputs` as `listInputFiles` gave them, when the caller has listed them already
   * (`ingest` lists once for the input digest and the build: 20,000 files take ~0.3 s to list).
   */
  listed?: ListedInputs;
  /** The files as `identifyInputs` identified them in this process, for the cache in `cacheDir`. */
  identified?: Identified;
}

export type ListedInputs = ReturnType<typeof listInputFiles>;

export interface BuildResult {
  graph: KnowledgeGraph;
  problems: Problem[];
  filesRead: number;
  filesSkipped: number;
  /** What the extraction cache saved, when there is one. */
  cache?: CacheCounts;
  /** With a cache: the digest of everything the graph is made from (see ExtractionCache.inputDigest). */
  inputDigest?: string;
  /**
   * With a cache, when it can be said: which documents' contributions may differ from those of
   * the graph the last build with this cache made (pipeline/run-state.ts). The writer plans only those.
   */
  changes?: GraphChanges;
  /**
   * Lanes planned for the files to extract, and those that extracted any (a worker not ready in
   * time does not); why a worker failed, when the build went on without it.
   */
  lanes?: { planned: number; used: number; workerFailure?: string };
  /**
   * Milliseconds: first passes (with cache look-ups); of those, what the main thread spent taking
   * them into the graph in file order (unpacking workers' results, adding facts and names: work
   * no lane can share); the sweep; then resolve and curation (with saving the cache).
   */
  timings?: { firstPass: number; merge: number; sweep: number; resolve: number };
  /**
   * Documents added to the last build's snapshot without building the corpus again
   * (pipeline/append.ts), and the entities and relations they are part of.
   */
  appended?: Added;
}

/** Stable, unique document ids from file names (a second `a.txt` elsewhere is `a~2`). */
function documentIds(files: string[]): Map<string, string> {
  const seen = new Map<string, number>();
  return new Map(
    files.map((file) => {
      const base = path.basename(file).replace(/\.[^.]+$/, '').normalize('NFC');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return [file, n === 1 ? base : `${base}~${n}`];
    }),
  );
}

const curationPathOf = (option: string | null | undefined) => (option === undefined ? (existsSync(DEFAULT_CURATION) ? DEFAULT_CURATION : null) : option);
const curationBytes = (curationPath: string | null) => (curationPath ? readFileSync(curationPath) : 'no curation');
const hasEntries = (c: Curation) => c.aliases.length + c.merge.length + c.reject.length + c.rejectRelations.length + c.retype.length + c.props.length + c.facts.entities.length + c.facts.relations.length > 0;

/**
 * The digest `buildGraph` with this cache would give (BuildResult.inputDigest), without reading
 * an entry or extracting: files unchanged on disk are not even read. Undefined when a file cannot
 * be read or listed (the build reports those).
 */
export function digestInputs(inputs: string[], options: { curationPath?: string | null; cacheDir: string; listed?: ListedInputs }): string | undefined {
  return identifyInputs(inputs, options).digest;
}

/**
 * `digestInputs`, and the files as identified, for a build in this process (BuildOptions.identified):
 * it then neither stats them again nor reads the stat index again.
 */
export function identifyInputs(inputs: string[], options: { curationPath?: string | null; cacheDir: string; listed?: ListedInputs }): { digest?: string; identified?: Identified } {
  const { files, problems } = options.listed ?? listInputFiles(inputs);
  if (problems.length > 0 || files.length === 0) return {};
  const cache = new ExtractionCache(options.cacheDir);
  const ids = documentIds(files);
  for (const file of files) if (!cache.identify(file, ids.get(file)!)) return {};
  cache.saveStats();
  const identified = cache.identified();
  try {
    return { digest: cache.inputDigest(curationBytes(curationPathOf(options.curationPath))), identified };
  } catch {
    return { identified }; // a curation file that cannot be read: the build says why
  }
}

/** Read, extract and resolve every document under `inputs` into one graph. */
export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const listed = options.listed ?? listInputFiles(inputs);
  const { files } = listed;
  const problems = [...listed.problems];
  const curationPath = curationPathOf(options.curationPath);
  const curation = curationPath ? loadCuration(curationPath) : null;
  const ids = documentIds(files);
  const curated = curation !== null && hasEntries(curation);
  let extractedByAttempt = 0;
  if (options.cacheDir && problems.length === 0 && !curated) {
    const started = performance.now();
    const appended = appendToSnapshot(files, ids, options.cacheDir, curationBytes(curationPath), options.identified);
    if ('extracted' in appended) extractedByAttempt = appended.extracted;
    else {
      const { graph, cache, added, ...rest } = appended;
      const ms = performance.now() - started;
      return { ...rest, graph, filesRead: graph.documents.length, filesSkipped: 0, cache: cache.counts, appended: added, lanes: { planned: 1, used: 1 }, timings: { firstPass: ms, merge: 0, sweep: 0, resolve: 0 } };
    }
  }
  const cache = options.cacheDir ? new ExtractionCache(options.cacheDir, options.identified) : undefined;
  const builder = new GraphBuilder();
  // For the snapshot (pipeline/snapshot.ts): each document's strong names and warning, in file order.
  const strongByDocument: KnownName[][] = [];
  const files_: string[] = [];
  const warnings: [string, string][] = [];
  const known = new KnownNames();
  const read: SummaryStub[] = [];
  let started = performance.now();
  let chars = 0;
  // First passes arrive in any order (cached, or from any lane); they are taken in file order.
  const passes: (FirstPass | CachedDocument | undefined)[] = new Array(files.length);
  let taken = 0;
  let takeMs = 0;
  const takeReady = () => {
    const takeStarted = performance.now();
    for (let result = passes[taken]; result !== undefined; result = passes[++taken]) {
      passes[taken] = undefined;
      if (isFailed(result)) {
        problems.push(result);
        continue;
      }
      if (result.warning) problems.push({ file: result.summary.file, message: result.warning });
      if (result.warning) warnings.push([result.meta.id, result.warning]);
      chars += result.meta.chars;
      builder.addDocument(result.meta, result.facts);
      for (const s of result.strong) known.add(s.type, s.name, s.aliases);
      strongByDocument.push(result.strong);
      files_.push(result.summary.file);
      read.push(result.summary);
      options.onProgress?.({ filesRead: taken + 1, files: files.length, chars, pass: 1 });
    }
    takeMs += performance.now() - takeStarted;
  };
  const toExtract: (FileJob & { index: number })[] = [];
  files.forEach((file, index) => {
    const id = ids.get(file)!;
    const cached = cache?.lookup(file, id);
    if (cached) {
      passes[index] = cached;
      if (toExtract.length === 0) takeReady();
    } else toExtract.push({ index, file, id, ...(cache?.entryPath(id) ? { entry: cache.entryPath(id)! } : {}) });
  });
  const jobs = withSizes(toExtract);
  const plan = planLanes(options.jobs, jobs.reduce((n, j) => n + j.bytes, 0), jobs.length);
  // Inside a long document, say which step runs: its extractors take seconds each.
  const onStep = options.onProgress && ((step: string) => options.onProgress!({ filesRead: taken, files: files.length, chars, pass: 1, step }));
  const lanes = new Lanes(plan.lanes, SWEEP_TEXT_BUDGET, onStep);
  let ok = false;
  let workerFailure: string | undefined;
  const timings = { firstPass: 0, merge: 0, sweep: 0, resolve: 0 };
  let fingerprint = '';
  try {
    await lanes.extract(jobs, plan.chunkBytes, files.length > 1, (index, pass) => {
      passes[index] = pass;
      takeReady();
    });
    takeReady();
    timings.firstPass = performance.now() - started;
    timings.merge = takeMs + lanes.unpackMs;
    started = performance.now();
    const sweeps = read.length > 1 && known.size > 0;
    // What the sweep made of every document depends on this and on nothing else of the corpus.
    fingerprint = sweeps ? knownNamesFingerprint(known.values()) : 'no sweep';
    if (sweeps) await sweepCorpus(read, known.values(), builder, lanes, options, cache);
    timings.sweep = performance.now() - started;
    ok = true;
  } finally {
    workerFailure = lanes.close(ok);
  }
  started = performance.now();
  cache?.save();
  let graph = builder.build();
  if (curation) {
    const curated = applyCuration(graph, curation);
    graph = curated.graph;
    problems.push(...curated.problems);
  }
  timings.resolve = performance.now() - started;
  const inputDigest = cache?.inputDigest(curationBytes(curationPath));
  let changes: GraphChanges | undefined;
  if (cache && inputDigest) {
    const file = cache.snapshotFile;
    const state = curated ? undefined : runState(graph, inputDigest, fingerprint, (id) => cache.entryName(id), builder.resolution!);
    changes = changesSince(readSnapshot(file)?.state, state);
    if (state) {
      const ids = read.map((s) => s.id);
      const relationFirst = Object.fromEntries(builder.relationFirst!);
      writeSnapshot(file, { state, ids, files: files_, ...tableOfStrongNames(strongByDocument), warnings: Object.fromEntries(warnings), drafts: builder.drafts(), relationFirst, graph: compactGraph(graph) });
    } else rmSync(file, { force: true });
  }
  return {
    graph,
    problems,
    filesRead: read.length,
    filesSkipped: files.length - read.length,
    lanes: { planned: plan.lanes, used: lanes.used, ...(workerFailure ? { workerFailure } : {}) },
    timings,
    // Files the attempt to add to the snapshot extracted are this run's extractions, whichever path took them.
    ...(cache ? { cache: { ...cache.counts, hits: cache.counts.hits - extractedByAttempt, misses: cache.counts.misses + extractedByAttempt }, inputDigest } : {}),
    ...(changes ? { changes } : {}),
  };
}

/**
 * Pass 2: every document swept for the names found by strong patterns elsewhere, on the lanes
 * that hold their summaries; the facts are added in file order.
 */
async function sweepCorpus(read: SummaryStub[], known: KnownName[], builder: GraphBuilder, lanes: Lanes, options: BuildOptions, cache?: ExtractionCache): Promise<void> {
  cache?.beginSweep(knownNamesFingerprint(known), known);
  // Kept from a run with the same strong names: the same document gives the same result.
  const kept = read.map((s) => cache?.sweepResult(s.id));
  // Or from a run under other strong names, for a document whose text cannot hold a name that changed.
  const reused = cache && kept.includes(undefined) ? reusedSweeps(read, kept, known, cache) : new Map<number, Uint8Array>();
  const jobs = read.flatMap((s, index) => (kept[index] !== undefined ? [] : [{ index, file: s.file, id: s.id, ...(cache?.entryPath(s.id) ? { entry: cache.entryPath(s.id)! } : {}) }]));
  builder.startSweep();
  const swept = await lanes.sweep(jobs, known, (documents) => options.onProgress?.({ filesRead: documents, files: jobs.length, chars: 0, pass: 2 }));
  if (cache) {
    cache.counts.sweepParts += swept.sweepParts;
    cache.counts.sweepPartBytes += swept.sweepPartBytes;
  }
  for (const [index, s] of read.entries()) {
    const facts = kept[index] !== undefined ? kept[index] : swept.outcomes.get(index);
    if (facts) builder.addFacts(facts);
    // Reused from the sweep under other names: stored under these names, with its pairs.
    if (reused.has(index)) cache?.storeSweep(s.id, facts!, reused.get(index), true);
    // Kept, or a file that cannot be read any more: nothing to store.
    if (kept[index] !== undefined || facts === undefined) continue;
    cache?.storeSweep(s.id, facts, swept.pairs.get(index));
  }
}
