/**
 * One lane of `--jobs N`: the work a worker thread (or the main thread, lane 0) does for a build.
 * A lane extracts the chunks of files it is sent and keeps their sweep summaries; in the sweep it
 * sweeps the documents it holds, and any cached document it is sent. Only metadata, facts and
 * strong names go back to the main thread, which adds them to the graph in file order: the graph
 * does not depend on which lane did what (pipeline/lanes.ts).
 */
import type { Problem } from '../types.ts';
import { DocContext, extractDocument, openDocument, type KnownName } from '../extract/index.ts';
import { indexKnownNames, type SweepIndex } from '../extract/sweep.ts';
import type { DocumentFacts } from '../resolve/index.ts';
import { extractFile, isOpened, openFile, type DocSummary, type ExtractedDocument, type OpenedFile, type SummaryStub } from './document.ts';
import { readSweepPart, writeEntry } from './cache.ts';
import { decodeFacts, encodeFacts, type StoredFacts } from './cache-entry.ts';
import { extractAgain, sweepWithPairs } from './sweep.ts';

/**
 * Characters of text opened together, whose segmentation is asked of jieba in one call. jieba
 * called once for many clauses costs a half to a third per character of what it costs called
 * clause by clause among other work; past ~64k characters the documents held open cost more
 * than the call saves (measured on the bench corpus: 16k, 64k, 256k, 1M).
 */
export const SEGMENT_GROUP_CHARS = 64_000;

/**
 * Normalised texts kept for the sweep, up to this many characters in all (shared between the
 * lanes); past it the sweep reads the files again, so memory stays bounded whatever the corpus size.
 */
export const SWEEP_TEXT_BUDGET = 32_000_000;

/** A file to extract; `entry`: where its cache entry is written (ExtractionCache.entryPath), if any. */
export interface FileJob {
  file: string;
  id: string;
  entry?: string;
}

/** A first pass as the main thread gets it: the sweep's part stays in the lane. */
export type FirstPass = (Omit<ExtractedDocument, 'summary'> & { summary: SummaryStub }) | Problem;

/** Per document swept: its facts (null: none), or undefined when its file cannot be read any more. */
export interface SweepReply {
  outcomes: (DocumentFacts | null | undefined)[];
  /** The character pairs of each document swept (pipeline/sweep-reuse.ts); undefined where its outcome is. */
  pairs: (Uint8Array | undefined)[];
  /** Sweep parts of cache entries read, and their bytes (CacheCounts). */
  sweepParts: number;
  sweepPartBytes: number;
}

export class Lane {
  private summaries = new Map<string, DocSummary>();
  private keptChars = 0;
  private index: SweepIndex | undefined;

  /** `textBudget`: this lane's share of SWEEP_TEXT_BUDGET. */
  constructor(private textBudget: number) {}

  /** Forget the last build (a pooled worker serves the next). */
  reset(textBudget: number): void {
    this.summaries = new Map();
    this.keptChars = 0;
    this.index = undefined;
    this.textBudget = textBudget;
  }

  /**
   * Extract `jobs` in order, a segmentation group at a time (as the one-job path does).
   * `keepText`: keep texts for the sweep, within the budget. `onStep`: a long document's steps.
   */
  extract(jobs: FileJob[], keepText: boolean, onStep?: (step: string) => void): FirstPass[] {
    const out: FirstPass[] = [];
    for (let next = 0; next < jobs.length; ) {
      const group: (OpenedFile | Problem)[] = [];
      for (let chars = 0; next < jobs.length && chars < SEGMENT_GROUP_CHARS; next++) {
        const opened = openFile(jobs[next]!.file, jobs[next]!.id);
        if (isOpened(opened)) chars += opened.ctx.text.length;
        group.push(opened);
      }
      DocContext.segmentPrefetched(group.filter(isOpened).map((o) => o.ctx));
      const first = next - group.length;
      // Each document leaves the group as it is extracted: its working state (words, tags,
      // candidates) is then garbage, not kept alive for each young-generation collection to copy
      // until the group's last document is done.
      for (let k = 0; group.length > 0; k++) {
        const item = group.shift()!;
        if (!isOpened(item)) {
          out.push(item);
          continue;
        }
        const job = jobs[first + k]!;
        const steps = onStep && item.ctx.text.length > LONG_DOCUMENT_CHARS ? onStep : undefined;
        const extracted = extractFile(item, keepText && this.keptChars < this.textBudget, steps);
        if (job.entry) writeEntry(job.entry, job.id, extracted);
        const { summary } = extracted;
        if (summary.cached) {
          if (this.keptChars + summary.cached.plain.length <= this.textBudget) this.keptChars += summary.cached.plain.length;
          else delete summary.cached;
        }
        this.summaries.set(job.id, summary);
        // The pass with a stub for its summary, its other fields named (an object rest and spread per
        // document copied them by a generic, slower path).
        const stub: SummaryStub = { file: job.file, id: job.id, stub: true };
        out.push(extracted.warning ? { meta: extracted.meta, facts: extracted.facts, strong: extracted.strong, warning: extracted.warning, summary: stub } : { meta: extracted.meta, facts: extracted.facts, strong: extracted.strong, summary: stub });
      }
    }
    return out;
  }

  /**
   * Sweep `jobs` for the corpus's strong names (`known`: sent with a lane's first sweep job of a
   * build). A document this lane extracted is swept from its summary; any other is a cached one,
   * swept from its entry's sweep part, or extracted again when that cannot be read.
   */
  sweep(jobs: FileJob[], known?: KnownName[]): SweepReply {
    if (known) this.index = indexKnownNames(known);
    const index = this.index;
    if (!index) throw new Error('lane: sweep before the known names were sent');
    const reply: SweepReply = { outcomes: [], pairs: [], sweepParts: 0, sweepPartBytes: 0 };
    for (const { file, id, entry } of jobs) {
      let summary = this.summaries.get(id);
      if (!summary && entry) {
        const part = readSweepPart(entry, id, file);
        if (part) {
          reply.sweepParts += 1;
          reply.sweepPartBytes += part.bytes;
          summary = part.summary;
        }
      }
      summary ??= extractAgain(file, id, (extracted) => entry && writeEntry(entry, id, extracted));
      // (The text's pairs are kept only in a cache entry: ExtractionCache.storeSweep.)
      const swept = summary ? sweepWithPairs(summary, index, entry !== undefined) : undefined;
      reply.outcomes.push(swept?.facts);
      reply.pairs.push(swept?.pairs);
    }
    return reply;
  }
}

/** A first pass on its way from a worker: its facts in the cache's compact form when they allow it. */
type PackedPass = Problem | (Omit<ExtractedDocument, 'summary' | 'facts'> & { summary: SummaryStub } & ({ facts: DocumentFacts } | { stored: StoredFacts }));

/**
 * First passes as one JSON string, facts in the cache's compact form (each entity once with its
 * offsets, each evidence text once): about a third of the bytes of the objects, and parsed by the
 * main thread several times faster than a structured clone of them is (bench corpus: ~0.15 s
 * against ~0.3–0.7 s). The graph is the same: it is how cached documents come back too.
 */
export function packPasses(passes: FirstPass[]): string {
  return JSON.stringify(
    passes.map((pass): PackedPass => {
      if (!('facts' in pass)) return pass;
      const stored = encodeFacts(pass.meta.id, pass.facts);
      if (!stored) return pass;
      const { facts: _facts, ...rest } = pass;
      return { ...rest, stored };
    }),
  );
}

export function unpackPasses(packed: string): FirstPass[] {
  return (JSON.parse(packed) as PackedPass[]).map((pass) => {
    if (!('stored' in pass)) return pass;
    const { stored, ...rest } = pass;
    return { ...rest, facts: decodeFacts(rest.meta.id, stored) };
  });
}

/** A document this long reports its steps (see BuildOptions.onProgress). */
export const LONG_DOCUMENT_CHARS = 2_000_000;

/**
 * Load what extraction loads on first use (lexicons, the division list, jieba's dictionary) and
 * run the code once, so that a new worker is ready before its first chunk.
 */
export function warmUp(): void {
  const ctx = openDocument('warm-up', '新城街道党工委书记王一明主持召开会议，部署科创园区建设工作。', '新城街道工作会议');
  DocContext.segmentPrefetched([ctx]);
  extractDocument(ctx);
}
