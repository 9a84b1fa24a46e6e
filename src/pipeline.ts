/**
 * The whole extraction pipeline as one call: read → segment → extract → resolve → curate.
 * Writers (Neo4j, exports) and the viewer take its `KnowledgeGraph`.
 *
 * Each file is extracted once. A name
 * found by a strong pattern in one article is recognised in every other by a second, cheap pass
 * (no segmentation) that sweeps the texts for those names. Between files only names, small
 * per-document summaries and, up to a fixed budget, the normalised texts are kept, so memory
 * stays bounded however many files a folder holds.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph, Problem } from './types.ts';
import { isProblem, listInputFiles, readDocument, type NormalizedText } from './read/index.ts';
import { readPage } from './page/index.ts';
import { DocContext, type KnownName } from './extract/index.ts';
import { indexKnownNames, sweepKnownNames } from './extract/sweep.ts';
import { GraphBuilder, documentFacts } from './resolve/index.ts';
import { applyCuration, loadCuration } from './curate/index.ts';
import { KnownNames, extractFile, isFailed, isOpened, isStub, openFile, type CachedDocument, type DocSummary, type ExtractedDocument, type OpenedFile, type SummaryStub } from './pipeline/document.ts';
import { ExtractionCache, knownNamesFingerprint, type CacheCounts } from './pipeline/cache.ts';

export const PROJECT_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CURATION = path.join(PROJECT_ROOT, 'graph', 'curation.yaml');

/** A document this long reports its steps (see BuildOptions.onProgress). */
const LONG_DOCUMENT_CHARS = 2_000_000;

export interface BuildOptions {
  /** Curation file (yaml or json); defaults to graph/curation.yaml when it exists; null for none. */
  curationPath?: string | null;
  /** Progress reports for long runs (files read so far). */
  /** `step`, inside a long document: which extractor runs (a 64 MB file takes seconds). */
  onProgress?: (progress: { filesRead: number; files: number; chars: number; pass: number; step?: string }) => void;
  /** Folder of the extraction cache (see pipeline/cache.ts); none when absent. */
  cacheDir?: string;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  problems: Problem[];
  filesRead: number;
  filesSkipped: number;
  /** What the extraction cache saved, when there is one. */
  cache?: CacheCounts;
  /** With a cache: the digest of everything the graph is made from (see ExtractionCache.inputDigest). */
  inputDigest?: string;
}

/**
 * Normalised texts kept for the sweep, up to this many characters in all; past it the sweep
 * reads the files again, so memory stays bounded whatever the corpus size.
 */
const SWEEP_TEXT_BUDGET = 32_000_000;

/**
 * Characters of text opened together, whose segmentation is asked of jieba in one call. jieba
 * called once for many clauses costs a half to a third per character of what it costs called
 * clause by clause among other work; past ~64k characters the documents held open cost more
 * than the call saves (measured on the bench corpus: 16k, 64k, 256k, 1M).
 */
const SEGMENT_GROUP_CHARS = 64_000;

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

/**
 * The digest `buildGraph` with this cache would give (BuildResult.inputDigest), without reading
 * an entry or extracting: files unchanged on disk are not even read. Undefined when a file cannot
 * be read or listed (the build reports those).
 */
export function digestInputs(inputs: string[], options: { curationPath?: string | null; cacheDir: string }): string | undefined {
  const { files, problems } = listInputFiles(inputs);
  if (problems.length > 0 || files.length === 0) return undefined;
  const cache = new ExtractionCache(options.cacheDir);
  const ids = documentIds(files);
  for (const file of files) if (!cache.identify(file, ids.get(file)!)) return undefined;
  cache.saveStats();
  try {
    return cache.inputDigest(curationBytes(curationPathOf(options.curationPath)));
  } catch {
    return undefined; // a curation file that cannot be read: the build says why
  }
}

/** Read, extract and resolve every document under `inputs` into one graph. */
export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { files, problems } = listInputFiles(inputs);
  const curationPath = curationPathOf(options.curationPath);
  const curation = curationPath ? loadCuration(curationPath) : null;
  const ids = documentIds(files);
  const cache = options.cacheDir ? new ExtractionCache(options.cacheDir) : undefined;
  const builder = new GraphBuilder();
  const known = new KnownNames();
  const summaries: (DocSummary | SummaryStub)[] = [];
  let chars = 0;
  let cachedChars = 0;
  const take = (result: ExtractedDocument | CachedDocument | Problem, index: number) => {
    if (isFailed(result)) {
      problems.push(result);
      return;
    }
    if (result.warning) problems.push({ file: result.summary.file, message: result.warning });
    chars += result.meta.chars;
    builder.addDocument(result.meta, result.facts);
    for (const s of result.strong) known.add(s.type, s.name, s.aliases);
    const summary = result.summary;
    if (!isStub(summary) && summary.cached) {
      if (cachedChars + summary.cached.plain.length <= SWEEP_TEXT_BUDGET) cachedChars += summary.cached.plain.length;
      else delete summary.cached;
    }
    summaries.push(summary);
    options.onProgress?.({ filesRead: index + 1, files: files.length, chars, pass: 1 });
  };
  const keepText = files.length > 1;
  // Files are opened a group at a time, and what their extractors will ask of jieba segmented in
  // one call for the group; then each is extracted.
  for (let next = 0; next < files.length; ) {
    const group: (OpenedFile | Problem | CachedDocument)[] = [];
    for (let groupChars = 0; next < files.length && groupChars < SEGMENT_GROUP_CHARS; next++) {
      const file = files[next]!;
      const id = ids.get(file)!;
      const cached = cache?.lookup(file, id);
      if (cached) {
        group.push(cached);
        continue;
      }
      const opened = openFile(file, id);
      if (isOpened(opened)) groupChars += opened.ctx.text.length;
      group.push(opened);
    }
    DocContext.segmentPrefetched(group.filter(isOpened).map((o) => o.ctx));
    const first = next - group.length;
    group.forEach((item, k) => {
      if (!isOpened(item)) return take(item, first + k);
      // Inside a long document, say which step runs: its extractors take seconds each.
      const long = options.onProgress && item.ctx.text.length > LONG_DOCUMENT_CHARS;
      const onStep = long ? (step: string) => options.onProgress!({ filesRead: first + k, files: files.length, chars, pass: 1, step }) : undefined;
      const extracted = extractFile(item, keepText && cachedChars < SWEEP_TEXT_BUDGET, onStep);
      cache?.store(extracted.meta.id, extracted);
      take(extracted, first + k);
    });
  }
  if (summaries.length > 1 && known.size > 0) sweepCorpus(summaries, known.values(), builder, options, cache);
  cache?.save();
  let graph = builder.build();
  if (curation) {
    const curated = applyCuration(graph, curation);
    graph = curated.graph;
    problems.push(...curated.problems);
  }
  return { graph, problems, filesRead: summaries.length, filesSkipped: files.length - summaries.length, ...(cache ? { cache: cache.counts, inputDigest: cache.inputDigest(curationBytes(curationPath)) } : {}) };
}

/** Pass 2: every document swept for the names found by strong patterns elsewhere. */
function sweepCorpus(summaries: (DocSummary | SummaryStub)[], known: KnownName[], builder: GraphBuilder, options: BuildOptions, cache?: ExtractionCache): void {
  const index = indexKnownNames(known);
  cache?.beginSweep(knownNamesFingerprint(known));
  for (const [i, stubOrSummary] of summaries.entries()) {
    // Kept from a run with the same strong names: the same document gives the same result.
    const kept = cache?.sweepResult(stubOrSummary.id);
    if (kept !== undefined) {
      if (kept) builder.addFacts(kept);
      continue;
    }
    const s = isStub(stubOrSummary) ? sweepInput(stubOrSummary, cache!) : stubOrSummary;
    if (!s) continue;
    let plain: string;
    let norm: NormalizedText;
    if (s.cached) ({ plain, norm } = s.cached);
    else {
      const doc = readDocument(s.file, s.id);
      if (isProblem(doc)) continue;
      plain = doc.plain;
      norm = readPage(doc).norm;
    }
    const ctx = new DocContext(s.id, norm.text, s.title, s.placeText);
    // Loops, not push(...): a long document has more entities than a call has arguments.
    for (const e of s.entities) ctx.entities.push(e);
    for (const r of s.heads) ctx.relations.push(r);
    ctx.sections = s.sections;
    for (const x of s.excluded) ctx.excluded.push(x);
    const seeded = ctx.relations.length;
    const added = sweepKnownNames(ctx, index);
    const facts = added.length > 0 ? documentFacts(s.id, plain, norm, added, ctx.relations.slice(seeded)) : null;
    if (facts) builder.addFacts(facts);
    cache?.storeSweep(s.id, facts);
    options.onProgress?.({ filesRead: i + 1, files: summaries.length, chars: 0, pass: 2 });
  }
}

/**
 * What the sweep needs of a cached document: its sweep part, or, when that cannot be read (lost,
 * damaged), the document extracted again (its entry rewritten whole); undefined when the file
 * cannot be read any more.
 */
function sweepInput(stub: SummaryStub, cache: ExtractionCache): DocSummary | undefined {
  const part = cache.sweepPart(stub.id, stub.file);
  if (part) return part;
  const opened = openFile(stub.file, stub.id);
  if (!isOpened(opened)) return undefined;
  DocContext.segmentPrefetched([opened.ctx]);
  const extracted = extractFile(opened, true);
  cache.store(stub.id, extracted);
  return extracted.summary;
}
