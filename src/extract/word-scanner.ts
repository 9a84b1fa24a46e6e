/**
 * Finding the words of a lexicon list in a text. A global RegExp of their alternation (longest
 * first) tries the alternatives at every position; this finds the same matches (leftmost,
 * longest, not overlapping) with a table look-up per character, about twice as fast on the
 * bench corpus for the 91 project heads.
 */

export interface WordMatch {
  index: number;
  word: string;
}

/**
 * Values by a pair of UTF-16 code units. A number key of both would pass the small-integer range
 * for most Han characters and make every look-up a heap number, so: a Map by the first, in it a
 * Map by the second. Most pairs asked for are in no word; a bit per hashed pair answers those
 * without touching the Maps (8 KB, small enough to stay in cache while a scanner reads a text).
 */
export class CodePairMap<T> {
  private readonly byFirst = new Map<number, Map<number, T>>();
  private readonly pairBits = new Int32Array(PAIR_SLOTS >> 5);

  get(first: number, second: number): T | undefined {
    const slot = pairSlot(first, second);
    if ((this.pairBits[slot >> 5]! & (1 << (slot & 31))) === 0) return undefined;
    return this.byFirst.get(first)?.get(second);
  }

  /** The value at the pair in `text` starting at `at`. */
  at(text: string, at: number): T | undefined {
    return at + 1 < text.length ? this.get(text.charCodeAt(at), text.charCodeAt(at + 1)) : undefined;
  }

  set(first: number, second: number, value: T): void {
    let inner = this.byFirst.get(first);
    if (!inner) this.byFirst.set(first, (inner = new Map()));
    inner.set(second, value);
    const slot = pairSlot(first, second);
    this.pairBits[slot >> 5]! |= 1 << (slot & 31);
  }

  /** Or the pairs' bits into `bits` (a group's, see ScannerGroup). */
  addPairBitsTo(bits: Int32Array): void {
    for (let i = 0; i < bits.length; i++) bits[i]! |= this.pairBits[i]!;
  }

  /** Is the pair perhaps a key? (No means surely not.) */
  static mayHold(bits: Int32Array, first: number, second: number): boolean {
    const slot = pairSlot(first, second);
    return (bits[slot >> 5]! & (1 << (slot & 31))) !== 0;
  }

  values(): T[] {
    return [...this.byFirst.values()].flatMap((m) => [...m.values()]);
  }
}

const PAIR_SLOTS = 1 << 16;
const pairSlot = (first: number, second: number) => (Math.imul(first, 40503) + second) & (PAIR_SLOTS - 1);

export class WordScanner {
  /** Words of two or more code units by their first two, longest first. */
  private readonly byPair = new CodePairMap<string[]>();
  /** Words of one code unit. */
  private readonly singles = new Set<number>();
  /** Code units that start a word, a bit each (8 KB, to stay in cache beside the pair bits). */
  private readonly starts = new Int32Array(65536 >> 5);

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word.length === 0) continue;
      this.starts[word.charCodeAt(0) >> 5]! |= 1 << (word.charCodeAt(0) & 31);
      if (word.length === 1) {
        this.singles.add(word.charCodeAt(0));
        continue;
      }
      const list = this.byPair.get(word.charCodeAt(0), word.charCodeAt(1));
      if (list) list.push(word);
      else this.byPair.set(word.charCodeAt(0), word.charCodeAt(1), [word]);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Does a word start with this code unit? */
  mayStart(code: number): boolean {
    return (this.starts[code >> 5]! & (1 << (code & 31))) !== 0;
  }

  /** The longest word at `i` (whose code unit is `code`), or null. */
  matchAt(text: string, i: number, code: number): WordMatch | null {
    const list = i + 1 < text.length ? this.byPair.get(code, text.charCodeAt(i + 1)) : undefined;
    if (list) for (const word of list) if (text.startsWith(word, i)) return { index: i, word };
    return this.singles.size > 0 && this.singles.has(code) ? { index: i, word: text[i]! } : null;
  }

  /** The first match at or after `from`, or null. */
  next(text: string, from = 0): WordMatch | null {
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!this.mayStart(code)) continue;
      const match = this.matchAt(text, i, code);
      if (match) return match;
    }
    return null;
  }

  /** Or its starting code units and pairs into a group's bits (see ScannerGroup); has it one-unit words? */
  addBitsTo(starts: Int32Array, pairs: Int32Array): boolean {
    for (let i = 0; i < starts.length; i++) starts[i]! |= this.starts[i]!;
    this.byPair.addPairBitsTo(pairs);
    return this.singles.size > 0;
  }
}

/** Which word of a list a name ends with: one set look-up per word length, not a scan of the list. */
export class WordEnds {
  private readonly words: Set<string>;
  /** The words' lengths, longest first. */
  private readonly lengths: number[];

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
  }

  /** The longest word `name` ends with, leaving at least `rest` characters before it; or null. */
  longest(name: string, rest = 0): string | null {
    for (const length of this.lengths) {
      if (length + rest > name.length) continue;
      const end = name.slice(name.length - length);
      if (this.words.has(end)) return end;
    }
    return null;
  }
}

/**
 * Several scanners' matches in one pass over a text: one read of each character for all of them,
 * where separate passes read every text once per word list. A character no word of any list
 * starts with, or with the next one no word's first two, costs one or two bit tests.
 */
export class ScannerGroup {
  private readonly starts = new Int32Array(65536 >> 5);
  private readonly pairs = new Int32Array(PAIR_SLOTS >> 5);
  private readonly singles: boolean;

  constructor(private readonly scanners: WordScanner[]) {
    let singles = false;
    for (const scanner of scanners) singles = scanner.addBitsTo(this.starts, this.pairs) || singles;
    this.singles = singles;
  }

  /** Each scanner's matches, left to right, each starting after the one before ends. */
  matches(text: string): WordMatch[][] {
    const { scanners, starts } = this;
    const found = scanners.map((): WordMatch[] => []);
    const free = scanners.map(() => 0);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((starts[code >> 5]! & (1 << (code & 31))) === 0) continue;
      if (!this.singles && !CodePairMap.mayHold(this.pairs, code, text.charCodeAt(i + 1))) continue;
      for (let k = 0; k < scanners.length; k++) {
        if (i < free[k]! || !scanners[k]!.mayStart(code)) continue;
        const match = scanners[k]!.matchAt(text, i, code);
        if (match) {
          found[k]!.push(match);
          free[k] = i + match.word.length;
        }
      }
    }
    return found;
  }
}
