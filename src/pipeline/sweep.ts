/**
 * Pass 2 for one document: the corpus's strong names (indexed once, `indexKnownNames`) looked for
 * in a document already extracted. The same call serves the one-job path and every lane of
 * `--jobs N` (pipeline/lanes.ts), so both give the same facts.
 */
import { isProblem, readDocument, type NormalizedText } from '../read/index.ts';
import { readPage } from '../page/index.ts';
import { DocContext } from '../extract/index.ts';
import { sweepKnownNames, type SweepIndex } from '../extract/sweep.ts';
import { documentFacts, type DocumentFacts } from '../resolve/index.ts';
import { extractFile, isOpened, openFile, type DocSummary, type ExtractedDocument } from './document.ts';
import { textPairs } from './sweep-reuse.ts';

/** The facts the sweep adds to document `s` (null: none); undefined when its file cannot be read any more. */
export function sweepDocument(s: DocSummary, index: SweepIndex): DocumentFacts | null | undefined {
  return sweepWithPairs(s, index, false)?.facts;
}

/**
 * `sweepDocument`, and the character pairs of the text it swept (pipeline/sweep-reuse.ts) when
 * `withPairs`: only a document with a cache entry keeps them (a pass over its text for nothing otherwise).
 */
export function sweepWithPairs(s: DocSummary, index: SweepIndex, withPairs: boolean): { facts: DocumentFacts | null; pairs: Uint8Array | undefined } | undefined {
  let plain: string;
  let norm: NormalizedText;
  if (s.cached) ({ plain, norm } = s.cached);
  else {
    const doc = readDocument(s.file, s.id);
    if (isProblem(doc)) return undefined;
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
  return { facts: added.length > 0 ? documentFacts(s.id, plain, norm, added, ctx.relations.slice(seeded)) : null, pairs: withPairs ? textPairs(norm.text) : undefined };
}

/**
 * A cached document's first pass extracted again, for the sweep, when the sweep's part of its
 * entry cannot be read (lost, damaged): `store` rewrites the entry whole. Undefined when the file
 * cannot be read any more.
 */
export function extractAgain(file: string, id: string, store: (extracted: ExtractedDocument) => void): DocSummary | undefined {
  const opened = openFile(file, id);
  if (!isOpened(opened)) return undefined;
  DocContext.segmentPrefetched([opened.ctx]);
  const extracted = extractFile(opened, true);
  store(extracted);
  return extracted.summary;
}
