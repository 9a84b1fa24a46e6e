/**
 * Names found by a strong pattern are recognised everywhere else in this document (之江有机硅
 * named in a list, then again as a subject); the rest of the corpus is swept in sweep.ts.
 * Streets and officials have their own sweeps; this one covers projects, enterprises, programs.
 */
import type { Extractor } from './context.ts';

const SWEPT = ['Project', 'Enterprise', 'Program'];
const hasQuote = (name: string) => name.includes('“') || name.includes('”');

/**
 * The code units that start one of `occurrencesOf`'s words, a bit each (8 KB: it stays in cache
 * while a text is read), and for each such unit 1 + the index of its words' list (read only where
 * the bit is set). Shared by every call and cleared after each: a Map look-up per character that
 * starts a name (a tenth of a text's characters: names open with common ones, 萧, 新, 杭…) cost
 * more than the scan.
 */
const firstBits = new Int32Array(65536 >> 5);
const listOfFirst = new Int32Array(65536);

/**
 * Where each of `words` occurs in `text` (overlapping occurrences too), in one pass: a document
 * names a dozen or more of them, and a search of the whole text for each costs a dozen passes.
 * Every word has two code units or more.
 */
function occurrencesOf(text: string, words: string[]): Map<string, number[]> {
  const lists: string[][] = [];
  for (const word of words) {
    const first = word.charCodeAt(0);
    firstBits[first >> 5]! |= 1 << (first & 31);
    if (listOfFirst[first] === 0) listOfFirst[first] = lists.push([word]);
    else lists[listOfFirst[first]! - 1]!.push(word);
  }
  const found = new Map<string, number[]>();
  try {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((firstBits[code >> 5]! & (1 << (code & 31))) === 0) continue;
      // (The second code unit before `startsWith`: most places where a name's first character
      // stands start another word.)
      const second = text.charCodeAt(i + 1);
      for (const word of lists[listOfFirst[code]! - 1]!) {
        if (word.charCodeAt(1) !== second || !text.startsWith(word, i)) continue;
        const at = found.get(word);
        if (at) at.push(i);
        else found.set(word, [i]);
      }
    }
  } finally {
    for (const word of words) {
      const first = word.charCodeAt(0);
      firstBits[first >> 5] = 0;
      listOfFirst[first] = 0;
    }
  }
  return found;
}

export const extractKnownNames: Extractor = {
  id: 'known',
  run(ctx) {
    const names = new Map<string, { type: string; name: string }>();
    for (const e of ctx.entities) {
      if (!SWEPT.includes(e.type) || !e.strong) continue;
      // A program found once by pattern (城郊接合部环境整治 in a list) is that program elsewhere too.
      const min = e.type === 'Program' ? 4 : 2;
      if (e.name.length >= min && !hasQuote(e.name)) names.set(e.name, e);
      for (const n of e.aliases ?? []) if (n.length >= min && !hasQuote(n)) names.set(n, e);
    }
    if (names.size === 0) return;
    const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
    const occurrences = occurrencesOf(ctx.text, sorted);
    for (const surface of sorted) {
      const target = names.get(surface)!;
      for (const at of occurrences.get(surface) ?? []) {
        const end = at + surface.length;
        if (ctx.isExcluded(at)) continue;
        // An occurrence inside a name of its type, a street or an official is no new mention.
        if (ctx.overlapped(at, end, [target.type, 'Street', 'Official'])) continue;
        if (!ctx.isTokenStart(at)) continue;
        ctx.addEntity({ type: target.type, name: target.name, start: at, end, aliases: surface === target.name ? [] : [surface] });
      }
    }
  },
};
