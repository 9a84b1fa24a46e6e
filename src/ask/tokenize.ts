/**
 * A question cut into tokens: names of the graph, grammar words, numbers, and what is neither
 * (unknown text: a name the graph does not hold, or a phrasing the grammar does not know).
 * Longest match first at each position; a name beats a grammar word of the same length.
 */
import { isPlaceName, lookupStreet } from '../extract/divisions.ts';
import { lexicon as extractionLexicon } from '../extract/lexicon.ts';
import type { EntityType } from '../types.ts';
import type { Grammar, GrammarWord } from './grammar.ts';
import { lookup, normalizeWithOffsets, type Lexicon, type LexiconEntry } from './lexicon.ts';

export type Token =
  | { kind: 'entity'; text: string; mention: string; candidates: LexiconEntry[] }
  | { kind: 'word'; text: string; word: GrammarWord }
  | { kind: 'number'; text: string; value: number }
  /** `hint`: a suffix or the national list of streets says what it is; `guess`: it looks like a district's or a person's name. */
  | { kind: 'unknown'; text: string; mention: string; hint?: EntityType; guess?: EntityType };

/** Unknown text that may be a name: two characters or more, letters among them (not 😀 or ？). */
export function nameLike(text: string): boolean {
  return text.length >= 2 && /\p{L}/u.test(text);
}

type Step = { length: number; token: (from: number) => Token };
/** Best cut of s[0..i]: fewest unknown characters, then fewest tokens. */
type Best = { unknown: number; tokens: number; step: Step | null; from: number };

const CLASSIFIERS = '个项家位条所';

/**
 * Tokens of a question, in order; mentions are spelt as the user wrote them. The cut leaves the
 * fewest characters unknown, then uses the fewest tokens (longer names and words): 在推进 is
 * 在 + 推进, not 在推 + an unknown 进. Where a name and a word cover the same text, the name wins.
 */
export function tokenize(question: string, lexicon: Lexicon, grammar: Grammar): Token[] {
  const { text: s, offsets, ends } = normalizeWithOffsets(question);
  const original = (start: number, end: number) => question.slice(offsets[start], ends[end - 1]);
  const best: Best[] = [{ unknown: 0, tokens: 0, step: null, from: 0 }];
  for (let i = 1; i <= s.length; i++) best.push({ unknown: Infinity, tokens: Infinity, step: null, from: 0 });
  const offer = (from: number, step: Step, unknown: number) => {
    const to = from + step.length;
    const u = best[from]!.unknown + unknown;
    const t = best[from]!.tokens + 1;
    const b = best[to]!;
    if (u < b.unknown || (u === b.unknown && t < b.tokens)) best[to] = { unknown: u, tokens: t, step, from };
  };
  for (let i = 0; i < s.length; i++) {
    if (best[i]!.unknown === Infinity) continue;
    for (let length = Math.min(lexicon.maxLength, s.length - i); length >= 2; length--) {
      const text = s.slice(i, i + length);
      const candidates = lookup(lexicon, text);
      if (candidates) offer(i, { length, token: (from) => ({ kind: 'entity', text, mention: original(from, from + length), candidates }) }, 0);
    }
    // A program known nationally but not in the graph (垃圾分类, 共同富裕): a name, reported missing.
    for (let length = Math.min(grammar.knownProgramLength, s.length - i); length >= 2; length--) {
      const text = s.slice(i, i + length);
      if (grammar.knownPrograms.has(text)) offer(i, { length, token: (from) => ({ kind: 'unknown', text, mention: original(from, from + length), hint: 'Program' }) }, 0);
    }
    for (let length = Math.min(grammar.maxLength, s.length - i); length >= 1; length--) {
      const word = grammar.words.get(s.slice(i, i + length));
      if (word) offer(i, { length, token: () => ({ kind: 'word', text: word.text, word }) }, 0);
    }
    const digits = /^\d+/.exec(s.slice(i, i + 6));
    if (digits) offer(i, { length: digits[0].length, token: () => ({ kind: 'number', text: digits[0], value: Number(digits[0]) }) }, 0);
    // A numeral counts before a classifier (三个, 两项); elsewhere it is part of a name (张三).
    const numeral = grammar.numbers.get(s[i]!);
    if (numeral && CLASSIFIERS.includes(s[i + 1] ?? '')) offer(i, { length: 1, token: () => ({ kind: 'number', text: s[i]!, value: numeral }) }, 0);
    // One character unknown (a whole code point: 𠀀 is two code units).
    const unit = s.codePointAt(i)! > 0xffff ? 2 : 1;
    offer(i, { length: unit, token: (from) => ({ kind: 'unknown', text: s.slice(from, from + unit), mention: original(from, from + unit) }) }, 1);
  }
  const steps: Token[] = [];
  for (let i = s.length; i > 0; i = best[i]!.from) steps.push(best[i]!.step!.token(best[i]!.from));
  return qualifyPlaces(attachSuffixes(mergeUnknown(steps.reverse()), grammar));
}

/** Unknown characters in a row are one unknown text; a one-character word between two is part of it (张家港), but not 和 (三星羽绒和洪泉良). */
function mergeUnknown(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (t.kind === 'unknown' && prev?.kind === 'unknown') {
      out[out.length - 1] = { ...prev, text: prev.text + t.text, mention: prev.mention + t.mention };
    } else if (t.kind === 'word' && t.text.length === 1 && !t.word.type && !t.word.classes.has('and') && prev?.kind === 'unknown' && (next?.kind === 'unknown' || prev.text.length === 1)) {
      // 张家港 (张 + 家 + 港), 华为 (华 + 为): a one-character word inside an unknown name.
      out[out.length - 1] = { ...prev, text: prev.text + t.text, mention: prev.mention + t.text };
    } else out.push(t);
  }
  return out;
}

const PLACE_HINT: Record<string, EntityType> = { 区: 'District', 县: 'District', 市: 'District' };

/**
 * Suffixes that belong to a name: 瓜沥 + 镇 is one unknown name, 三星羽绒 + 公司 is the company,
 * but 城厢 (城厢街道's short form) + 镇 is 城厢镇, another place, which the graph does not hold.
 */
function attachSuffixes(tokens: Token[], grammar: Grammar): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (t.kind === 'word' && prev) {
      const street = grammar.streetSuffixes.includes(t.text);
      const company = grammar.enterpriseSuffixes.includes(t.text);
      const place = PLACE_HINT[t.text];
      if (prev.kind === 'unknown' && (street || company || place || t.text === '项目')) {
        const hint: EntityType = street ? 'Street' : company ? 'Enterprise' : place ?? 'Project';
        out[out.length - 1] = { ...prev, text: prev.text + t.text, mention: prev.mention + t.text, hint };
        continue;
      }
      if (prev.kind === 'entity' && company && prev.candidates.every((c) => c.type === 'Enterprise')) {
        out[out.length - 1] = { ...prev, mention: prev.mention + t.text };
        continue;
      }
      if (prev.kind === 'entity' && street && prev.candidates.every((c) => c.type === 'Street')) {
        const whole = prev.text + t.text;
        if (!prev.candidates.some((c) => c.name === whole)) {
          out[out.length - 1] = { kind: 'unknown', text: whole, mention: prev.mention + t.text, hint: 'Street' };
          continue;
        }
      }
    }
    if (t.kind === 'unknown' && !t.hint) {
      if (lookupStreet(t.text).length > 0) out.push({ ...t, hint: 'Street' });
      else if (isPlaceName(t.text)) out.push({ ...t, guess: 'District' });
      else out.push(personLike(t.text) ? { ...t, guess: 'Official' } : t);
      continue;
    }
    out.push(t);
  }
  return out;
}

/** A surname and one or two more characters (王五, 欧阳明): a person the graph may not hold. */
function personLike(text: string): boolean {
  const people = extractionLexicon().people;
  const surname = people.compoundSurnames.find((s) => text.startsWith(s)) ?? (people.surnames.has(text[0]!) ? text[0]! : '');
  const rest = text.length - surname.length;
  return surname !== '' && rest >= 1 && rest <= 2 && /^[\u4e00-\u9fff]+$/.test(text);
}

/** Does `place` (萧山, 萧山区, 杭州) name the district or city a street is in? */
function placeOf(street: LexiconEntry, place: string): boolean {
  return (street.places ?? []).some((p) => p === place || (p.startsWith(place) && p.length - place.length === 1 && place.length >= 2));
}

/**
 * A district or city before a street (萧山城厢街道, 萧山区宁围街道) says which street: the one
 * there is kept and the place dropped; if the graph's street of that name is elsewhere (太仓城厢镇
 * against 萧山's), the whole is a place the graph does not hold.
 */
function qualifyPlaces(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const place = t.kind === 'unknown' ? t.text : t.kind === 'entity' && t.candidates.every((c) => c.type === 'District') ? t.text : null;
    const isPlace = place !== null && (t.kind === 'entity' || isPlaceName(place));
    if (isPlace && next?.kind === 'unknown' && next.hint === 'Street') {
      out.push({ ...next, text: place + next.text, mention: ('mention' in t ? t.mention : t.text) + next.mention });
      i++;
      continue;
    }
    const streets = next?.kind === 'entity' ? next.candidates.filter((c) => c.type === 'Street') : [];
    if (!isPlace || !next || next.kind !== 'entity' || streets.length === 0) {
      out.push(t);
      continue;
    }
    const there = streets.filter((c) => placeOf(c, place));
    const mention = ('mention' in t ? t.mention : t.text) + next.mention;
    if (there.length) out.push({ ...next, mention, candidates: there });
    else out.push({ kind: 'unknown', text: place + next.text, mention, hint: 'Street' });
    i++;
  }
  return out;
}
