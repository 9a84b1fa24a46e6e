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
 * Values by a pair of UTF-16 code units, in an open-addressing table keyed by both as one 32-bit
 * integer: one probe or two per look-up, where nested Maps cost two hash look-ups (and a number
 * key of both in a Map would be a heap number for most Han characters). Most pairs asked for are
 * in no word; a bit per hashed pair answers those first (8 KB, small enough to stay in cache
 * while a scanner reads a text).
 */
export class CodePairMap<T> {
  /** `first << 16 | second` per slot; 0 (a pair of NULs, in no word) is an empty slot. */
  private keys = new Int32Array(16);
  private vals: (T | undefined)[] = new Array<T | undefined>(16);
  private size = 0;
  private readonly pairBits = new Int32Array(PAIR_SLOTS >> 5);

  get(first: number, second: number): T | undefined {
    const slot = pairSlot(first, second);
    if ((this.pairBits[slot >> 5]! & (1 << (slot & 31))) === 0) return undefined;
    const key = (first << 16) | second;
    const mask = this.keys.length - 1;
    for (let i = slot & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.vals[i];
      if (k === 0) return undefined;
    }
  }

  /** The value at the pair in `text` starting at `at`. */
  at(text: string, at: number): T | undefined {
    return at + 1 < text.length ? this.get(text.charCodeAt(at), text.charCodeAt(at + 1)) : undefined;
  }

  set(first: number, second: number, value: T): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const slot = pairSlot(first, second);
    this.pairBits[slot >> 5]! |= 1 << (slot & 31);
    const key = (first << 16) | second;
    const mask = this.keys.length - 1;
    let i = slot & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.keys[i] === 0) this.size++;
    this.keys[i] = key;
    this.vals[i] = value;
  }

  private grow(): void {
    const { keys, vals } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.vals = new Array<T | undefined>(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i]! >>> 16, keys[i]! & 0xffff, vals[i]!);
  }

  values(): T[] {
    return this.vals.filter((_, i) => this.keys[i] !== 0) as T[];
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
  /** The words, each once. */
  readonly words: string[];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)];
    for (const word of this.words) {
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

  /** Is this one code unit a word? */
  isSingle(code: number): boolean {
    return this.singles.size > 0 && this.singles.has(code);
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
  /** Every list's words of two or more code units by their first two, longest first, with their list. */
  private readonly byPair = new CodePairMap<{ list: number; word: string }[]>();
  /** The lists with one-unit words. */
  private readonly withSingles: number[] = [];

  constructor(private readonly scanners: WordScanner[]) {
    scanners.forEach((scanner, list) => {
      for (const word of scanner.words) {
        this.starts[word.charCodeAt(0) >> 5]! |= 1 << (word.charCodeAt(0) & 31);
        if (word.length === 1) {
          if (!this.withSingles.includes(list)) this.withSingles.push(list);
          continue;
        }
        const entries = this.byPair.get(word.charCodeAt(0), word.charCodeAt(1));
        if (entries) entries.push({ list, word });
        else this.byPair.set(word.charCodeAt(0), word.charCodeAt(1), [{ list, word }]);
      }
    });
    for (const entries of this.byPair.values()) entries.sort((a, b) => b.word.length - a.word.length);
  }

  /** Each scanner's matches, left to right, each starting after the one before ends. */
  matches(text: string): WordMatch[][] {
    const { scanners, starts, byPair, withSingles } = this;
    const found = scanners.map((): WordMatch[] => []);
    const free = scanners.map(() => 0);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((starts[code >> 5]! & (1 << (code & 31))) === 0) continue;
      // The longest word of each list at i (lists are fewer than 32: a bit each for those matched).
      let matched = 0;
      const entries = byPair.at(text, i);
      if (entries) {
        for (const { list, word } of entries) {
          if (matched & (1 << list) || i < free[list]! || !text.startsWith(word, i)) continue;
          matched |= 1 << list;
          found[list]!.push({ index: i, word });
          free[list] = i + word.length;
        }
      }
      for (const list of withSingles) {
        if (matched & (1 << list) || i < free[list]! || !scanners[list]!.isSingle(code)) continue;
        found[list]!.push({ index: i, word: text[i]! });
        free[list] = i + 1;
      }
    }
    return found;
  }
}
