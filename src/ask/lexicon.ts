/**
 * The graph's names as a dictionary for questions: every name, alias, full and trade name, and
 * the short forms people write (新塘 for 新塘街道, 三星羽绒 for 浙江三星羽绒股份有限公司,
 * 大综合一体化 for 大综合一体化行政执法改革). A hash map from normalised surface to entities, so
 * linking a question costs a few hundred look-ups whatever the graph's size.
 */
import type { EntityType } from '../types.ts';
import type { Grammar } from './grammar.ts';

/** What linking needs of an entity: the JSON export and Neo4j both give it. */
export interface NameRow {
  id: string;
  type: string;
  name: string;
  aliases?: string[] | null;
  fullName?: string | null;
  tradeName?: string | null;
  /** A street's district and city (props), to read 萧山城厢街道 as 城厢街道 of 萧山区 and no other. */
  district?: string | null;
  city?: string | null;
}

export interface LexiconEntry {
  id: string;
  type: EntityType;
  name: string;
  /** Where a street is: its district and city, when the graph knows them. */
  places?: string[];
}

/** How a surface names an entity: its own name or alias beats a short form we derived. */
export const enum Strength {
  Derived = 1,
  Given = 2,
}

interface Candidates {
  strength: Strength;
  entries: LexiconEntry[];
}

export interface Lexicon {
  keys: Map<string, Candidates>;
  maxLength: number;
  size: number;
}

/** Quotes, spaces and punctuation out, full-width folded: how names and questions are compared. */
export function normalizeText(text: string): string {
  return normalizeWithOffsets(text).text;
}

/** Emoji and other symbols say nothing a question needs. */
const SYMBOL = /^[\p{So}\p{Sk}\p{Cs}]$/u;
const DROPPED = /[\s"'“”‘’「」『』《》〈〉()()·・,，。.、:：;；!！?？\-—_~〜…]/u;

/**
 * The normalised text and, for each of its code units, where the character it comes from starts
 * and ends in the original: mentions are reported as the user wrote them.
 */
export function normalizeWithOffsets(text: string): { text: string; offsets: number[]; ends: number[] } {
  let out = '';
  const offsets: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const point = String.fromCodePoint(text.codePointAt(i)!);
    const folded = point.normalize('NFKC').toLowerCase();
    if (!DROPPED.test(folded) && !SYMBOL.test(point)) {
      for (let k = 0; k < folded.length; k++) {
        out += folded[k];
        offsets.push(i);
        ends.push(i + point.length);
      }
    }
    i += point.length;
  }
  return { text: out, offsets, ends };
}

function stripSuffix(name: string, suffixes: string[], minRest: number): string | null {
  for (const s of suffixes) if (name.endsWith(s) && name.length - s.length >= minRest) return name.slice(0, name.length - s.length);
  return null;
}

/** Short forms of a name that the graph does not list but people write. */
function derivedForms(row: NameRow, grammar: Grammar): string[] {
  const name = normalizeText(row.name);
  const out: string[] = [];
  const push = (s: string | null) => s && out.push(s);
  if (row.type === 'Street') push(stripSuffix(name, grammar.streetSuffixes, 2));
  if (row.type === 'Enterprise') for (const n of [name, ...(row.aliases ?? []).map(normalizeText)]) push(stripSuffix(n, grammar.enterpriseSuffixes, 2));
  // A program's core needs three characters: 改革 off 大综合一体化改革, never a two-character word.
  if (row.type === 'Program') push(stripSuffix(name, grammar.programCores, 3));
  if (row.type === 'Project') push(stripSuffix(name, ['项目'], 3));
  return out;
}

function add(keys: Map<string, Candidates>, key: string, entry: LexiconEntry, strength: Strength): void {
  if (key.length < 2) return;
  const hit = keys.get(key);
  if (!hit || hit.strength < strength) keys.set(key, { strength, entries: [entry] });
  else if (hit.strength === strength && !hit.entries.some((e) => e.id === entry.id)) hit.entries.push(entry);
}

/** The dictionary of names; entities of a type zhenjie does not know are left out. */
export function buildLexicon(rows: Iterable<NameRow>, grammar: Grammar): Lexicon {
  const keys = new Map<string, Candidates>();
  let size = 0;
  for (const row of rows) {
    const entry: LexiconEntry = { id: row.id, type: row.type as EntityType, name: row.name };
    const places = [row.district, row.city].filter((p): p is string => !!p);
    if (places.length) entry.places = places;
    size++;
    const given = [row.name, ...(row.aliases ?? []), row.fullName, row.tradeName].filter((s): s is string => !!s);
    for (const s of given) add(keys, normalizeText(s), entry, Strength.Given);
    for (const s of derivedForms(row, grammar)) add(keys, s, entry, Strength.Derived);
  }
  // A grammar word is never a short form: 工作 or 集团 alone name no entity.
  for (const [key, hit] of keys) if (hit.strength === Strength.Derived && grammar.words.has(key)) keys.delete(key);
  let maxLength = 0;
  for (const key of keys.keys()) if (key.length > maxLength) maxLength = key.length;
  return { keys, maxLength, size };
}

/** The entities a normalised surface names, or none. */
export function lookup(lexicon: Lexicon, key: string): LexiconEntry[] | undefined {
  return lexicon.keys.get(key)?.entries;
}
