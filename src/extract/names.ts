/**
 * Personal names at a position: a surname (single or compound) and one or two more characters,
 * with word boundaries from jieba deciding between two and three characters. Layout spaces inside
 * a name (`程 亮`) are allowed; the name is returned without them.
 */
import { lexicon } from './lexicon.ts';
import type { DocContext } from './context.ts';
import { HAN } from './chars.ts';
import { tagSpan, tagWord } from './spans.ts';
import { isWordBreak } from '../segment/index.ts';

export interface NameMatch {
  name: string;
  start: number;
  end: number;
}

/** One-character words that follow a name and never end one (other words are told by jieba). */
const AFTER_NAME = new Set([...'在说等和与及的将也还都就对为是要已到来去一率带任同作']);

/** 明年, 今年, 年底: times of the year, which a surname-like verb before them (谈明年) makes no name of. */
const YEAR_WORD = /^(?:[明今去前后来当全]年|年[底初中内末])$/;

/** A count and its measure word (一个, 两名, 几位) in the place of a given name. */
const COUNTED_GIVEN = /^[一二两三四五六七八九十几][个名位批些项家支条种座]$/;
const NUMERALS = new Set([...'一二两三四五六七八九十几'].map((c) => c.charCodeAt(0)));

/** Function words jieba glues to a name's last character (平等 in 沈立平等参加); 陪同, 带领 are words of their own. */
const GLUED_AFTER = new Set([...'等和与及在说作']);

/** By code unit: bits for a one-character surname, the first of a compound one, a rare surname. */
let surnameCodes: Uint8Array | null = null;
const SINGLE_SURNAME = 1;
const COMPOUND_START = 2;
const RARE_SURNAME = 4;

/** The length of the surname at `at` (compound ones first), or 0: no name but a Tibetan one starts where none does. */
export function surnameLength(text: string, at: number): number {
  const { people } = lexicon();
  if (!surnameCodes) {
    surnameCodes = new Uint8Array(65536);
    for (const s of people.surnames) if (s.length === 1) surnameCodes[s.charCodeAt(0)]! |= SINGLE_SURNAME;
    for (const c of people.compoundSurnames) if (c.length > 0) surnameCodes[c.charCodeAt(0)]! |= COMPOUND_START;
    for (const s of people.rareSurnames) surnameCodes[s.charCodeAt(0)]! |= SINGLE_SURNAME | RARE_SURNAME;
  }
  // By code unit, as `surnames.has(text[at])` would, without making the one-character string; the
  // compound surnames are tried only where one starts (most characters start none).
  // (startsWith reads a position before the text as its start.)
  if (at < text.length && surnameCodes[text.charCodeAt(Math.max(0, at))]! & COMPOUND_START) {
    for (const c of people.compoundSurnames) if (text.startsWith(c, at)) return c.length;
  }
  return at >= 0 && at < text.length && surnameCodes[text.charCodeAt(at)]! & SINGLE_SURNAME ? 1 : 0;
}

/** Han characters from `start`, skipping single layout spaces, up to `max` characters. */
function hanRun(text: string, start: number, max: number): { chars: string[]; ends: number[] } {
  const chars: string[] = [];
  const ends: number[] = [];
  let i = start;
  while (chars.length < max && i < text.length) {
    // `程 亮`: a layout space between a one-character surname and a one-character given name.
    if (text[i] === ' ' && chars.length === 1 && HAN.at(text, i + 1) && !HAN.at(text, i + 2)) {
      i++;
      continue;
    }
    if (!HAN.at(text, i)) break;
    chars.push(text[i]!);
    ends.push(i + 1);
    i++;
  }
  return { chars, ends };
}

const ROAD_SIDE = /^(?:以[东南西北]|[东南西北]侧|沿线|两侧|交叉|路口|段)/;

/** A name starting exactly at `start`, or null. */
export function nameAt(ctx: DocContext, start: number): NameMatch | null {
  const { text } = ctx;
  const { people } = lexicon();
  const sl = surnameLength(text, start);
  if (!sl) return tibetanNameAt(text, start);
  if (sl === 1 && surnameCodes![text.charCodeAt(start)]! & RARE_SURNAME && !rareSurnameStandsAlone(ctx, start)) return null;
  const run = hanRun(text, start, sl + 2);
  if (run.chars.length < sl + 1) return null;
  const spaced = run.ends[run.ends.length - 1]! - start > run.chars.length;
  let length = Math.min(run.chars.length, sl + 2);
  if (length === sl + 2 && !spaced) {
    // Prefer the jieba word: a two-character name ends where a word ends and the third character starts another.
    const twoEnd = run.ends[sl]!;
    const third = run.chars[sl + 1]!;
    // The third character belongs to the name unless it starts the next word (叶敏介绍, 王敏表示).
    const thirdAt = twoEnd;
    // (Its words are not asked for when the third character ends the name whatever they are, nor
    // when a character jieba never joins follows it, as after a credit's name (记者 某某某 通讯员…):
    // no word starting at it runs on. The clause is then not segmented to ask.)
    const next = AFTER_NAME.has(third) || isWordBreak(text, thirdAt + 1) ? undefined : ctx.tokenAt(thirdAt);
    // …but a word of the third character and a function word after the name (沈立平等: 平等) is jieba gluing them.
    const glued = next !== undefined && next.word.length === 2 && GLUED_AFTER.has(next.word[1]!);
    // …and a stretch jieba does not know as a word (平任 in 沈立平任总指挥, tagged x) starts none.
    const startsWord = next !== undefined && next.start === thirdAt && next.word.length >= 2 && !glued && tagWord(next.word)[0]?.tag !== 'x';
    if (AFTER_NAME.has(third) || startsWord) length = sl + 1;
  }
  const name = run.chars.slice(0, length).join('');
  if (people.notNames.has(name) || people.notNames.has(name.slice(sl))) return null;
  // 主任谈明年攻坚: a year said after a verb that is also a surname (谈, 于, 向) is no given name.
  if (YEAR_WORD.test(name.slice(sl))) return null;
  // 书记谈谈…, 看看: a verb said twice is no surname and a given name.
  if (name.length === 2 && name[0] === name[1] && tagWord(name)[0]?.tag.startsWith('v')) return null;
  // 和一个, 和一名: a count after a conjunction that is also a surname is no given name.
  if (name.length === sl + 2 && NUMERALS.has(name.charCodeAt(sl)) && COUNTED_GIVEN.test(name.slice(sl))) return null;
  if (!spaced && isVerbPhrase(ctx, start, sl, length)) return null;
  if (!spaced && isConjoinedWord(ctx, start, sl)) return null;
  // 长康路以北: a road's name, where the places around it are said, is no person's (镇长 康路).
  if (/[路街巷桥]$/.test(name) && ROAD_SIDE.test(text.slice(run.ends[length - 1]!, run.ends[length - 1]! + 3))) return null;
  return { name, start, end: run.ends[length - 1]! };
}

/**
 * 扎西次仁, 洛桑多吉: a Tibetan name has no surname; it is two given names of two syllables each,
 * from the common ones (a list in the lexicon), where a surname-led name would be read.
 */
function tibetanNameAt(text: string, start: number): NameMatch | null {
  const { tibetanSyllables } = lexicon().people;
  if (!tibetanSyllables.has(text.slice(start, start + 2)) || !tibetanSyllables.has(text.slice(start + 2, start + 4))) return null;
  return { name: text.slice(start, start + 4), start, end: start + 4 };
}

/** A name ending exactly at `end` (as in a roster `NAME(TITLE)`), or null. */
export function nameBefore(ctx: DocContext, end: number): NameMatch | null {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    // The name must start at a boundary: text start, punctuation, a closing bracket, a blank.
    if (HAN.at(ctx.text, start - 1)) continue;
    const m = nameAt(ctx, start);
    if (m && m.end === end) return m;
  }
  return null;
}

/**
 * 冒佳音, 谯敏: a rare surname starts a name only where jieba reads it alone or in a word it does
 * not know (谯敏/x); where it reads a word of its dictionary (冒雨, 拓宽 — even one it tags nr), the
 * character starts that word, not a name.
 */
function rareSurnameStandsAlone(ctx: DocContext, start: number): boolean {
  const word = ctx.tokenAt(start);
  if (!word || word.start !== start || word.end === start + 1) return true;
  const tags = tagWord(word.word);
  return tags.length === 1 && tags[0]!.tag === 'x';
}

let verbSurnameSet: Set<string> | null = null;
/** The single-character surnames that jieba tags as verbs on their own (谈, 管…), found once. */
function verbSurnames(): Set<string> {
  verbSurnameSet ??= new Set([...lexicon().people.surnames].filter((s) => s.length === 1 && tagWord(s)[0]?.tag === 'v'));
  return verbSurnameSet;
}

/**
 * 书记和重点项目负责人, 部署和重点项目: 和 (a surname too) that jieba reads as a conjunction, before
 * a word of the dictionary that is no name (重点项目/n), joins two things; it opens no name.
 */
function isConjoinedWord(ctx: DocContext, start: number, surname: number): boolean {
  if (surname !== 1 || !CONJUNCTION_SURNAMES.has(ctx.text.charCodeAt(start))) return false;
  const first = ctx.tokenAt(start);
  const rest = ctx.tokenAt(start + 1);
  if (!first || !rest || first.start !== start || first.end !== start + 1 || rest.start !== start + 1 || rest.word.length < 2) return false;
  const tag = tagWord(rest.word)[0]?.tag ?? 'x';
  return tagWord(first.word)[0]?.tag === 'c' && tag !== 'x' && !tag.startsWith('nr');
}
const CONJUNCTION_SURNAMES = new Set([...'和及同'].map((c) => c.charCodeAt(0)));

/**
 * 镇街书记谈发展: a surname that is also a verb (谈, 管), cut off by jieba and tagged a verb,
 * before one word that is a verb or a verbal noun (发展), is a verb phrase, not a name. Names
 * jieba splits keep a name tag on their surname (陈/nr 海峰, 孙/zg 永明).
 */
function isVerbPhrase(ctx: DocContext, start: number, surname: number, length: number): boolean {
  // Only surnames jieba tags a verb by themselves can be (asked of the words only for those).
  if (surname !== 1 || !verbSurnames().has(ctx.text[start]!)) return false;
  const first = ctx.tokenAt(start);
  const rest = ctx.tokenAt(start + surname);
  if (!first || !rest || first.start !== start || first.end !== start + surname || rest.start !== start + surname || rest.end !== start + length) return false;
  const tags = tagSpan(ctx, start, start + length);
  // (负责人谈产业升级: 谈, talking of a topic, before a common noun is a phrase too; 谢建军 is a name.)
  return tags.length === 2 && tags[0]!.tag === 'v' && (tags[1]!.tag === 'v' || tags[1]!.tag === 'vn' || (tags[0]!.word === '谈' && tags[1]!.tag === 'n' && tags[1]!.word.length === 2));
}
