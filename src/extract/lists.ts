/**
 * Lists closed by a category: `释放亚太集团、之江有机硅、正强传动、羽春家纺等重点企业带动效应`
 * (enterprises), `汇德隆印象城、华润奥体等一流城市综合体` (projects). Every item of such a list is
 * of the category, whatever its own ending.
 */
import type { DocContext, Extractor } from './context.ts';
import { hasDistinctiveWord, hasProperWord, nameStartBefore, RENEWAL_ACTIONS, trimNameStart } from './spans.ts';
import { projectHeadOf } from './projects.ts';
import { addEnterprise, enterpriseStops } from './enterprises.ts';
import { addProject } from './projects.ts';
import { lexicon, lexiconEnds } from './lexicon.ts';
import { HAN } from './chars.ts';

/** What separates the items of a list (甲、乙和丙). */
const SEPARATOR = /[、和及]/;

/** Where the clause holding `at` starts: after the last , 。 ; : or line break outside quotes. */
function clauseStartBefore(text: string, at: number): number {
  let depth = 0;
  // (By code: a one-character string and a RegExp per character read cost ~140k tests a round.)
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === CLOSE_QUOTE) depth++;
    else if (code === OPEN_QUOTE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isClauseEnd(code)) return i + 1;
  }
  return 0;
}
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
/** , 。 ; : or a line break, by code. */
const isClauseEnd = (code: number) => code === 0x2c || code === 0x3002 || code === 0x3b || code === 0x3a || code === 0x0a;

const tradeEnding = (name: string) => lexiconEnds('tradeSuffixes', () => lexicon().enterprises.tradeSuffixes).longest(name, 1) !== null;

/** A company's short name as lists give it: a trade ending after two characters at least of its own (远航照明). */
function isShortCompanyName(name: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(name) || name.length > SHORT_NAME) return false;
  const { enterprises, projects } = lexicon();
  const suffix = lexiconEnds('tradeSuffixes', () => enterprises.tradeSuffixes).longest(name, 0);
  if (suffix !== null) return name.length - suffix.length >= 2;
  // 恒达、金盛、远航等6家上市公司: a brand alone; not an industry (纺织、机械等企业) nor a generic word.
  return name.length <= 4 && !projects.generic.has(name);
}

/** A count after 等 (30余家, 20多个, 一批): 等30余家企业 is a list of companies. */
const COUNT = /^(?:[\d一二三四五六七八九十百千两几]+(?:余|多)?[家个]|一批)/;
/** 等快递龙头企业, 等本地企业: a kind of companies closes the list. */
const KIND_OF_COMPANY = /^等(?!\p{Script=Han}{0,4}(?:产业|行业|类))\p{Script=Han}{0,6}?(?:企业|公司)(?!\p{Script=Han}{0,2}(?:项目|工程))/u;
// 等五大“文旅+康养”综合体: a quoted label may stand between the count and the kind.
const CATEGORY = /^等(?:[\p{Script=Han}0-9]{0,10}?)(?:“[^“”\n]{1,12}”)?(项目|工程|园区|载体|综合体|要道|场馆|基地|民生工程)/u;
/** A phase ends the name of one build (商业水街二期): only a named project has phases. */
const PHASE = /[一二三四五六七八九十\d]期$/;
/** The longest a company's short name in a list runs without a trade ending (远航照明 is 4). */
const SHORT_NAME = 8;
/** Action words that trail a list item: 精神卫生中心迁建 is the centre. */
const TRAILING_ACTION = /(迁建|改扩建|扩建|新建|建设|改造|提升|工程)$/;

/** What a build named by its work ends in (某某管网改造, 某某湿地生态修复). */
const WORK_ENDING = new RegExp(`(?:迁建|改扩建|扩建|新建|建设|改造|提升|${RENEWAL_ACTIONS})$`);
/** The work an item of a list of projects may end in, a word that stops a name's walk. */
const ITEM_WORK = /(?:改扩建|建设|新建|改造|提升)$/;

const GE = '个'.charCodeAt(0);
const XIANG = '项'.charCodeAt(0);
const COUNTED_BEFORE = /([\d一二三四五六七八九十两]+)[个项]\p{Script=Han}{0,6}$/u;

/**
 * `富春江水电设备、万燕五金、佑昌齿轮三个项目`, `“飞达照明”和“新达电子”两个项目`: a list closed by a count
 * of projects, without 等, names each project. An item without a project head is a company's
 * project, named by the company: the company, and its project (`佑昌齿轮项目`) on the same words.
 */
function countedProjectLists(ctx: DocContext): void {
  const { text } = ctx;
  // From each 项目 back to its count (tried at 项目 only: a pattern tried at every numeral cost more).
  for (let at = text.indexOf('项目'); at >= 0; at = text.indexOf('项目', at + 2)) {
    const from = Math.max(0, at - 10);
    // A count's measure word (个, 项) within reach, tested by code before any slice.
    let measured = false;
    for (let i = at - 1; i >= from && !measured; i--) measured = text.charCodeAt(i) === GE || text.charCodeAt(i) === XIANG;
    if (!measured) continue;
    const m = COUNTED_BEFORE.exec(text.slice(from, at));
    if (!m) continue;
    // Between the count and 项目 a kind of project at most (重点, 产业, 亿元以上).
    const countAt = from + m.index;
    const items = listItemsBefore(ctx, countAt, lexicon().projects.stops);
    // A count of one item, or of items that do not add up to it, is no list of these names.
    if (items.length < 2 || items.length !== countOf(m[1]!)) continue;
    for (const item of items) {
      const name = text.slice(item.start, item.end);
      if (!hasDistinctiveWord(ctx, item.start, item.end) || ctx.covered(item.start, item.end, ['Street', 'Official', 'Person', 'Program'])) continue;
      // (An item named by its work or a phase, 黄河湾湿地生态修复, 沙漠光伏二期, is a build, not a company.)
      if (projectHeadOf(name) || PHASE.test(name) || WORK_ENDING.test(name)) {
        if (!ctx.covered(item.start, item.end, ['Project'])) addProject(ctx, item.start, item.end);
        continue;
      }
      addEnterprise(ctx, name, item.start, item.end);
      if (!ctx.covered(item.start, item.end, ['Project'])) ctx.addEntity({ type: 'Project', name: `${name}项目`, start: item.start, end: item.end, aliases: [], strong: true });
    }
  }
}

/** `引进甲壳虫科技、蓝湾生物、江河智造三家企业`: the count and kind of companies after a list without 等. */
const COUNTED_COMPANIES = /^([\d一二三四五六七八九十两]+)家(?:上市|规上|龙头|骨干|重点|高新技术|科技型|外资|优质)?(?:企业|公司)/;
/** The characters a count is written in, by code. */
const NUMERAL_CODES = new Set([...'0123456789一二三四五六七八九十两'].map((c) => c.charCodeAt(0)));

/** A list closed by a count of companies, without 等, names each company (a count that does not add up names none). */
function countedCompanyLists(ctx: DocContext): void {
  const { text } = ctx;
  for (let at = text.indexOf('家'); at >= 0; at = text.indexOf('家', at + 1)) {
    // The count's numeral right before 家, tested by code before any slice.
    let from = at;
    while (from > 0 && NUMERAL_CODES.has(text.charCodeAt(from - 1)) && at - from < 3) from--;
    if (from === at) continue;
    const m = COUNTED_COMPANIES.exec(text.slice(from, from + 12));
    if (!m) continue;
    const items = listItemsBefore(ctx, from, enterpriseStops());
    if (items.length < 2 || items.length !== countOf(m[1]!)) continue;
    for (const item of items) {
      if (!hasDistinctiveWord(ctx, item.start, item.end)) continue;
      addEnterprise(ctx, text.slice(item.start, item.end), item.start, item.end);
    }
  }
}

/** A visit: what follows, up to the clause's end, is a list of places and companies visited. */
const VISIT = /(?:先后|分别|深入|实地)?(?:走访|考察|察看|参观|调研|来到)了?/g;

/** A count of companies or things in a stretch (三家, 5个). */
const COUNTED = /[\d一二三四五六七八九十两]+[家个]/;

/**
 * What each visit saw, up to its clause's end, where it holds a list separator (most visits name one
 * place: only such a stretch is read word by word): found once, for `prefetch` and `run`.
 */
const visitedStretches = (ctx: DocContext) =>
  ctx.memo('visitedStretches', () => {
    const { text } = ctx;
    const stretches: { from: number; end: number; stretch: string }[] = [];
    for (let m = VISIT.exec(text); m; m = VISIT.exec(text)) {
      const from = m.index + m[0].length;
      let end = from;
      while (end < text.length && end - from < 80 && !isClauseEnd(text.charCodeAt(end))) end++;
      const stretch = text.slice(from, end);
      if (stretch.includes('、') || stretch.includes('及')) stretches.push({ from, end, stretch });
    }
    return stretches;
  });

/**
 * `走访了海天塑机集团、方太厨具以及博洋家纺`: in a list of what a visit saw (two items or more), an
 * item with a trade ending (厨具, 家纺) is a company, not a product.
 */
function visitedCompanies(ctx: DocContext): void {
  const { text } = ctx;
  for (const { from, end, stretch } of visitedStretches(ctx)) {
    const items = listItemsBefore(ctx, end, enterpriseStops()).filter((i) => i.start >= from);
    // A list closed by a count is the counted rule's to read (and to refuse when it does not add up).
    if (items.length < 2 || COUNTED.test(stretch)) continue;
    for (const item of items) {
      const name = text.slice(item.start, item.end);
      if (tradeEnding(name) && !projectHeadOf(name) && hasDistinctiveWord(ctx, item.start, item.end) && !ctx.covered(item.start, item.end, ['Enterprise', 'Project', 'Street'])) {
        addEnterprise(ctx, name, item.start, item.end);
      }
    }
  }
}

const NUMERALS = '一二三四五六七八九十';
function countOf(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  if (n === '两') return 2;
  if (n.length === 1) return NUMERALS.indexOf(n) + 1;
  return -1;
}

/** The items of a list that ends at `end`, right to left, within its clause; a quoted item is its quote's inside. */
function listItemsBefore(ctx: DocContext, end: number, stops: Set<string>, keepWhole?: (start: number, end: number) => boolean): { start: number; end: number }[] {
  const { text } = ctx;
  const clauseStart = clauseStartBefore(text, end);
  const items: { start: number; end: number }[] = [];
  while (end > clauseStart) {
    let itemEnd = end;
    let start: number;
    // A company found whole already (浙江新市正大纺织有限公司, where the walk would stop at 市): its name.
    const found = text[end - 1] === '”' ? undefined : ctx.findIn('Enterprise', clauseStart, end, (e) => e.end === end);
    if (text[end - 1] === '”') {
      const open = text.lastIndexOf('“', end - 1);
      if (open < clauseStart || end - open > 22) break;
      start = open + 1;
      itemEnd = end - 1;
    } else if (found) {
      start = found.start;
    } else {
      // (Items between separators are trimmed too: kept whole, lists of industries, 圣诞服饰、竹制品等,
      // came out as companies.)
      let walkEnd = end;
      let whole = nameStartBefore(ctx, end, 20, stops);
      // 黄河湾湿地生态修复和镇区集中供热管网改造三个项目: an item may end in a work's word that stops a
      // name's walk (改造, 提升); the walk starts before it and the item keeps it.
      if (whole >= end) {
        const action = ITEM_WORK.exec(text.slice(Math.max(clauseStart, end - 3), end));
        if (action) {
          walkEnd = end - action[0].length;
          whole = nameStartBefore(ctx, walkEnd, 20, stops);
          if (whole >= walkEnd) walkEnd = end;
        }
      }
      start = trimNameStart(ctx, whole, walkEnd);
      // 远航照明 (远航/v): a company's short name may open with a verb; between separators, in a list of
      // companies, the whole item is its name when it has a trade ending.
      if (keepWhole && whole < start && SEPARATOR.test(text[whole - 1] ?? '') && keepWhole(whole, end)) start = whole;
      // 和嘉联达等企业: a company's short name ending in a word that stops a name's walk (达, as in
      // 投资达5亿元) is still the whole item between its separators, in a list of companies.
      if (keepWhole && start >= end) {
        let from = end;
        while (from > clauseStart && from > end - 6 && HAN.at(text, from - 1) && !SEPARATOR.test(text[from - 1]!)) from--;
        if (end - from >= 2 && (from === clauseStart || SEPARATOR.test(text[from - 1]!))) start = from;
      }
      // “丝韵千年,榧富万家”稽东山宝产业融合: a quoted part opens the item.
      if (text[start - 1] === '”') {
        const open = text.lastIndexOf('“', start - 1);
        if (open >= 0 && start - open <= 20) start = open;
      }
    }
    if (start >= itemEnd) break;
    items.push({ start, end: itemEnd });
    const from = text[start - 1] === '“' ? start - 1 : start;
    const sep = text.slice(Math.max(0, from - 2), from);
    if (sep.endsWith('、')) end = from - 1;
    else if (sep === '以及') end = from - 2;
    else if (sep.endsWith('和') || sep.endsWith('及')) end = from - 1;
    else break;
  }
  return items;
}

/** Each 等 that closes a list of companies or of another category (by the words after it), left to right: found once, for `prefetch` and `run`. */
const listEnds = (ctx: DocContext) =>
  ctx.memo('listEnds', () => {
    const { text } = ctx;
    const ends: { at: number; isEnterprise: boolean }[] = [];
    for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
      // 等30余家企业 is 等企业 with a count.
      const window = '等' + text.slice(at + 1, at + 24).replace(COUNT, '');
      const isEnterprise = lexicon().enterprises.listCues.some((cue) => window.startsWith(cue)) || KIND_OF_COMPANY.test(window);
      if (isEnterprise || CATEGORY.test(window)) ends.push({ at, isEnterprise });
    }
    return ends;
  });

export const extractLists: Extractor = {
  id: 'lists',
  // Each item's name is read over words leftwards from its end (before 等, before each 、 of the
  // clause; so in what a visit saw): asked for in advance, not one item's clause at a time.
  prefetch(ctx) {
    const { text } = ctx;
    const itemEnds: number[] = [];
    const askItemsBefore = (end: number, from: number) => {
      itemEnds.push(end - 1);
      for (let i = text.lastIndexOf('、', end - 1); i > from; i = text.lastIndexOf('、', i - 1)) itemEnds.push(i - 1);
    };
    for (const { at } of listEnds(ctx)) askItemsBefore(at, clauseStartBefore(text, at));
    for (const { from, end } of visitedStretches(ctx)) askItemsBefore(end, from);
    ctx.prefetchTokens(itemEnds);
  },
  run(ctx) {
    countedProjectLists(ctx);
    countedCompanyLists(ctx);
    visitedCompanies(ctx);
    const { text } = ctx;
    for (const { at, isEnterprise } of listEnds(ctx)) {
      // Items end before each 、 (and 和/及) going left from 等, within the clause; “汤记”、“更香”等: quoted ones too.
      const items = isEnterprise ? listItemsBefore(ctx, at, enterpriseStops(), (from, to) => isShortCompanyName(text.slice(from, to))) : listItemsBefore(ctx, at, lexicon().projects.stops);
      // One item (创豪半导体等3个高新项目) is an example, and says little unless it is a company.
      if (items.length < 2 && !isEnterprise && !(items[0] && tradeEnding(text.slice(items[0].start, items[0].end)))) continue;
      // The items of one list are of one kind: when a head-less item is a company, so are the others.
      const headless = (i: { start: number; end: number }) => !projectHeadOf(text.slice(i.start, i.end).replace(TRAILING_ACTION, ''));
      const companies = !isEnterprise && items.some((i) => headless(i) && tradeEnding(text.slice(i.start, i.end)));
      // …but a long head-less name without a trade ending (某某技术展演场景应用) is no company's short name.
      for (const item of items) {
        let name = text.slice(item.start, item.end);
        if (!hasDistinctiveWord(ctx, item.start, item.end) || /^[“”]|[“”]$/.test(name)) continue;
        if (isEnterprise) {
          // 纺织、机械、电子等传统企业: industries, not companies.
          if (lexiconEnds('tradeSuffixes', () => lexicon().enterprises.tradeSuffixes).longest(name, 0)?.length === name.length) continue;
          addEnterprise(ctx, name, item.start, item.end);
        } else {
          // (…but 湖塘纺织城数字化改造, with no head before its work, is named by the work too.)
          const bare = name.replace(TRAILING_ACTION, '');
          if (projectHeadOf(bare) || !WORK_ENDING.test(name)) name = bare;
          // 紫光恒越、云尖信息等省重大产业项目: an item without a project head but with a trade ending is the company.
          if (!projectHeadOf(name) && (tradeEnding(name) || (companies && name.length <= SHORT_NAME))) {
            addEnterprise(ctx, name, item.start, item.start + name.length);
            continue;
          }
          // An item names a project by its own head or by a proper noun (汇德隆印象城); 游泳馆 alone is no name.
          if (!projectHeadOf(name) && !PHASE.test(name) && !hasProperWord(ctx, item.start, item.start + name.length)) continue;
          if (name.length >= 3 && !ctx.covered(item.start, item.start + name.length, ['Project', 'Enterprise', 'Street', 'Program'])) {
            addProject(ctx, item.start, item.start + name.length);
          }
        }
      }
    }
  },
};
