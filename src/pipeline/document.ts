/**
 * One document through read → segment → extract, as plain data: its metadata, its facts in
 * original offsets, the names it found by strong patterns, and what the corpus sweep needs of
 * it. Plain data in and out, so that the pipeline holds no document beyond this call.
 */
import type { DocumentMeta, Problem } from '../types.ts';
import { isProblem, readDocument, type NormalizedText, type ReadDocument } from '../read/index.ts';
import { readPage } from '../page/index.ts';
import { extractDocument, openDocument, type DocContext, type EntityCandidate, type KnownName, type RelationCandidate } from '../extract/index.ts';
import type { Section } from '../extract/context.ts';
import { documentFacts, type DocumentFacts } from '../resolve/index.ts';

/** What the sweep needs of a document it has already extracted. */
export interface DocSummary {
  file: string;
  id: string;
  title: string;
  entities: EntityCandidate[];
  heads: RelationCandidate[];
  sections: Section[];
  excluded: { start: number; end: number }[];
  /** The document as read and normalised, when the caller keeps texts for the sweep. */
  cached?: { plain: string; norm: NormalizedText };
  /** See Page.placeText. */
  placeText: string;
}

export interface ExtractedDocument {
  meta: DocumentMeta;
  facts: DocumentFacts;
  /** Names found by strong patterns: recognised in the rest of the corpus. */
  strong: KnownName[];
  /** What the reader warned of (a few invalid bytes replaced), if anything. */
  warning?: string;
  summary: DocSummary;
}

/** A summary the cache holds apart (see ExtractionCache.sweepPart): read only when a sweep needs it. */
export interface SummaryStub {
  file: string;
  id: string;
  stub: true;
}

/** A first pass from the cache: all but the sweep's part, which stays in the cache until needed. */
export type CachedDocument = Omit<ExtractedDocument, 'summary'> & { summary: SummaryStub };

export const isStub = (s: DocSummary | SummaryStub): s is SummaryStub => 'stub' in s;

/**
 * What the sweep needs of an entity found: its type, name and place, in the shape a context
 * stores (extract/context.ts, storedEntity), copied from one of that shape: a literal, where
 * storedEntity, which reads candidates of every extractor's shape, reads slowly.
 */
const sweptEntity = (e: EntityCandidate): EntityCandidate => ({ type: e.type, name: e.name, start: e.start, end: e.end, aliases: undefined, props: undefined, strong: undefined });

function metaOf(doc: ReadDocument): DocumentMeta {
  const { text: _text, plain: _plain, bodyStart: _body, titleFromBody: _first, headerTitle: _header, warning: _warning, ...meta } = doc;
  return meta;
}

/** A file read and normalised, its extractors' segmentation asked for (see `openDocument`). */
export interface OpenedFile {
  file: string;
  doc: ReadDocument;
  norm: NormalizedText;
  ctx: DocContext;
}

/** Read one file and open it for extraction; a file that cannot be read is a problem naming it. */
export function openFile(file: string, id: string): OpenedFile | Problem {
  const doc = readDocument(file, id);
  if (isProblem(doc)) return doc;
  const page = readPage(doc);
  doc.title = page.title;
  return { file, doc, norm: page.norm, ctx: openDocument(doc.id, page.norm.text, doc.title, page.placeText) };
}

export const isOpened = (x: OpenedFile | Problem | ExtractedDocument | CachedDocument): x is OpenedFile => 'ctx' in x;

/** Extract an opened file. */
export function extractFile({ file, doc, norm, ctx: opened }: OpenedFile, keepText: boolean, onStep?: (step: string) => void): ExtractedDocument {
  const ctx = extractDocument(opened, onStep && ((i, n, id) => onStep(`${doc.id}: ${id} (${i}/${n})`)));
  const strong = new KnownNames();
  for (const e of ctx.entities) if (e.strong && e.type !== 'Person') strong.add(e.type, e.name, e.aliases ?? []);
  return {
    meta: metaOf(doc),
    facts: documentFacts(doc.id, doc.plain, norm, ctx.entities, ctx.relations),
    strong: strong.values(),
    ...(doc.warning ? { warning: doc.warning } : {}),
    summary: {
      file,
      id: doc.id,
      title: doc.title,
      entities: ctx.entities.map(sweptEntity),
      heads: ctx.relations.filter((r) => r.type === 'HEADS'),
      sections: ctx.sections,
      excluded: ctx.excluded,
      placeText: ctx.placeText,
      ...(keepText ? { cached: { plain: doc.plain, norm } } : {}),
    },
  };
}

/**
 * Names found by strong patterns, one per type and name with the aliases of all its finds, in
 * the order first found. By type, then name: no joined key string to build per name.
 */
export class KnownNames {
  private readonly byType = new Map<string, Map<string, KnownName>>();
  private readonly all: KnownName[] = [];

  add(type: string, name: string, aliases: readonly string[]): void {
    let byName = this.byType.get(type);
    if (!byName) this.byType.set(type, (byName = new Map()));
    let known = byName.get(name);
    if (!known) {
      known = { type, name, aliases: [] };
      byName.set(name, known);
      this.all.push(known);
    }
    for (const a of aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
  }

  get size(): number {
    return this.all.length;
  }

  values(): KnownName[] {
    return this.all;
  }
}

/** Is this the problem of a file that could not be read? */
export function isFailed<T extends ExtractedDocument | CachedDocument>(x: T | Problem): x is Problem {
  return !('facts' in x);
}
