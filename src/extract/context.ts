/**
 * What extractors share: the document's normalised text and its segmentation, the candidates
 * found so far.
 */
import type { Span, Token } from '../segment/index.ts';
import { LazyTokens, splitLines, splitSentences, spanAt } from '../segment/index.ts';

/** A reference to an entity by type and canonical name; ids are made in resolve. */
export interface Ref {
  type: string;
  name: string;
}

/** An entity found in the text (offsets into the normalised text). */
export interface EntityCandidate extends Ref, Span {
  aliases?: string[];
  props?: Record<string, unknown>;
  /** Found by a strong pattern: recognised elsewhere in the corpus by name. */
  strong?: boolean;
}

/** A relation found in the text; `evidence` is a span of the normalised text (a sentence). */
export interface RelationCandidate {
  type: string;
  from: Ref;
  to: Ref;
  props?: Record<string, unknown>;
  evidence: Span;
}

/** A part of the text in which one official speaks for one street. */
export interface Section extends Span {
  speaker: string;
  street: string | null;
}

export interface KnownName extends Ref {
  aliases: string[];
}

/**
 * An entity as a context stores it: in one shape, whatever fields the extractor gave. Entities
 * are read in every extractor's loops, where objects of many shapes make every property read a
 * slow (megamorphic) one; the sweep seeds its contexts in this shape too.
 */
export function storedEntity(c: EntityCandidate): EntityCandidate {
  return { type: c.type, name: c.name, start: c.start, end: c.end, aliases: c.aliases, props: c.props, strong: c.strong };
}

/** Offsets per bucket of the span index: an entity is filed under the bucket of its start. */
const BUCKET = 128;

/**
 * The entities of one type by where they start, in buckets of BUCKET characters: the entities
 * near a stretch are found by looking at a few buckets, not at every entity of the document (a
 * scan of all of them per question made extraction grow with the square of a document's length).
 */
class SpanIndex {
  /**
   * Bucket b holds the entities that start in [b * BUCKET, (b + 1) * BUCKET): an array indexed by
   * bucket (kept packed: no holes), where a Map cost a hash look-up per bucket per question.
   */
  private readonly buckets: (EntityCandidate[] | undefined)[] = [];
  /** The longest entity filed: nothing starts further than this before a stretch and reaches it. */
  private longest = 0;

  add(e: EntityCandidate): void {
    const b = Math.floor(e.start / BUCKET);
    while (this.buckets.length <= b) this.buckets.push(undefined);
    const list = this.buckets[b];
    if (list) list.push(e);
    else this.buckets[b] = [e];
    if (e.end - e.start > this.longest) this.longest = e.end - e.start;
  }

  /**
   * The first entity (by bucket, then as filed) that starts in [from, to), ends at `minEnd` or
   * after, and passes `test` (plain loops, no closure per question: asked ~500k times a round).
   */
  first(from: number, to: number, minEnd: number, test?: (e: EntityCandidate) => boolean): EntityCandidate | undefined {
    const last = Math.min(Math.floor((to - 1) / BUCKET), this.buckets.length - 1);
    for (let b = Math.floor(Math.max(0, from) / BUCKET); b <= last; b++) {
      const list = this.buckets[b];
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) {
        const e = list[i]!;
        if (e.start >= from && e.start < to && e.end >= minEnd && (test === undefined || test(e))) return e;
      }
    }
    return undefined;
  }

  /** The entities that start in [from, to) and end by `maxEnd`, pushed onto `out`. */
  collect(from: number, to: number, maxEnd: number, out: EntityCandidate[]): void {
    const last = Math.min(Math.floor((to - 1) / BUCKET), this.buckets.length - 1);
    for (let b = Math.floor(Math.max(0, from) / BUCKET); b <= last; b++) {
      const list = this.buckets[b];
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) {
        const e = list[i]!;
        if (e.start >= from && e.start < to && e.end <= maxEnd) out.push(e);
      }
    }
  }

  /** The entity filed that spans [start, end) exactly, if any. */
  exactly(start: number, end: number): EntityCandidate | undefined {
    const list = this.buckets[Math.floor(start / BUCKET)];
    if (list !== undefined) for (let i = 0; i < list.length; i++) if (list[i]!.start === start && list[i]!.end === end) return list[i];
    return undefined;
  }

  /** Does an entity hold all of [start, end)? */
  covers(start: number, end: number): boolean {
    return this.first(start - this.longest, start + 1, end) !== undefined;
  }

  /** Does an entity share a character with [start, end)? */
  overlaps(start: number, end: number): boolean {
    return this.first(start - this.longest, end, start + 1) !== undefined;
  }
}

export class DocContext {
  private lineCache: Span[] | null = null;
  private sentenceCache: Span[] | null = null;
  readonly entities: EntityCandidate[] = [];
  readonly relations: RelationCandidate[] = [];
  sections: Section[] = [];
  /** Spans no entity extractor should read (staff credits). */
  readonly excluded: Span[] = [];
  /** Entities by type, in the order found. */
  private readonly byType = new Map<string, EntityCandidate[]>();
  /** Entities by type, by where they start (see SpanIndex). */
  private readonly spans = new Map<string, SpanIndex>();
  /** How many of `entities` are in `byType` and `spans`. */
  private indexed = 0;
  /** jieba tags of candidate stretches, by start * 65536 + end (tagging is slow). */
  readonly tagCache = new Map<number, { word: string; tag: string; start: number; end: number }[]>();
  /** jieba tokens, segmented clause by clause as extractors ask for them. */
  private readonly words: LazyTokens;
  /** What extractors computed once for this document and share between `prefetch` and `run`. */
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly docId: string,
    readonly text: string,
    readonly title: string,
    /**
     * What the page says about where it belongs outside the article (its title, breadcrumb, source
     * and publisher lines, address: see src/page): read to resolve places, never for entities.
     */
    readonly placeText: string = title,
  ) {
    this.words = new LazyTokens(text);
  }

  /** Line spans, computed on first use (the corpus sweep often needs none). */
  get lines(): Span[] {
    this.lineCache ??= splitLines(this.text);
    return this.lineCache;
  }

  /** Sentence spans, computed on first use. */
  get sentences(): Span[] {
    this.sentenceCache ??= splitSentences(this.text);
    return this.sentenceCache;
  }

  /** The word token covering `offset`, or undefined outside the text. */
  tokenAt(offset: number): Token | undefined {
    return this.words.at(offset);
  }

  /**
   * `tokenAt` will be asked at these offsets: their clauses are segmented together at the first
   * need, or with other documents' (`segmentPrefetched`). See LazyTokens.prefetch.
   */
  prefetchTokens(offsets: Iterable<number>): void {
    this.words.prefetch(offsets);
  }

  /** `isTokenStart` or `isTokenEnd` will be asked at these offsets: as `prefetchTokens`. */
  prefetchBoundaries(offsets: Iterable<number>): void {
    this.words.prefetchBoundaries(offsets);
  }

  /** Segment what these documents' extractors asked for in advance, in one jieba call. */
  static segmentPrefetched(contexts: DocContext[]): void {
    LazyTokens.segmentQueued(contexts.map((c) => c.words));
  }

  /** A value computed once per document under `key` (candidates an extractor's prefetch and run share). */
  memo<T>(key: string, make: () => T): T {
    // (One look-up when the value is there, as it is on every call but the first.)
    const value = this.memos.get(key);
    if (value !== undefined || this.memos.has(key)) return value as T;
    const made = make();
    this.memos.set(key, made);
    return made;
  }

  /** Does a word start at `offset`? (At the end of the text none does.) */
  isTokenStart(offset: number): boolean {
    return offset < this.text.length && this.words.isBoundary(offset);
  }

  /** Does a word end at `offset`? (At the start of the text none does.) */
  isTokenEnd(offset: number): boolean {
    return offset > 0 && this.words.isBoundary(offset);
  }

  /** The sentence containing `offset` (or a one-character span when none does). */
  sentenceAt(offset: number): Span {
    const i = spanAt(this.sentences, offset);
    return i >= 0 ? this.sentences[i]! : { start: offset, end: Math.min(this.text.length, offset + 1) };
  }

  isExcluded(offset: number): boolean {
    for (const s of this.excluded) if (offset >= s.start && offset < s.end) return true;
    return false;
  }

  /** Is [start, end) already covered by an entity of one of `types` (of any, without)? */
  covered(start: number, end: number, types?: readonly string[]): boolean {
    this.catchUp();
    for (const type of types ?? this.spans.keys()) if (this.spans.get(type)?.covers(start, end)) return true;
    return false;
  }

  /** Does an entity of one of `types` (of any, without) share a character with [start, end)? */
  overlapped(start: number, end: number, types?: readonly string[]): boolean {
    this.catchUp();
    for (const type of types ?? this.spans.keys()) if (this.spans.get(type)?.overlaps(start, end)) return true;
    return false;
  }

  /** The first entity of `type` found that starts in [from, to) and passes `test`, by position, not by a scan of all. */
  findIn(type: string, from: number, to: number, test?: (e: EntityCandidate) => boolean): EntityCandidate | undefined {
    this.catchUp();
    return this.spans.get(type)?.first(from, to, -Infinity, test);
  }

  /** The entities of `type` that lie within [start, end). */
  within(type: string, start: number, end: number): EntityCandidate[] {
    this.catchUp();
    const out: EntityCandidate[] = [];
    this.spans.get(type)?.collect(start, end, end, out);
    return out;
  }

  /** The entities of one type found so far, in the order found. Read only. */
  ofType(type: string): readonly EntityCandidate[] {
    this.catchUp();
    return this.byType.get(type) ?? [];
  }

  /** Entities pushed without addEntity (the corpus sweep seeds a context) are indexed here. */
  private catchUp(): void {
    for (; this.indexed < this.entities.length; this.indexed++) this.index(this.entities[this.indexed]!);
  }

  addEntity(candidate: EntityCandidate): EntityCandidate {
    this.catchUp();
    // One entity per type and span: the one filed is kept (looked up in its type's span index,
    // where a map of entities by start cost a list per start and the map's growth per document).
    const same = this.spans.get(candidate.type)?.exactly(candidate.start, candidate.end);
    if (same) return same;
    const entity = storedEntity(candidate);
    this.entities.push(entity);
    this.index(entity);
    this.indexed++;
    return entity;
  }

  private index(e: EntityCandidate): void {
    const typed = this.byType.get(e.type);
    if (typed) typed.push(e);
    else this.byType.set(e.type, [e]);
    let spans = this.spans.get(e.type);
    if (!spans) this.spans.set(e.type, (spans = new SpanIndex()));
    spans.add(e);
  }

  addRelation(relation: RelationCandidate): void {
    // One shape, as entities (see addEntity); `from` and `to` may be entities themselves.
    this.relations.push({
      type: relation.type,
      from: { type: relation.from.type, name: relation.from.name },
      to: { type: relation.to.type, name: relation.to.name },
      props: relation.props,
      evidence: { start: relation.evidence.start, end: relation.evidence.end },
    });
  }

  /** The section (speaker turn) containing `offset`, if any. */
  sectionAt(offset: number): Section | undefined {
    // Sections follow one another in the text: the last that starts at or before offset, if it reaches it.
    let lo = 0;
    let hi = this.sections.length - 1;
    let found: Section | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sections[mid]!.start <= offset) {
        found = this.sections[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && offset < found.end ? found : undefined;
  }
}

/** An extractor: one small object per pattern family, run in registry order. */
export interface Extractor {
  id: string;
  /**
   * Before any extractor runs: ask for the segmentation `run` will need (`ctx.prefetchTokens`),
   * so that a batch of documents is segmented in one call.
   */
  prefetch?(ctx: DocContext): void;
  run(ctx: DocContext): void;
}
