/**
 * Names found by a strong pattern are recognised everywhere else in this document (之江有机硅
 * named in a list, then again as a subject); the rest of the corpus is swept in sweep.ts.
 * Streets and officials have their own sweeps; this one covers projects, enterprises, programs.
 */
import type { Extractor } from './context.ts';

const SWEPT = ['Project', 'Enterprise', 'Program'];
const hasQuote = (name: string) => name.includes('“') || name.includes('”');

/**
 * Where each of `words` occurs in `text` (overlapping occurrences too), in one pass: a document
 * names a dozen or more of them, and a search of the whole text for each costs a dozen passes.
 */
function occurrencesOf(text: string, words: string[]): Map<string, number[]> {
  const byFirst = new Map<number, string[]>();
  for (const word of words) {
    const list = byFirst.get(word.charCodeAt(0));
    if (list) list.push(word);
    else byFirst.set(word.charCodeAt(0), [word]);
  }
  // A bit per first code unit, hashed into 1024: most characters start none of the words.
  const firsts = new Array<number>(32).fill(0);
  for (const code of byFirst.keys()) firsts[(code >> 5) & 31]! |= 1 << (code & 31);
  const found = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((firsts[(code >> 5) & 31]! & (1 << (code & 31))) === 0) continue;
    for (const word of byFirst.get(code) ?? []) {
      if (!text.startsWith(word, i)) continue;
      const at = found.get(word);
      if (at) at.push(i);
      else found.set(word, [i]);
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
