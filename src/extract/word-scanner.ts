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
 * Values by a pair of UTF-16 code units, in an open-addressing table: one probe or two per
 * look-up, where nested Maps cost two hash look-ups. Both units are kept apart (one 32-bit key
 * of both would pass the small-integer range for most Han characters, and a number outside it
 * is a heap allocation wherever V8 boxes it). Most pairs asked for are in no word; a bit per
 * hashed pair answers those first (8 KB, small enough to stay in cache while a scanner reads a text).
 */
export class CodePairMap<T> {
  /** The pair in each slot; a first unit of 0 (NUL, in no word) is an empty slot. */
  private firsts = new Uint16Array(16);
  private seconds = new Uint16Array(16);
  private vals: (T | undefined)[] = new Array<T | undefined>(16);
  private size = 0;
  private readonly pairBits = new Int32Array(PAIR_SLOTS >> 5);

  get(first: number, second: number): T | undefined {
    const slot = pairSlot(first, second);
    if ((this.pairBits[slot >> 5]! & (1 << (slot & 31))) === 0) return undefined;
    const { firsts, seconds } = this;
    const mask = firsts.length - 1;
    for (let i = slot & mask; ; i = (i + 1) & mask) {
      const f = firsts[i]!;
      if (f === first && seconds[i] === second) return this.vals[i];
      if (f === 0) return undefined;
    }
  }

  /** The value at the pair in `text` starting at `at`. */
  at(text: string, at: number): T | undefined {
    return at + 1 < text.length ? this.get(text.charCodeAt(at), text.charCodeAt(at + 1)) : undefined;
  }

  set(first: number, second: number, value: T): void {
    if (2 * (this.size + 1) > this.firsts.length) this.grow();
    const slot = pairSlot(first, second);
    this.pairBits[slot >> 5]! |= 1 << (slot & 31);
    const { firsts, seconds } = this;
    const mask = firsts.length - 1;
    let i = slot & mask;
    while (firsts[i] !== 0 && !(firsts[i] === first && seconds[i] === second)) i = (i + 1) & mask;
    if (firsts[i] === 0) this.size++;
    firsts[i] = first;
    seconds[i] = second;
    this.vals[i] = value;
  }

  private grow(): void {
    const { firsts, seconds, vals } = this;
    this.firsts = new Uint16Array(firsts.length * 2);
    this.seconds = new Uint16Array(firsts.length * 2);
    this.vals = new Array<T | undefined>(firsts.length * 2);
    this.size = 0;
    for (let i = 0; i < firsts.length; i++) if (firsts[i] !== 0) this.set(firsts[i]!, seconds[i]!, vals[i]!);
  }

  values(): T[] {
    return this.vals.filter((_, i) => this.firsts[i] !== 0) as T[];
  }
}

const PAIR_SLOTS = 1 << 16;
const pairSlot = (first: number, second: number) => (Math.imul(first, 40503) + second) & (PAIR_SLOTS - 1);

export class WordScanner {
  /** Words of two or more code units by their first two, longest first. */
  private readonly byPair = new CodePairMap<string[]>();
  /** Words of one code unit. */
  private readonly singles = new Int32Array(65536 >> 5);
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
        this.singles[word.charCodeAt(0) >> 5]! |= 1 << (word.charCodeAt(0) & 31);
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
    return this.isSingle(code) ? { index: i, word: text[i]! } : null;
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
    return (this.singles[code >> 5]! & (1 << (code & 31))) !== 0;
  }
}

/** Which word of a list a name ends with: one set look-up per word length, not a scan of the list. */
export class WordEnds {
  private readonly words: Set<string>;
  /** The words' lengths, longest first. */
  private readonly lengths: number[];
  /** Code units that start a word, a bit each: most ends of a name start none, and are not sliced to look up. */
  private readonly starts = new Int32Array(65536 >> 5);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
    for (const word of this.words) if (word.length > 0) this.starts[word.charCodeAt(0) >> 5]! |= 1 << (word.charCodeAt(0) & 31);
  }

  /** The longest word `name` ends with, leaving at least `rest` characters before it; or null. */
  longest(name: string, rest = 0): string | null {
    for (const length of this.lengths) {
      if (length + rest > name.length) continue;
      const code = name.charCodeAt(name.length - length);
      if (length > 0 && (this.starts[code >> 5]! & (1 << (code & 31))) === 0) continue;
      const end = name.slice(name.length - length);
      if (this.words.has(end)) return end;
    }
    return null;
  }
}

/**
 * Does `word` start at `i` in `text`, its first two code units known to be there? By code, not
 * `startsWith`: a call into the runtime for each word a pair leads to (340k a round of the bench
 * corpus) cost more than the few comparisons.
 */
function continues(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 2; k < word.length; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
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
  /** The lists with one-unit words, and those units (a bit each, of all lists). */
  private readonly withSingles: number[] = [];
  private readonly singles = new Int32Array(65536 >> 5);

  constructor(private readonly scanners: WordScanner[]) {
    scanners.forEach((scanner, list) => {
      for (const word of scanner.words) {
        this.starts[word.charCodeAt(0) >> 5]! |= 1 << (word.charCodeAt(0) & 31);
        if (word.length === 1) {
          if (!this.withSingles.includes(list)) this.withSingles.push(list);
          this.singles[word.charCodeAt(0) >> 5]! |= 1 << (word.charCodeAt(0) & 31);
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
      const entries = i + 1 < text.length ? byPair.get(code, text.charCodeAt(i + 1)) : undefined;
      if (entries) {
        for (let e = 0; e < entries.length; e++) {
          const { list, word } = entries[e]!;
          if (matched & (1 << list) || i < free[list]! || !continues(text, i, word)) continue;
          matched |= 1 << list;
          found[list]!.push({ index: i, word });
          free[list] = i + word.length;
        }
      }
      // Most characters are no list's one-unit word: one bit test, not a loop over the lists (the
      // loop at every starting character allocated ~10 bytes per character of text, per V8's heap profile).
      if ((this.singles[code >> 5]! & (1 << (code & 31))) === 0) continue;
      for (let w = 0; w < withSingles.length; w++) {
        const list = withSingles[w]!;
        if (matched & (1 << list) || i < free[list]! || !scanners[list]!.isSingle(code)) continue;
        found[list]!.push({ index: i, word: text[i]! });
        free[list] = i + 1;
      }
    }
    return found;
  }
}
