/**
 * Where a name starts, read leftwards from its head word over jieba tokens: names are runs of
 * name-like words (places, trade names, brackets, `·`), and end at a verb, a function word,
 * punctuation or a number-with-measure (`9个`). Shared by projects and enterprises.
 */
import type { DocContext, EntityCandidate } from './context.ts';
import { lexicon, lexiconEnds } from './lexicon.ts';
import { clauseStartAt, segmenter } from '../segment/index.ts';
import { isPlaceName, isProvinceName, lookupStreet } from './divisions.ts';
import { charClass, HAN } from './chars.ts';

/** Characters of the words a name is made of. */
const NAME_CHARS = charClass(/^[\p{Script=Han}A-Za-z0-9.·()]$/u);

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Conjunctions jieba glues to the word before them, by code (no one-character string per test);
 * and the copula and a verb's 了 (一件事是某某物流园, 建了某某园: 事是, 建了 one word), after which a
 * name starts as after 和.
 */
const GLUED_CONJUNCTIONS = new Set([...'及和与等是了'].map((c) => c.charCodeAt(0)));

/**
 * 区 split off the noun it ends (风貌/区, 保护/区): part of the area's name, not the district
 * (区重点项目) that stops a name. The noun is right before it and no stop word. So is 镇 after 新
 * or 古 (旅游新/镇, 某某古/镇): a new or old town built or kept as a place, no town's post or office.
 */
function isAreaSuffix(ctx: DocContext, token: { word: string; start: number }): boolean {
  if (token.word === '镇') return /[新古]/.test(ctx.text[token.start - 1] ?? '') && ctx.tokenAt(token.start - 1)?.word.length === 1;
  if (token.word !== '区') return false;
  const before = ctx.tokenAt(token.start - 1);
  return before !== undefined && before.end === token.start && before.word.length >= 2 && HAN.every(before.word) && !lexicon().projects.stops.has(before.word) && /^n/.test(tagWord(before.word)[0]?.tag ?? '');
}

/** 把 of 年产500万把智能锁: a measure word after a number (jieba reads it as a preposition) is a capacity's. */
function isCapacityMeasure(ctx: DocContext, token: { word: string; start: number }): boolean {
  if (token.word !== '把') return false;
  const before = ctx.text.charCodeAt(token.start - 1);
  return isDigit(before) || before === 0x4e07 /* 万 */ || before === 0x5343 /* 千 */;
}

/** Verbs of a visit (赴某街道调研…, 走访…): what follows them is what was visited. */
const VISIT_VERBS = new Set(['调研', '考察', '视察', '察看', '走访', '参观', '探访', '走进', '来到', '前往', '观摩', '督导', '检查', '慰问']);

/** A count of what a build holds or makes (50万头, 千亩, 3万吨) before two characters of its kind. */
const CAPACITY_OPENING = /^(?:[\d.]+|[一二三四五六七八九十两百千]+)?[万千百亿]?(?:头|吨|亩|只|羽|套|台|件|把|千瓦|兆瓦)\p{Script=Han}{2}/u;

/** `·`, `(` and `)`: characters jieba never joins that a name's walk goes on over, into the clause before. */
const WALKED_BREAKS = new Set([0xb7, 0x28, 0x29]);

/**
 * `nameStartBefore` will be asked at these heads: their clauses are asked for in advance (see
 * DocContext.prefetchTokens), and the clause before one that opens after `·`, `(` or `)`, where the
 * walk goes on when the name holds one (某某·某某中心, 某某(某某)产业园).
 */
export function prefetchNamesBefore(ctx: DocContext, heads: number[]): void {
  const { text } = ctx;
  const offsets: number[] = [];
  for (const head of heads) {
    offsets.push(head);
    const clauseStart = clauseStartAt(text, head);
    if (clauseStart >= 2 && WALKED_BREAKS.has(text.charCodeAt(clauseStart - 1))) offsets.push(clauseStart - 2);
  }
  ctx.prefetchTokens(offsets);
}

/** The start of the name whose head starts at `headStart`, at most `maxChars` long. */
export function nameStartBefore(ctx: DocContext, headStart: number, maxChars = 16, stops: Set<string> = lexicon().projects.stops): number {
  let start = headStart;
  let token = ctx.tokenAt(headStart - 1);
  let depth = 0; // open brackets seen from the right
  while (token) {
    if (token.end !== start && !(token.end > start - 1 && token.start < start)) break;
    const w = token.word;
    if (w === ')') depth++;
    else if (w === '(') {
      if (depth === 0) break;
      depth--;
    } else if ((stops.has(w) && !isAreaSuffix(ctx, token) && !isCapacityMeasure(ctx, token)) || !NAME_CHARS.every(w)) break;
    // 调研科/创项目: jieba reads a visit verb and the name's first character as one word (调研科, a
    // section of an office; 考察团): after a visit verb, the name starts.
    if (w.length === 3 && VISIT_VERBS.has(w.slice(0, 2))) {
      if (token.end <= start) start = token.start + 2;
      break;
    }
    // jieba glues a conjunction to the word before it (村及): the name starts after it. When the
    // conjunction is where the name ends (顺丰速运等: 运等 one word), the word's first part is the name's.
    // (Not a place's name that ends so: 仁和, 太和, 永和.)
    if (w.length <= 2 && GLUED_CONJUNCTIONS.has(w.charCodeAt(w.length - 1)) && token.end <= start && !isPlaceWord(w)) break;
    // 9个, 4幢, 20个: a count ends the name.
    if (isDigit(w.charCodeAt(0))) {
      // (An amount of money too, 投了1.2亿元…; not a quantity made, 年产5万吨.)
      if (/^\d+(\.\d+)?$/.test(w) && /^(?:[个项家座幢条处所批元]|[万亿]元)/.test(ctx.text.slice(token.end, token.end + 2))) break;
      if (/^[0-9]+[个项家座幢条处所批]$/.test(w)) break;
    }
    // 建一座某某基地, 两个某某中心: a count in words ends the name too.
    if (isCountWord(w)) break;
    if (headStart - token.start > maxChars) break;
    start = token.start;
    token = ctx.tokenAt(token.start - 1);
  }
  if (depth !== 0) {
    // Unbalanced: cut at the last closing bracket.
    const close = ctx.text.lastIndexOf(')', headStart);
    if (close >= start) start = close + 1;
  }
  // The tests below look at the name's first characters by code first: most names start with
  // none of the characters their patterns start with, and need no slice or RegExp.
  const { text } = ctx;
  // 1.某某项目, 2、某某工程, (三)某某园, ④某某馆: an item's number in a numbered list is no part of its name.
  const numbered = opensItemNumber(text.charCodeAt(start)) ? ITEM_NUMBER.exec(text.slice(start, headStart)) : null;
  if (numbered) start += numbered[0].length;
  // A name does not start with `·`, a bracket, or a number that counts (4个区块); a road number stays (03省道).
  while (start < headStart && isNameOpeningMark(text.charCodeAt(start))) start++;
  // (含某某大道沿线…): what a bracket's note includes starts after 含; 年底前某某公园: 前 ends a time.
  const lead = text.charCodeAt(start - 1) === 0x28 /* ( */ ? /^(含|包括|包含|其中|即)/.exec(text.slice(start, headStart)) : null;
  if (lead && headStart - start - lead[0].length >= 2) start += lead[0].length;
  else start = pastTimeBefore(ctx, start, headStart);
  const code = text.charCodeAt(start);
  // (Not a capacity: 50万头生猪屠宰加工项目 is named by it.)
  const leadingNumber = isDigit(code) || code === 0x2e /* . */ ? /^[0-9.]+(?=[个项家座幢条处所批年月日%]|[万亿](?!头|吨|亩|只|羽|套|台|件|把|千瓦|兆瓦))/.exec(text.slice(start, headStart)) : null;
  if (leadingNumber) start += leadingNumber[0].length;
  // 8个村试点: the measure word of a count the walk stopped at opens no name.
  while (start < headStart && MEASURE_WORDS.has(text.charCodeAt(start)) && COUNTING.has(text.charCodeAt(start - 1))) start++;
  return start;
}

/** Verbs of building or changing a place (粮站改建成…): a phrase's, never a compound name's. */
const BUILD_VERB = /^(?:改建|改造|建设|打造|新建|扩建|建成|变成|改成|升级|提升|建)$/;
const codesOf = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** 一座, 两个, 一处: a number in words and its measure word, by code (asked of every word of two a name's walk passes: ~100k a round). */
const isCountWord = (w: string) => w.length === 2 && COUNT_NUMERALS.has(w.charCodeAt(0)) && COUNT_MEASURES.has(w.charCodeAt(1));
const COUNT_NUMERALS = codesOf('一二两三四五六七八九十几');
const COUNT_MEASURES = codesOf('个座处条家栋所批幢');
const NUMERALS = codesOf('一二三四五六七八九十');
/** What ITEM_NUMBER can start with: a digit, a bracket, a numeral or a circled number. */
const opensItemNumber = (code: number) => isDigit(code) || code === 0x28 || NUMERALS.has(code) || (code >= 0x2460 && code <= 0x2473);
/** `·`, a bracket or a full stop, which open no name. */
const isNameOpeningMark = (code: number) => code === 0xb7 || code === 0x28 || code === 0x29 || code === 0x2e;
/** Measure words of a count (8个村), and what counts before them. */
const MEASURE_WORDS = codesOf('个项家座幢条处所批');
const COUNTING = codesOf('0123456789一二三四五六七八九十两几');

/** A town's, a district's or a city's name, full or short (仁和 of 仁和街道). */
const isPlaceWord = (w: string) => w.length === 2 && (isPlaceName(w) || lookupStreet(w + '街道').length > 0 || lookupStreet(w + '镇').length > 0 || lookupStreet(w + '乡').length > 0);

/** A time that 前 closes (年底前, 6月前, 春节前): the 前 is no part of the name after it. */
const TIME_BEFORE = /(年底|月底|年末|月末|年内|年中|\d+月|\d+日|春节|国庆|节|底)$/;
/** Past the 前 of such a time at `start` (jieba glues it to the name: 年底/前派/河). */
function pastTimeBefore(ctx: DocContext, start: number, headStart: number): number {
  return ctx.text.charCodeAt(start) === 0x524d /* 前 */ && headStart - start >= 3 && TIME_BEFORE.test(ctx.text.slice(Math.max(0, start - 4), start)) ? start + 1 : start;
}

/** The number of an item in a list, before its name: `1.`, `2、`, `3)`, `(四)`, `五、`, `⑥`, `一是`. */
const ITEM_NUMBER = /^(?:\d{1,2}[.、)]|\(?[一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}[、是]|[\u2460-\u2473])(?=\p{Script=Han})/u;

/** Does the qualifier (the part before the head) have a word that is not generic? */
export function hasDistinctiveWord(ctx: DocContext, start: number, end: number): boolean {
  const { generic } = lexicon().projects;
  if (end <= start) return false;
  for (let t = ctx.tokenAt(start); t && t.start < end; t = ctx.tokenAt(t.end)) {
    // (The token's own string when whole: no slice, and its hash is kept from the last look-up.)
    const w = t.start >= start && t.end <= end ? t.word : ctx.text.slice(Math.max(t.start, start), Math.min(t.end, end));
    // 2027年招商引资项目: a year says when, not which.
    if (isDateUnit(w) && isDigit(ctx.text.charCodeAt(t.start - 1))) continue;
    if (HAN.some(w) && !generic.has(w)) return true;
    // (A Latin word of two letters or more: 5G is none, APP is one.)
    if (isLatinLetter(w.charCodeAt(0)) && isLatinLetter(w.charCodeAt(1))) return true;
  }
  return false;
}

/** 年, 年度, 月, 日, by code and length (no RegExp per word). */
const isDateUnit = (w: string) => (w.length === 1 ? DATE_UNIT_CODES.has(w.charCodeAt(0)) : w === '年度');
const DATE_UNIT_CODES = codesOf('年月日');
const isLatinLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** jieba tags that a word inside a proper name carries (places, names, brands, unknown words). */
const PROPER_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'x', 'j', 'eng', 'nrt', 'nrfg']);
/** Tags a name never starts with: verbs, adverbs, pronouns, numbers, prepositions, conjunctions. */
const PLACE_TAGS = new Set(['ns', 'nr', 'nz']);
const CLAUSE_OPENS = /[,:;、。\n(“]/;
const ROAD = /^[东南西北中]?(?:路|大道|街|河|江)$/;
/** The words that end a road's name, as a pattern's source (works.ts, projects.ts). */
export const ROAD_WORDS = '(?:快速路|大道|大街|高架|路)';
/**
 * Places narrower than a town that renewal works are named by (某某老街, 某某片区, 某某村, 某某段),
 * and what is done to them (有机更新, 城中村改造…), as patterns' sources (works.ts, programs.ts).
 */
export const RENEWED_PLACES = '(?:城中村|老街|老镇区|老城区|老城|古镇|片区|区块|街区|[东西南北]区|岸线|沿线|村|段)';
export const RENEWAL_ACTIONS = '(?:城中村改造|城市更新|有机更新|保护更新|更新改造|改造提升|提升改造|拓宽改造|综合整治提升|综合整治|综合治理|生态修复)';
/** 第二, 第一: an ordinal, which opens a facility's name (第二中心幼儿园). */
export const ORDINAL = /^第[一二三四五六七八九十\d]{1,3}/;
/** Is `word` an ordinal, whole (第 tested first: most words are none)? */
const isOrdinal = (word: string) => word.charCodeAt(0) === 0x7b2c && ORDINAL.exec(word)?.[0] === word;
/** Does an ordinal start at `at` (第 tested first)? */
export const ordinalAt = (text: string, at: number) => text.charCodeAt(at) === 0x7b2c && ORDINAL.test(text.slice(at, at + 4));
const NOT_A_NAME_START = new Set(['v', 'z', 'a', 'ad', 'l', 'i', 't', 'b', 'vd', 'd', 'p', 'c', 'r', 'm', 'q', 'u', 'ad', 'uj', 'ul', 'uz', 'ug', 'ud', 'uv', 'y', 'e', 'o']);

/** jieba's tags for a short stretch (tagging is slow: only candidate names are tagged). */
export function tagSpan(ctx: DocContext, start: number, end: number): { word: string; tag: string; start: number; end: number }[] {
  const key = start * 65536 + end;
  const cached = ctx.tagCache.get(key);
  if (cached) return cached;
  const out: { word: string; tag: string; start: number; end: number }[] = [];
  ctx.tagCache.set(key, out);
  // The document's own words, each tagged once per process: a corpus repeats its words, so
  // tagging words (not stretches) costs a fraction of tagging text.
  for (let t = ctx.tokenAt(start); t && t.start < end; t = ctx.tokenAt(t.end)) {
    const s = Math.max(t.start, start);
    const e = Math.min(t.end, end);
    // The token's own string when whole: its hash is kept from the last look-up, a slice's is not.
    const piece = s === t.start && e === t.end ? t.word : ctx.text.slice(s, e);
    for (const tagged of tagWord(piece)) {
      out.push({ word: tagged.word, tag: tagged.tag, start: s + tagged.offset, end: s + tagged.offset + tagged.word.length });
    }
  }
  return out;
}

const wordTags = new Map<string, { word: string; tag: string; offset: number }[]>();
/** jieba's tags for one word (or piece of one), remembered. */
export function tagWord(word: string): { word: string; tag: string; offset: number }[] {
  let tagged = wordTags.get(word);
  if (!tagged) {
    if (wordTags.size > 200_000) wordTags.clear();
    let offset = 0;
    tagged = segmenter()
      .tag(word, true)
      .map((t) => {
        const r = { word: t.word, tag: t.tag, offset };
        offset += t.word.length;
        return r;
      });
    wordTags.set(word, tagged);
  }
  return tagged;
}

/** Move a name's start past leading words that cannot start a name (积极探索未来社区 → 未来社区). */
export function trimNameStart(ctx: DocContext, start: number, headStart: number, options: { innerVerbs?: boolean } = {}): number {
  let trimmed = pastTimeBefore(ctx, trimmedStart(ctx, start, headStart, options), headStart);
  // 要以峙山工业区: the verb before goes, and the preposition jieba glued to the unknown name after
  // it (以峙/x) is no part of it either.
  if (trimmed > start && GLUED_PREPOSITION.test(ctx.text[trimmed]!) && headStart - trimmed >= 3 && ctx.tokenAt(trimmed)!.word.length > 1 && tagWord(ctx.tokenAt(trimmed)!.word)[0]?.tag === 'x') trimmed++;
  if (trimmed === start) return start;
  // 练市镇工业区: jieba cuts 练/市镇 and tags 练 a verb; a name never starts inside a street found there.
  const street = ctx.findIn('Street', start, trimmed, (e) => e.end > trimmed);
  if (street) return street.start;
  // 签约宏远总部项目 after 宏远集团: the short name of a company the article names opens a name,
  // whatever jieba tags it (宏远/a).
  // (Not the stem inside the company's own name: 和某某文旅有限公司合作开发… starts after the verb.)
  const company = companyStemIn(ctx, start, headStart);
  const inCompanyName = company !== null && ctx.findIn('Enterprise', company - COMPANY_REACH, company + 1, (e) => e.end > company) !== undefined;
  return company !== null && company < trimmed && !inCompanyName ? company : trimmed;
}

/** Where the first short name of a company the article names (宏远 of 宏远集团) stands in [start, end), if one does. */
function companyStemIn(ctx: DocContext, start: number, end: number): number | null {
  let best: number | null = null;
  for (const company of ctx.ofType('Enterprise')) {
    const stem = companyStemOf(company);
    if (stem.length < 2 || stem.length > 6) continue;
    // (Looked for inside the span only: indexOf would run on to the text's end for every candidate.)
    for (let at = start; at + stem.length <= end && (best === null || at < best); at++) {
      if (ctx.text.startsWith(stem, at)) {
        best = at;
        break;
      }
    }
  }
  return best;
}
/** A company's short name: its trade name, or its name without the legal form (宏远 of 宏远集团). */
export function companyStemOf(company: EntityCandidate): string {
  if (company.props?.tradeName) return String(company.props.tradeName);
  const form = lexiconEnds('legalForms', () => lexicon().enterprises.legalForms).longest(company.name);
  return form ? company.name.slice(0, -form.length) : company.name;
}

const GLUED_PREPOSITION = /^[以在把对从向由将]$/;
/** How far before a name's start a company it runs into may start (the longest legal names). */
const COMPANY_REACH = 40;
/**
 * What a company does to a build it does not name itself after (合作开发, 投资建设, 负责运营). Not
 * 新建, 扩建, 技改: `某某有限公司新建厂房项目` is named with its company.
 */
const COMPANY_DOES = /^\p{Script=Han}{0,2}(?:开发|建设|投资|打造|共建|运营|经营|承建|兴建|承租|租用)$/u;
/** Prepositions and conjunctions jieba glues to the first word of a name after them, by code. */
const GLUED_LEADS = codesOf('以在把对从向由将与和及');

/** 成 after a verb of making (改造成, 建成, 打造成): what follows is what was made. */
const RESULT_CHAR = '成'.charCodeAt(0);
const MAKING_BEFORE = /(?:改造|改建|打造|建设|[改建变])$/;

/** 上, 里, 内, 边, 旁: the side of a place where something is done (在地块上, 在村里). */
const LOCATIVES = codesOf('上里内边旁');
const BUILD_CHAR = '建'.charCodeAt(0);
const AT_CHAR = '在'.charCodeAt(0);
/**
 * 在老厂的地块上建某某产业园, 在村里建…: where a build goes (在…上) and the verb (建, which jieba glues to
 * the locative: 上建/x) stand before its name; the name starts after them. At least four characters
 * of name stay.
 */
function pastPlaceOfBuilding(text: string, start: number, headStart: number): number {
  for (let i = headStart - 5; i > start; i--) {
    if (text.charCodeAt(i) !== BUILD_CHAR || !LOCATIVES.has(text.charCodeAt(i - 1))) continue;
    // (在 opens the place, within the clause: 上建 alone may be a name's, 上建村.)
    for (let j = i - 2; j >= Math.max(0, i - 18) && HAN.at(text, j); j--) if (text.charCodeAt(j) === AT_CHAR) return i + 1;
  }
  return start;
}

function trimmedStart(ctx: DocContext, start: number, headStart: number, { innerVerbs = true } = {}): number {
  // Nothing to trim in an empty stretch, and no words to tag (a third of the project heads of the
  // bench corpus have no name-like word before them).
  if (start >= headStart) return start;
  start = pastPlaceOfBuilding(ctx.text, start, headStart);
  // A preposition glued to the name by jieba (以塘湾 in 以塘湾名苑为代表) is not part of it.
  // (Not the first character of a noun of the dictionary: 向阳路/nr, 和平路/nz are names of their own.)
  const glued = GLUED_LEADS.has(ctx.text.charCodeAt(start)) && headStart - start >= 3 ? ctx.tokenAt(start) : undefined;
  if (glued && !(glued.start === start && glued.word.length >= 2 && /^n[rsz]?$/.test(tagWord(glued.word)[0]?.tag ?? ''))) {
    start++;
    // 以盛/x 中路: the rest of a word jieba does not know opens the name (盛 alone would be tagged a verb).
    if (glued.start === start - 1 && glued.end > start && GLUED_PREPOSITION.test(glued.word[0]!) && tagWord(glued.word)[0]?.tag === 'x') return start;
  }
  // 改造成贺村物流中心: the result 成 of a verb of making, alone or glued by jieba to a name it does
  // not know (成/n 溪口, 成贺村/x), is no part of the name (成都/ns is a word of its own and stays).
  if (ctx.text.charCodeAt(start) === RESULT_CHAR && MAKING_BEFORE.test(ctx.text.slice(Math.max(0, start - 2), start)) && headStart - start >= 4) {
    const token = ctx.tokenAt(start);
    if (token && token.start === start && (token.word === '成' || tagWord(token.word)[0]?.tag === 'x')) start++;
  }
  // A company named inside (高邮众旺农业科技有限公司高效综合种养项目) is kept whole, though the walk
  // stopped inside its name (a long one: 浙江某某新材料科技有限公司年产…项目).
  const company = ctx.findIn('Enterprise', start - COMPANY_REACH, headStart, (e) => e.end <= headStart && e.end > start);
  if (company) {
    // 和某某公司合作开发某某民宿集群: a verb after the company, with a name of its own after it, makes a
    // clause; the build's name starts after the verb.
    const after = trimmedStart(ctx, company.end, headStart, { innerVerbs });
    const verb = after > company.end && after < headStart ? tagSpan(ctx, company.end, after).at(-1) : undefined;
    return verb && verb.end === after && COMPANY_DOES.test(verb.word) ? after : company.start;
  }
  const tags = tagSpan(ctx, start, headStart);
  // A name holds no verb phrase: it starts after the last verb of two or more characters (…集中展示杭州…).
  let from = 0;
  // Company names hold verbs of their trade (宁波雪浪山旅游开发有限公司): keep those.
  // Only a verb with a proper noun after it ends the phrase before the name (…展示|杭州…中心);
  // 所前智能制造小微园 keeps its 制造.
  if (innerVerbs) {
    const { generic } = lexicon().projects;
    // The last such verb, read from the right: is there a proper noun after it?
    let properAfter = false;
    for (let i = tags.length - 1; i >= 0; i--) {
      const t = tags[i]!;
      // (超山北路: a verb-tagged word right before a road's name is the road's.)
      // (细胞治疗药物中试基地, 污水处理厂: a verb right after a common noun makes a compound with it, no phrase.)
      const compound = t.tag === 'v' && !BUILD_VERB.test(t.word) && i > 0 && tags[i - 1]!.tag === 'n' && tags[i - 1]!.word.length >= 2 && tags[i - 1]!.end === t.start && /^(?:n|j|x|vn)/.test(tags[i + 1]?.tag ?? '');
      if ((t.tag === 'v' || t.tag === 'l' || t.tag === 'i') && t.word.length >= 2 && properAfter && !compound && !(ROAD.test(tags[i + 1]?.word ?? '') && tags[i + 1]!.start === t.end)) {
        from = i + 1;
        break;
      }
      if (PROPER_TAGS.has(t.tag) && t.word.length >= 2 && !generic.has(t.word)) properAfter = true;
    }
  }
  const { stops } = lexicon().projects;
  for (let i = from; i < tags.length; i++) {
    const t = tags[i]!;
    // 50万头生猪屠宰加工项目, 万头奶牛养殖场, 千亩虾稻示范区: a capacity counted at a name's start is the name's.
    if (i === from && t.tag === 'm' && CAPACITY_OPENING.test(ctx.text.slice(t.start, headStart))) return t.start;
    if (!NOT_A_NAME_START.has(t.tag) && !stops.has(t.word)) return t.start;
    // 呈贡/v 数字经济产业园: a district's or a city's name opens a name, whatever jieba tags it.
    if ((t.tag === 'v' || t.tag === 'a') && t.word.length >= 2 && t.word.length <= 3 && !stops.has(t.word) && isPlaceName(t.word)) return t.start;
    // A company's trade name may open with a quality (远大/b, 美好/a): only verbs and the like go.
    if (!innerVerbs && (t.tag === 'a' || t.tag === 'b') && t.word.length >= 2 && !stops.has(t.word)) return t.start;
    // 大黄岭 (大黄/b 岭/n): a distinguishing word before a one-character word is part of a place name.
    if (t.tag === 'b' && tags[i + 1]?.word.length === 1 && !stops.has(t.word)) return t.start;
    // 第二中心幼儿园, 第一中学: an ordinal before a facility's words is part of its name.
    // (南洋镇第二卫生院: an ordinal right before the head, after its town, too.)
    if (isOrdinal(t.word) && (i + 1 < tags.length || ctx.findIn('Street', t.start - 12, t.start, (e) => e.end === t.start))) return t.start;
    // 三里桥, 十里铺: a count of li before a place word is the place's name, not a number.
    if (t.tag === 'm' && /^[一二三四五六七八九十百]+里$/.test(t.word) && i + 1 < tags.length) return t.start;
    // 03省道, 104国道: a road's number is part of its name; so is a size's (12英寸传感芯片封测线).
    if (/^\d+$/.test(t.word) && /^(省道|国道|县道|号线|英寸|纳米)/.test(ctx.text.slice(t.end, t.end + 3))) return t.start;
    // 推进走马塘村…工程, 此外,绣江河…: one character jieba tags a verb, where a clause opens or right
    // after the verb that ended the walk, before a place's name, is the place name's first
    // character (a verb does not follow a verb there).
    // (Not before a province's or a city's name: 像江西某某公司, 到杭州… are a verb and a place.)
    // (So do two, before a road's or a river's name: 另有超山北路提升改造工程, 超山/v 北路/ns.)
    const verbOpening = t.tag === 'v' && (t.word.length === 1 || (t.word.length === 2 && !stops.has(t.word) && ROAD.test(tags[1]?.word ?? '')));
    if (i === 0 && verbOpening && PLACE_TAGS.has(tags[1]?.tag ?? '') && tags[1]!.word.length >= 2 && !isPlaceName(tags[1]!.word) && !isProvinceName(tags[1]!.word) && (t.start === 0 || CLAUSE_OPENS.test(ctx.text[t.start - 1]!) || stops.has(ctx.tokenAt(t.start - 1)?.word ?? ''))) return t.start;
    start = t.end;
  }
  return Math.max(start, from > 0 ? tags[from - 1]!.end : start);
}

/** Does [start, end) hold a proper noun: a place, a person, a brand or a word jieba does not know? */
export function hasProperWord(ctx: DocContext, start: number, end: number): boolean {
  const { generic } = lexicon().projects;
  const inside = (e: EntityCandidate) => e.end <= end;
  const named = ctx.findIn('Street', start, end, inside) !== undefined || ctx.findIn('Enterprise', start, end, inside) !== undefined;
  const tags = tagSpan(ctx, start, end);
  if (named || tags.some((t) => PROPER_TAGS.has(t.tag) && t.word.length >= 2 && !generic.has(t.word))) return true;
  // 石屋村, 沿渠村: a village's name (the national list of villages is not loaded), a word of two
  // characters or more right before 村 as a word of its own.
  for (let i = 1; i < tags.length; i++) if (tags[i]!.word === '村' && tags[i - 1]!.end === tags[i]!.start && tags[i - 1]!.word.length >= 2 && HAN.every(tags[i - 1]!.word) && !generic.has(tags[i - 1]!.word)) return true;
  // 北/苕/溪: nouns of one character in a row are a name jieba does not know, cut apart.
  // (Words of the text, not pieces of one it glued to a verb: 调研科/创.)
  const whole = (t: { start: number; end: number }) => ctx.tokenAt(t.start)?.start === t.start && ctx.isTokenEnd(t.end);
  for (let i = 1; i < tags.length; i++) if (isSingleNoun(tags[i - 1]!) && isSingleNoun(tags[i]!) && whole(tags[i - 1]!) && whole(tags[i]!)) return true;
  if (companyStemIn(ctx, start, end) !== null) return true;
  // 峙山 after a preposition jieba glued to it (以峙/山): the name opens inside a word jieba does not know.
  const first = ctx.tokenAt(start);
  return first !== undefined && first.start < start && first.end > start && GLUED_PREPOSITION.test(ctx.text[first.start]!) && tagWord(first.word)[0]?.tag === 'x';
}

const SINGLE_NOUN_TAGS = new Set(['n', 'ns', 'nr', 'nz', 'ng', 'x']);
const isSingleNoun = (t: { word: string; tag: string }) => t.word.length === 1 && SINGLE_NOUN_TAGS.has(t.tag) && HAN.some(t.word);

/** Where the last word of [start, end) starts. */
export function lastWordStart(ctx: DocContext, start: number, end: number): number {
  // 峙山工业区(东片区), 花木城二期: the word before a part named in brackets, or before a phase.
  if (ctx.text[end - 1] === ')') {
    const open = ctx.text.lastIndexOf('(', end - 1);
    if (open > start) end = open;
  } else if (end - start > 2 && /[一二三四五六七八九十\d]期$/.test(ctx.text.slice(end - 2, end))) end -= 2;
  const t = ctx.tokenAt(end - 1);
  return t ? Math.max(start, t.start) : start;
}
