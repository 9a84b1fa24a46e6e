/**
 * segment: normalised text → lines, sentences and word tokens, each with its offsets.
 * Word boundaries come from jieba (@node-rs/jieba, dictionary inside); only `cut` is used,
 * since `tag` is ~6× slower and its tags are not NER.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Span {
  start: number;
  end: number;
}
export interface Token extends Span {
  word: string;
}

let jieba: Jieba | null = null;
/** The shared jieba instance (loading the dictionary takes ~0.3 s, so once). */
export function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Word tokens of `text`, with offsets. */
export function tokenize(text: string): Token[] {
  return tokensOf(text, 0, cut(text));
}

/** 由 by code: tested on every word jieba returns. */
const BY = '由'.charCodeAt(0);
/** Prepositions the HMM glues to the first character of a name after them (对瓶/窑/镇, 由舒禾), a byte by code (asked of every word of two to four characters). */
const LEADING = new Uint8Array(65536);
for (const c of '由对在向从到赴') LEADING[c.charCodeAt(0)] = 1;
/** Words with a preposition at their start or 由 at their end, and whether jieba's dictionary has them (自由, 由于, 对象). */
const knownBy = new Map<string, boolean>();

/**
 * jieba's words, with 由 split off a word its HMM made of it and the characters of a name next to
 * it (`园由`, `由舒禾` in 创意园由舒禾某公司…), and so a leading 对, 在, 向, 从, 到 or 赴 (`对瓶` in
 * 对瓶窑镇…): a word no dictionary has, where the preposition ends a phrase and a name's boundary
 * is one the extractors must see.
 */
function cut(text: string): string[] {
  const words = segmenter().cut(text, true);
  let split: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const at = w.length >= 2 && w.length <= 4 ? (LEADING[w.charCodeAt(0)] === 1 ? 1 : w.charCodeAt(w.length - 1) === BY ? w.length - 1 : 0) : 0;
    const glued = at > 0 && !isDictionaryWord(w);
    if (glued) split ??= words.slice(0, i);
    if (split) {
      if (glued) split.push(w.slice(0, at), w.slice(at));
      else split.push(w);
    }
  }
  return split ?? words;
}

function isDictionaryWord(word: string): boolean {
  let known = knownBy.get(word);
  if (known === undefined) {
    const tagged = segmenter().tag(word, false);
    known = tagged.length === 1 && tagged[0]!.tag !== 'x';
    if (knownBy.size < 10_000) knownBy.set(word, known);
  }
  return known;
}

/** Tokens for jieba's `words` of `piece`, which starts at `offset` in the document. */
function tokensOf(piece: string, offset: number, words: string[]): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of words) {
    // jieba returns every character in order, so offsets are running sums; indexOf only if it ever skips.
    const start = piece.startsWith(word, pos) ? pos : Math.max(pos, piece.indexOf(word, pos));
    tokens.push({ word, start: offset + start, end: offset + start + word.length });
    pos = start + word.length;
  }
  return tokens;
}

/**
 * Characters jieba never puts inside a word: it cuts the text into runs of word characters
 * (Han, letters, digits, a few signs) and emits every other character alone. A clause between
 * two of these is therefore segmented alone exactly as within the whole text (test/pipeline
 * checks this on the corpus). Only sure ones are listed: a missing one only makes clauses longer.
 */
const BREAKS = new Uint8Array(65536);
for (const c of ',。、;:!?“”‘’()《》〈〉【】「」『』〔〕—…·\n \t"\'/|<>[]{}=~^*@$\\`，：；！？（）') BREAKS[c.charCodeAt(0)] = 1;

/**
 * Is the character at `offset` one jieba never puts inside a word, or `offset` the text's end? Then
 * no word runs across it, which callers may know without segmenting.
 */
export function isWordBreak(text: string, offset: number): boolean {
  return offset >= text.length || BREAKS[text.charCodeAt(offset)] === 1;
}

/** Where the clause (the run of characters jieba may join) that holds `offset` starts: what is segmented with it. */
export function clauseStartAt(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !BREAKS[text.charCodeAt(start - 1)]) start--;
  return start;
}

/**
 * A document's word tokens, segmented clause by clause when first asked for. Extractors look at
 * words only around candidate names, about a third of a text, so most of it is never segmented.
 */
export class LazyTokens {
  /**
   * For each offset, 1 + the index of the token covering it; 0 while its clause is unsegmented.
   * Made on first use. Numbers, not the tokens themselves: an array of pointers as long as the
   * text was ~8 bytes a character for the garbage collector to scan and copy, and each pointer
   * stored paid a write barrier.
   */
  private cover: Int32Array | null = null;
  /**
   * Each token by index: its word, until it is first asked for as an object (`at`). About half
   * the words of the clauses segmented are never read (bench corpus: 426k words a round, 224k
   * read), and a boundary's question needs only the cover.
   */
  private readonly words: (string | Token)[] = [];
  /** Clauses asked for in advance (`prefetch`), segmented together at the first need. */
  private queued: Span[] = [];

  constructor(private readonly text: string) {}

  /**
   * Does a word start (or end, which is the same place) at `offset`? At a character jieba never
   * joins, or right after one, the answer needs no segmentation.
   */
  isBoundary(offset: number): boolean {
    const text = this.text;
    if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
    if (BREAKS[text.charCodeAt(offset)] || BREAKS[text.charCodeAt(offset - 1)]) return true;
    const covering = this.indexAt(offset) + 1;
    // (`offset - 1` is in the same clause, segmented now: a word starts here if its token is another.)
    return this.cover![offset - 1] !== covering;
  }

  /** The token covering `offset`, or undefined outside the text. */
  at(offset: number): Token | undefined {
    if (offset < 0 || offset >= this.text.length) return undefined;
    const i = this.indexAt(offset);
    const token = this.words[i]!;
    return typeof token === 'string' ? this.tokenAt(i, offset, token) : token;
  }

  /** Token `i`, covering `offset`, as an object, from now on in `words`. */
  private tokenAt(i: number, offset: number, word: string): Token {
    // Where it starts: the first offset of the run its index covers.
    let start = offset;
    while (start > 0 && this.cover![start - 1] === i + 1) start--;
    const token = { word, start, end: start + word.length };
    this.words[i] = token;
    return token;
  }

  /** The index of the token covering `offset` (inside the text), its clause segmented if need be. */
  private indexAt(offset: number): number {
    this.cover ??= new Int32Array(this.text.length);
    const covering = this.cover[offset]!;
    if (covering !== 0) return covering - 1;
    if (this.queued.length > 0) {
      LazyTokens.segmentQueued([this]);
      if (this.cover[offset] !== 0) return this.cover[offset]! - 1;
    }
    return this.segmentAround(offset);
  }

  /**
   * `at` will be asked at these offsets: queue their clauses, to be segmented together at the
   * first need, or with other documents' by `segmentQueued`. jieba costs per call and per
   * character, and far more per character when called now and then among other work (its
   * dictionary is no longer in the CPU's caches) than when called once for many clauses.
   */
  prefetch(offsets: Iterable<number>): void {
    const text = this.text;
    // The clause queued last: offsets come mostly in order, many in one clause (a list of
    // heads), and each is then neither walked to its clause's ends nor queued again.
    let last: Span | undefined;
    for (const offset of offsets) {
      if (offset < 0 || offset >= text.length || BREAKS[text.charCodeAt(offset)] || (this.cover !== null && this.cover[offset] !== 0)) continue;
      if (last !== undefined && offset >= last.start && offset < last.end) continue;
      last = this.clauseAround(offset);
      this.queued.push(last);
    }
  }

  /** The run of characters between two that jieba never joins, around `offset` (not one of those). */
  private clauseAround(offset: number): Span {
    const text = this.text;
    let start = offset;
    while (start > 0 && !BREAKS[text.charCodeAt(start - 1)]) start--;
    let end = offset + 1;
    while (end < text.length && !BREAKS[text.charCodeAt(end)]) end++;
    return { start, end };
  }

  /** As `prefetch`, for offsets whose `isBoundary` will be asked: only those it cannot answer alone. */
  prefetchBoundaries(offsets: Iterable<number>): void {
    const text = this.text;
    const unsure: number[] = [];
    for (const offset of offsets) if (offset > 0 && offset < text.length && !BREAKS[text.charCodeAt(offset)] && !BREAKS[text.charCodeAt(offset - 1)]) unsure.push(offset);
    this.prefetch(unsure);
  }

  /**
   * Segment the queued clauses of several documents in one jieba call, joined by line breaks:
   * a character jieba never joins, so each clause is cut as if alone.
   */
  static segmentQueued(documents: LazyTokens[]): void {
    const work: { doc: LazyTokens; clauses: Span[] }[] = [];
    const pieces: string[] = [];
    for (const doc of documents) {
      const clauses = doc.takeQueued();
      if (clauses.length === 0) continue;
      work.push({ doc, clauses });
      for (const c of clauses) pieces.push(doc.text.slice(c.start, c.end));
    }
    if (pieces.length === 0) return;
    const words = cut(pieces.join('\n'));
    // Each clause's words must fill it exactly, a lone line break after it; were that ever not
    // so, the clauses are left to segmentAround.
    let w = 0;
    for (const piece of pieces) {
      let length = 0;
      while (length < piece.length && w < words.length) length += words[w++]!.length;
      if (length !== piece.length || (w < words.length && words[w++] !== '\n')) return;
    }
    w = 0;
    for (const { doc, clauses } of work) {
      for (const clause of clauses) {
        for (let pos = clause.start; pos < clause.end && w < words.length; ) {
          const word = words[w++]!;
          doc.put(word, pos);
          pos += word.length;
        }
        w++; // the line break after the clause
      }
    }
  }

  /** The queued clauses not segmented yet, in order, each once; the queue emptied. */
  private takeQueued(): Span[] {
    const queued = this.queued.sort((a, b) => a.start - b.start);
    this.queued = [];
    this.cover ??= new Int32Array(this.text.length);
    return queued.filter((c, i) => (i === 0 || c.start !== queued[i - 1]!.start) && this.cover![c.start] === 0);
  }

  /** Segment the clause around `offset`; the index of the token covering `offset`. */
  private segmentAround(offset: number): number {
    const text = this.text;
    if (BREAKS[text.charCodeAt(offset)]) return this.put(text[offset]!, offset);
    const { start, end } = this.clauseAround(offset);
    const piece = text.slice(start, end);
    for (const token of tokensOf(piece, start, cut(piece))) this.put(token.word, token.start);
    // Were a character ever skipped by jieba, it stands alone rather than unsegmented.
    for (let i = start; i < end; i++) if (this.cover![i] === 0) this.put(text[i]!, i);
    return this.cover![offset]! - 1;
  }

  /** A token of `word` at `start`; its index. */
  private put(word: string, start: number): number {
    const index = this.words.length;
    this.words.push(word);
    for (let i = start; i < start + word.length; i++) this.cover![i] = index + 1;
    return index;
  }
}

/** What `/\s/` matches (white space and line ends), by code: no one-character string made per test. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Sentence spans: split after 。!?; and at line ends; trims blanks. */
export function splitSentences(text: string): Span[] {
  // What /[^。!?;\n]+[。!?;]*[”’)]?/g finds, by a scan: the RegExp's match arrays and strings
  // were about 2% of extraction's garbage (V8's sampling heap profiler, bench corpus).
  const spans: Span[] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    while (pos < n && isSentenceBreak(text.charCodeAt(pos))) pos++;
    if (pos >= n) break;
    let start = pos;
    while (pos < n && !isSentenceBreak(text.charCodeAt(pos))) pos++;
    while (pos < n && isSentenceEnd(text.charCodeAt(pos))) pos++;
    if (pos < n && isClosing(text.charCodeAt(pos))) pos++;
    let end = pos;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

const isSentenceEnd = (code: number) => code === 0x3002 /* 。 */ || code === 0x21 /* ! */ || code === 0x3f /* ? */ || code === 0x3b; /* ; */
const isSentenceBreak = (code: number) => code === 0x0a || isSentenceEnd(code);
const isClosing = (code: number) => code === 0x201d /* ” */ || code === 0x2019 /* ’ */ || code === 0x29; /* ) */

/** Line spans of the normalised text. */
export function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nl > pos) spans.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  return spans;
}

/** Index of the span containing `offset` (binary search over sorted spans), or -1. */
export function spanAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
