/**
 * Streets (街道/镇/乡): full names checked against the national list, or by a strong pattern
 * (`X街道党工委`, `X镇人民政府`) for names newer than the list; then, once a full name is known
 * in the document, its short form (新塘 for 新塘街道) at word boundaries.
 */
import { chooseDivision, lookupStreet, mayBeListedStem } from './divisions.ts';
import type { Extractor } from './context.ts';
import { HAN } from './chars.ts';

const SUFFIX = /街道|镇|乡/g;
/** Words before 镇/乡/街道 that make a common noun, never a name. */
const NOT_A_NAME = /^(各|全|该|本|两|多|个|城|集|村|小|名|重|乡|市|区|县|省|一|新型|特色|美丽|城乡|农村|此|每|所在|周边|中心|属地|辖区|有关|相关|沿线|街|镇)/;
const STRONG_AFTER = /^(党工委|党委|办事处|人民政府|政府|纪工委|人大)/;
/** A name found by the pattern never starts with a function word (在党湾镇, 任盈丰街道, 的宁围街道). */
const FUNCTION_CHAR = /^[在的任原由与和及对从向将把被为是经于新设撤]/;

export function streetKind(name: string): '街道' | '镇' | '乡' {
  return name.endsWith('街道') ? '街道' : name.endsWith('镇') ? '镇' : '乡';
}

/** The short form of a street name (新塘街道 → 新塘), or null when too short to be safe. */
export function shortStreetName(name: string): string | null {
  const short = name.replace(/(街道|镇|乡)$/, '');
  return short.length >= 2 ? short : null;
}

/**
 * A town turned subdistrict (钱清镇 → 钱清街道) keeps its old name in older articles: a name not
 * in the list whose other form is listed in a district the document names is that division.
 */
function renamedDivision(name: string, docText: string): boolean {
  if (name.length < 3) return false;
  const stem = name.replace(/(街道|镇|乡)$/, '');
  return ['街道', '镇', '乡'].some((kind) => {
    const other = stem + kind;
    if (other === name) return false;
    const chosen = chooseDivision(other, docText);
    return chosen !== null && !chosen.ambiguous;
  });
}

/** Does `name` occur at least twice (not overlapping) in `text`? */
function occursTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}

export const extractStreets: Extractor = {
  id: 'streets',
  run(ctx) {
    const { text } = ctx;
    const found = new Set<string>();
    for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
      const end = m.index + m[0].length;
      // 镇 followed by 街 is 镇街 (towns and subdistricts); 乡 followed by 镇/村 is a common noun.
      if (m[0] === '镇' && /^[街长]/.test(text.slice(end, end + 1)) && !STRONG_AFTER.test(text.slice(end, end + 4))) continue;
      if (m[0] === '乡' && /^[镇村土亲]/.test(text.slice(end, end + 1))) continue;
      let listedBest: { start: number; name: string } | null = null;
      let patternBest: { start: number; name: string } | null = null;
      const strongAfter = STRONG_AFTER.test(text.slice(end, end + 4));
      for (let len = 1; len <= 6 && m.index - len >= 0; len++) {
        const start = m.index - len;
        if (!HAN.at(text, start)) break;
        const stemListed = mayBeListedStem(text, m.index, len);
        // A name found by the pattern: two or three characters before a title word.
        const patterned = strongAfter && len >= 2 && len <= 3;
        // Neither in the list nor after a title word: no name of this length (most stems).
        if (!stemListed && !patterned) continue;
        const name = text.slice(start, end);
        const listed = stemListed && lookupStreet(name).length > 0;
        if (!listed && len >= 2 && stemListed && renamedDivision(name, text)) {
          listedBest = { start, name };
        } else if (listed) {
          // A listed name in a district the document names may start inside a jieba word (经过钱清镇).
          const placed = chooseDivision(name, text);
          if ((placed && !placed.ambiguous && len >= 2) || ctx.isTokenStart(start)) listedBest = { start, name };
        } else if (patterned && !NOT_A_NAME.test(name) && !FUNCTION_CHAR.test(name) && ctx.isTokenStart(start)) {
          patternBest = { start, name };
        }
      }
      const best = listedBest ?? patternBest;
      if (!best || ctx.isExcluded(best.start)) continue;
      const chosen = chooseDivision(best.name, text);
      // A listed name in no district the text names, used once without a title after it, is a
      // common phrase (绍兴古城的中心街道之一), not that far-away street.
      if (listedBest && chosen?.ambiguous && !strongAfter && !occursTwice(text, best.name) && !ctx.title.includes(best.name)) continue;
      const props: Record<string, unknown> = { kind: streetKind(best.name) };
      if (chosen && !chosen.ambiguous) {
        props.district = chosen.division.district;
        props.city = chosen.division.city;
        props.code = chosen.division.code;
      }
      found.add(best.name);
      ctx.addEntity({ type: 'Street', name: best.name, start: best.start, end, props, strong: true });
    }
    // Short forms, once the full name is known in this document.
    const shortForms: { name: string; short: string; at: number }[] = [];
    for (const name of found) {
      const short = shortStreetName(name);
      if (!short) continue;
      for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
        const end = at + short.length;
        if (text.startsWith(name.slice(short.length), end)) continue; // the full form itself
        // 新街 inside 新街道 is not 新街街道; a short form must not run on into another street suffix.
        if (/^(街道|镇|乡|区|市|县)/.test(text.slice(end, end + 2)) && !/^(街道|镇|乡)/.test(name.slice(short.length))) continue;
        if (text[end] === '道' || ctx.isExcluded(at)) continue;
        shortForms.push({ name, short, at });
      }
    }
    // What is left must start a word: the clauses of all of them segmented in one go.
    ctx.prefetchBoundaries(shortForms.map((f) => f.at));
    for (const { name, short, at } of shortForms) {
      if (!ctx.isTokenStart(at)) continue;
      ctx.addEntity({ type: 'Street', name, start: at, end: at + short.length, aliases: [short], props: { kind: streetKind(name) } });
    }
  },
};
