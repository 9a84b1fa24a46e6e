/**
 * Finding the words of a lexicon list in a text. A global RegExp of their alternation (longest
 * first) tries every alternative at every position, which on 100 head words is most of an
 * extractor's time; this finds the same matches (leftmost, longest, not overlapping) with one
 * table look-up per character.
 */

export interface WordMatch {
  index: number;
  word: string;
}

export class WordScanner {
  /** Words of two or more code units by their first two, longest first. */
  private readonly byPair = new Map<number, string[]>();
  /** Words of one code unit. */
  private readonly singles = new Set<number>();
  /** Code units that start a word. */
  private readonly starts = new Uint8Array(65536);

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word.length === 0) continue;
      this.starts[word.charCodeAt(0)] = 1;
      if (word.length === 1) {
        this.singles.add(word.charCodeAt(0));
        continue;
      }
      const key = word.charCodeAt(0) * 65536 + word.charCodeAt(1);
      const list = this.byPair.get(key);
      if (list) list.push(word);
      else this.byPair.set(key, [word]);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The first match at or after `from`, or null. */
  next(text: string, from = 0): WordMatch | null {
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.starts[code] === 0) continue;
      const list = i + 1 < text.length ? this.byPair.get(code * 65536 + text.charCodeAt(i + 1)) : undefined;
      if (list) for (const word of list) if (text.startsWith(word, i)) return { index: i, word };
      if (this.singles.has(code)) return { index: i, word: text[i]! };
    }
    return null;
  }

  /** Every match, left to right, each starting after the one before ends. */
  *matches(text: string): Generator<WordMatch> {
    for (let m = this.next(text); m; m = this.next(text, m.index + m.word.length)) yield m;
  }
}
