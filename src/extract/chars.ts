/**
 * Character-class tests of words, by a table per UTF-16 code unit filled on first sight. The
 * name scans ask them of every word left of every candidate head, where a Unicode-property
 * RegExp per word cost more than the rest of the scan.
 */

/** Whether every character of a word (`every`) or some (`some`) is of the class of `oneChar`. */
export interface CharClass {
  every(word: string): boolean;
  some(word: string): boolean;
  /** `some(text[i])` without making the one-character string (false outside the text). */
  at(text: string, i: number): boolean;
}

/** A class from a RegExp matching one character (`/^[\p{Script=Han}A-Z]$/u`). */
export function charClass(oneChar: RegExp): CharClass {
  const verdicts = new Uint8Array(65536); // 0 unknown, 1 in the class, 2 not, 3 a surrogate
  const verdict = (word: string, i: number): number => {
    const code = word.charCodeAt(i);
    let v = verdicts[code]!;
    if (v === 0) verdicts[code] = v = code >= 0xd800 && code <= 0xdfff ? 3 : oneChar.test(word[i]!) ? 1 : 2;
    return v;
  };
  // A surrogate pair is one character to a `u` pattern: words with one are left to the pattern.
  const inner = oneChar.source.replace(/^\^|\$$/g, '');
  const whole = new RegExp(`^(?:${inner})+$`, oneChar.flags);
  const any = new RegExp(inner, oneChar.flags);
  return {
    every(word) {
      if (word.length === 0) return false;
      for (let i = 0; i < word.length; i++) {
        const v = verdict(word, i);
        if (v === 3) return whole.test(word);
        if (v === 2) return false;
      }
      return true;
    },
    some(word) {
      for (let i = 0; i < word.length; i++) {
        const v = verdict(word, i);
        if (v === 3) return any.test(word);
        if (v === 1) return true;
      }
      return false;
    },
    at(text, i) {
      if (i < 0 || i >= text.length) return false;
      const v = verdict(text, i);
      return v === 3 ? any.test(text[i]!) : v === 1;
    },
  };
}

/** Han characters. */
export const HAN = charClass(/^\p{Script=Han}$/u);
