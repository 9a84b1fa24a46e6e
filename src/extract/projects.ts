/**
 * Projects: named builds, parks, platforms and facilities. A head word (社区, 科创中心, 数字工厂,
 * 创谷, 项目…) and the run of name-like words before it, which must hold at least one word that is
 * not generic (湘湖未来社区 yes, 未来社区 no). Quoted names with a head (`“堰码头”数字治理平台`) too.
 * `X项目` where X is itself a project name is X (长山文体公园项目 → 长山文体公园).
 */
import type { DocContext, Extractor } from './context.ts';
import { alternation, lexicon, lexiconEnds, lexiconPattern } from './lexicon.ts';
import { anchorsIn } from './anchors.ts';
import { hasDistinctiveWord, hasProperWord, lastWordStart, nameStartBefore, ordinalAt, prefetchNamesBefore, ROAD_WORDS, tagSpan, trimNameStart } from './spans.ts';
import { canonicalProgram } from './programs.ts';
import { inLocationField, inNameCell, tableRows } from './tables.ts';
import { HAN } from './chars.ts';
import { shortStreetName } from './streets.ts';

/** Is this a project name (a distinctive qualifier before a known head)? Used for list items. */
export function projectHeadOf(name: string): string | null {
  // The longest head the name ends with (and is longer than).
  return lexiconEnds('projectHeads', () => lexicon().projects.heads).longest(name, 1);
}

/** The work (提升, 改造…) that ends at `end`, longest first, or null. */
function actionBefore(text: string, end: number): string | null {
  // (No work ends here unless the character before `end` ends one: most heads' do not.)
  actionEnds ??= new Set(lexicon().projects.actions.map((a) => a.charCodeAt(a.length - 1)));
  if (!actionEnds.has(text.charCodeAt(Math.min(end, text.length) - 1))) return null;
  for (const action of lexicon().projects.actions) if (text.endsWith(action, end)) return action;
  return null;
}
/** The last code unit of each work (actionBefore's first test). */
let actionEnds: Set<number> | null = null;

/** Parts of a city that open a name without being part of it (老城区, 东城区 as the east of town). */
const AREA = /^(老城区|新城区|主城区|东城区|西城区|南城区|北城区|城区)/;
/** AREA at the start of [start, end) (its words have 城 first or second: most names are not tried). */
const areaAt = (text: string, start: number, end: number) => (text.charCodeAt(start) === 0x57ce || text.charCodeAt(start + 1) === 0x57ce ? AREA.exec(text.slice(start, end)) : null);

/** A rating opening a name: 国家5A级, AAAA级, 国家级, 省级 (a designation, not a place's name). */
const RATING = /^(国家|省|市)?(\dA|A{2,5}|国家|省|市)级/;

/** A phase right after a name (二期, 3期): only a named project has phases. */
const PHASE = /^[一二三四五六七八九十\d]期/;
/** PHASE at `at` (期 second: most heads are not followed by one, and are not tried). */
export const phaseAt = (text: string, at: number) => (text.charCodeAt(at + 1) === 0x671f ? PHASE.exec(text.slice(at, at + 3)) : null);
/**
 * Does a facility's name at `at` count the town's facilities of its kind, so that the town opens
 * it? An ordinal (塘栖镇第二中心幼儿园), 中心, the town's central one (转塘街道中心卫生院, 大周镇中心小学),
 * or an institution a town has one of (黄花镇卫生院综合楼, 某镇敬老院扩建工程).
 */
const isTownsOwn = (text: string, at: number) => TOWNS_INSTITUTION.test(text.slice(at, at + 6)) || ordinalAt(text, at);
const TOWNS_INSTITUTION = /^(?:中心|卫生院|敬老院|养老院|中学|小学|初中|幼儿园|文化站|综合文化站|派出所|卫生服务中心)/;

/**
 * Works named right after a build, closing its clause (完成某某路拓宽改造, 实施某某中学食堂改扩建):
 * part of the project's name, as works before 工程 are. Not 建设, 提升 or 改造 alone: 某某社区建设,
 * 老旧小区改造 name a field of work as often as a build. The length to take, or 0.
 */
export function worksAfter(text: string, end: number): number {
  const m = WORKS_AFTER.exec(text.slice(end, end + 12)) ?? LISTED_WORKS_AFTER.exec(text.slice(end, end + 4));
  return m ? m[0].length : 0;
}
/** …but one of them before the next item of a list (某某市场改造、某某工程) is the item's end, a build's name. */
const LISTED_WORKS_AFTER = /^(?:改造|提升|新建)(?=、|以及|及)/;
const WORKS_AFTER = /^(?:食堂|教学楼|综合楼|宿舍楼|门诊楼|住院楼|主楼|校舍)?(?:改扩建|扩建|拓宽改造|拓宽|提升改造|提质改造|改造提升|迁建|修缮|提标改造)(?=[,,。;;、]|$)/;

const ROAD_HEAD = new RegExp(`^${ROAD_WORDS}$`);

/** A kind of division as a word of its own (not 某某街道): 街道城运中心 is the street's office. */
const UNIT_WORDS = new Set(['街道', '镇', '乡', '社区', '村', '镇街']);

/**
 * Does a name at `start` open with a kind of division as a word of its own (街道城运中心), or
 * follow one that opens its clause (,镇便民服务中心: the walk stops before 镇)? Not a village's
 * build (联丰村生态停车场: 村 after a name).
 */
function isInstitutionOfUnit(ctx: DocContext, start: number): boolean {
  const first = ctx.tokenAt(start);
  if (first && first.start === start && UNIT_WORDS.has(first.word)) return true;
  const before = ctx.tokenAt(start - 1);
  if (!before || before.end !== start || !UNIT_WORDS.has(before.word)) return false;
  const lead = ctx.text[before.start - 1] ?? '';
  return !HAN.at(ctx.text, before.start - 1) || '本该各全我在'.includes(lead);
}

/** `…是全国有名的` right before a name: a description of a place, not a build named. */
const DESCRIBED = /是[^,,。;;:“”]{0,12}的$/;

/** What is held at a venue, right after it. */
const VENUE_EVENT = /^(召开|举行|举办|签订|签署|签约|开幕|会见|接待|听取|座谈)/;
/** A build's own ceremony, or a meeting at its site: then the place is the build. */
const SITE_EVENT = /开工|奠基|竣工|开园|开业|揭牌|启用|投用|落成|封顶|投产|现场/;

/** What is said of a build just finished or begun, right after its name. */
const BUILT_NOW = /^(?:正式)?(?:投用|投入使用|建成|落成|竣工|开工|启用|开园|开业)/;

/** Heads of a part of a park, built in phases: named after the park they are in. */
const PARK_PARTS = /^(标准厂房|标准化厂房)$/;

/** A count or quantifier before a name: what follows is a kind of projects. */
const COUNTED = /(一批|一系列|多个|若干|各类|一些|这些|[\d一二三四五六七八九十两]+个)$/;
/** What a company does to a build named after it: 新建, 扩建, 新上. */
const COMPANY_BUILDS = /(?:新建|扩建|新上|技改)$/;
/** 十大民生实事项目, 八大工程: the N great ones of a kind, a set and not one named. */
const GREAT_N = /^(?:\d{4}年)?[二三四五六七八九十百]+大/;
const sentenceInvests = (ctx: DocContext, at: number) => {
  const sentence = ctx.sentenceAt(at);
  return /投资\d|\d(?:\.\d+)?[万亿]元/.test(ctx.text.slice(sentence.start, sentence.end));
};
/** A period of the year closing a qualifier: 上半年项目, 今年项目, 一季度项目. */
const PERIOD_BEFORE = /(?:上半年|下半年|今年|明年|去年|年内|全年|[一二三四]季度|前三季度)$/;
/** A campaign after a kind of place (老旧小区改造三年行动, 背街小巷整治专项行动): the place is its field. */
const CAMPAIGN_AFTER = /^(?:改造|整治|提升|建设|治理|更新)(?:[一二三四五六七八九十\d]年)?(?:行动|攻坚战|攻坚行动|专项行动)/;
/** A modal before the verb that ends a qualifier: 要抓牢, 将推进. */
const MEANT_TO = /(?:要|将|需|应|须|必须|继续)\p{Script=Han}{1,2}$/u;
/** 华东总部, 中国区总部: where a company's region is run from, named by the region alone; no build. */
const REGIONAL_SEAT = /^(?:华[东南北中]|西[南北]|东北|亚太|长三角|大湾区|中国|全国|全球|国际|区域)区?$/;

export function addProject(ctx: DocContext, start: number, end: number, extra: { aliases?: string[] } = {}) {
  let name = ctx.text.slice(start, end);
  const aliases = new Set(extra.aliases ?? []);
  // X项目 / X工程 where X ends with its own head: the project is X.
  // (Works between them stay in the name: 义桥镇中心幼儿园新建工程, as the annotations have it.)
  const inner = /^(.*)(项目|工程)$/.exec(name);
  // (So is 某某产业园二期项目: the phase of a build named by its head.)
  const phased = inner?.[2] === '项目' && /[一二三四五六七八九十\d]期$/.test(inner[1]!) && projectHeadOf(inner[1]!.replace(/[一二三四五六七八九十\d]期$/, '')) !== null;
  if (inner && (projectHeadOf(inner[1]!) || phased) && inner[1]!.length >= 4) {
    aliases.add(name);
    name = inner[1]!;
  }
  const plain = withoutQuotes(name);
  if (plain !== name) {
    aliases.add(name);
    name = plain;
  }
  if (lexicon().programs.sloganSet.has(canonicalProgram(name))) return;
  // 区融媒体中心, 镇农业服务中心: a body of the government or the press, not a build.
  if (lexiconEnds('organs', () => lexicon().projects.organs).longest(name, 0) !== null) return;
  // 农副产品综合交易市场 after 马坝镇农副产品综合交易市场, 冷链物流园 after 桃林农产品冷链物流园: the build named
  // before in full, the second time by the end of its name.
  const inFull = namedBeforeInFull(ctx, name);
  if (inFull) {
    aliases.add(name);
    name = inFull;
  }
  ctx.addEntity({ type: 'Project', name, start, end, aliases: [...aliases].filter((a) => a !== name), strong: true });
}

/**
 * The name of the one project found before whose name ends with `name` (four characters or more),
 * two characters or more before it; none when two such projects were named.
 */
function namedBeforeInFull(ctx: DocContext, name: string): string | undefined {
  if (name.length < 4) return undefined;
  let full: string | undefined;
  for (const p of ctx.ofType('Project')) {
    if (p.name.length < name.length + 2 || !p.name.endsWith(name) || p.name === full) continue;
    if (full !== undefined) return undefined;
    full = p.name;
  }
  return full;
}

/** What works do to a place, the last word before 工程 (治理, 整治, 修复…). */
const WORKS_VERB = /^(?:治理|整治|修复|改造|提升|提标|改建|扩建|新建|迁建|建设|绿化|亮化|疏浚|清淤|加固)$/;

/** 正在, 已经: words of what is going on or done, inside no name. */
const ASPECT_WORDS = new Set(['正在', '已经', '将要', '正在进行', '已然']);
function hasAspectWord(ctx: DocContext, start: number, end: number): boolean {
  for (let t = ctx.tokenAt(start); t && t.start < end; t = ctx.tokenAt(t.end)) if (t.start >= start && ASPECT_WORDS.has(t.word)) return true;
  return false;
}

/** Where a name may start at the earliest: after the last person found or word for a post in [start, end). */
function startAfterPeople(ctx: DocContext, start: number, end: number): number {
  // (An empty stretch holds no one: a third of the heads of the bench corpus have no qualifier.)
  if (start >= end) return start;
  let from = start;
  for (const type of PEOPLE_TYPES) for (const e of ctx.within(type, start, end)) if (e.end > from) from = e.end;
  // One scan for all the words of posts: the name starts after the last one. (Only when a
  // character of the stretch starts one: most qualifiers hold none, and are not sliced or searched.)
  peopleWordStarts ??= new Set(lexicon().projects.peopleWords.map((w) => w.charCodeAt(0)));
  let mayHold = false;
  for (let i = from; i < end && !mayHold; i++) mayHold = peopleWordStarts.has(ctx.text.charCodeAt(i));
  if (!mayHold) return from;
  const words = lexiconPattern('peopleWords', () => new RegExp(alternation(lexicon().projects.peopleWords), 'g'));
  const span = ctx.text.slice(from, end);
  let after = 0;
  for (let m = words.exec(span); m; m = words.exec(span)) after = m.index + m[0].length;
  return from + after;
}
const PEOPLE_TYPES = ['Official', 'Person'];
/** The first code unit of each word of posts (startAfterPeople's first test). */
let peopleWordStarts: Set<number> | null = null;

/** Does [start, end) touch a quote (inside one, or opening or closing at its ends)? */
const nextToQuote = (text: string, start: number, end: number) => text[start - 1] === '“' || text[end] === '”' || text.slice(start, end).includes('”');

/** `s` without its quotes (tested first: most names hold none, and the pattern is not run). */
const withoutQuotes = (s: string) => (s.includes('“') || s.includes('”') ? s.replace(/[“”]/g, '') : s);

/** Is [start, end) one word jieba does not know or abbreviates (文旅, 农旅), and no company's or street's name? */
function isKindWord(ctx: DocContext, start: number, end: number): boolean {
  const tags = tagSpan(ctx, start, end);
  if (tags.length !== 1 || (tags[0]!.tag !== 'x' && tags[0]!.tag !== 'j')) return false;
  return !ctx.findIn('Enterprise', start - 8, end, (e) => e.end > start) && !ctx.findIn('Street', start - 8, end, (e) => e.end > start);
}

/** Does [start, end) end with a verb that takes projects as its object (督察, 宣布, 抢)? */
function endsWithObjectVerb(ctx: DocContext, start: number, end: number): boolean {
  const { objectVerbs } = lexicon().projects;
  for (let n = 1; n <= 2 && n <= end - start; n++) if (objectVerbs.has(ctx.text.slice(end - n, end)) && ctx.isTokenStart(end - n)) return true;
  return false;
}

/** What is done to an old site (its block after it maybe: B区): it is torn down or turned into a build. */
const REPLACED_AFTER = /^(?:[A-Z\p{Script=Han}]{0,2}区)?(?:拆除重建|拆除|改成|改造成|改建成|改造为|改为|腾退)/u;
/** A count of two or more of a kind of build (4条, 两座, 12个). */
const COUNTED_BEFORE = /(?:^|[^\d.])(?:[2-9]|\d{2,}|[两三四五六七八九十几]+)[条个座栋家处批所]$/;

/** Where a short form of a street the document names (屏都 of 屏都街道) ends at `at`, if one does. */
function shortFormEndingAt(ctx: DocContext, at: number): number | null {
  for (const street of ctx.ofType('Street')) {
    const short = shortStreetName(street.name);
    if (short !== null && at - short.length >= 0 && ctx.text.startsWith(short, at - short.length)) return at - short.length;
  }
  return null;
}

export const extractProjects: Extractor = {
  id: 'projects',
  // The name before each head is read over words.
  prefetch: (ctx) => prefetchNamesBefore(ctx, anchorsIn(ctx, 'projectHeads').map((m) => m.index)),
  run(ctx) {
    const { projects, programs } = lexicon();
    const { text } = ctx;
    const found: { start: number; end: number }[] = [];
    const tabled = tableRows(ctx).length > 0;
    for (const { index: headStart, word: head } of anchorsIn(ctx, 'projectHeads')) {
      let end = headStart + head.length;
      // The head must end a word: 社区 in 社区居民 is not a head of a name.
      // (Whether a word ends there first: it mostly does, and the pattern is not tried.)
      if (!ctx.isTokenEnd(end) && !/^(项目|工程|一期|二期|建设|改造|[,、。;和及等])/.test(text.slice(end, end + 2))) continue;
      // 中心工作, 平台建设 work: a head followed by 工作 names no place.
      if (text.startsWith('工作', end)) continue;
      // 宅基地: a household's homestead land, a kind of land, no base built.
      if (head === '基地' && text[headStart - 1] === '宅') continue;
      // “县城客厅”, “水乡客厅”: a 客厅 in quotes is a figure of speech; a build's 客厅 is named plainly.
      if (head === '客厅' && text[end] === '”') continue;
      // 滨海大道南延段: a road extended is a work of its own (works.ts), not the road.
      // (延 first or second, tested by code before the patterns.)
      if ((text.charCodeAt(end) === 0x5ef6 || text.charCodeAt(end + 1) === 0x5ef6) && ROAD_HEAD.test(head) && /^(?:[东南西北]延|延伸)/.test(text.slice(end, end + 2))) continue;
      // A credit's body (某某中心 in `(某某中心 某某)`) is who wrote the article; a table's name
      // cell is one name, which the table extractor takes whole.
      if (ctx.isExcluded(headStart) || (tabled && inNameCell(ctx, headStart))) continue;
      // 工程 and 项目 name works: what they are on, and what is done, stand before them.
      const works = head === '工程' || head === '项目';
      const weak = projects.weakHeads.has(head);
      // 污水管网提升改造工程: works before 工程/项目 belong to the name; its qualifier ends before them.
      let qualifierEnd = headStart;
      if (works) {
        for (let action = actionBefore(text, qualifierEnd); action; action = actionBefore(text, qualifierEnd)) qualifierEnd -= action.length;
      }
      let start: number;
      if (text[qualifierEnd - 1] === '”') {
        // “堰码头”数字治理平台: the name starts at the opening quote.
        const open = text.lastIndexOf('“', qualifierEnd);
        if (open < 0 || qualifierEnd - open > 24) continue;
        start = open;
      } else {
        start = nameStartBefore(ctx, qualifierEnd, 26);
        // A quoted stretch inside the name: “一网统管·蜀山卫”城市智治分中心, “堰码头”数字治理平台.
        const open = text[start - 1] === '”' ? text.lastIndexOf('“', start - 1) : -1;
        if (open >= 0 && start - open < 16) start = open;
        else start = trimNameStart(ctx, start, qualifierEnd);
      }
      // 新市古镇游客服务中心: a town's short form opens the name, though jieba cut it apart (新/市, 市 a stop).
      const shortForm = ctx.findIn('Street', start - 6, start, (s) => s.end === start && text.slice(s.start, s.end) !== s.name);
      if (shortForm) start = shortForm.start;
      // (靠屏都竹木…园: jieba glued the verb to the short form's first character, 靠屏/x 都/d, and no
      // street was found there; a short form of a street the page names, right before the name, opens it.)
      else start = shortFormEndingAt(ctx, start) ?? start;
      // A facility named by its town (义桥镇中心幼儿园): the street right before a generic qualifier
      // opens the name. Not before a weak head alone: 义桥镇中心 is as often the town centre; with works
      // before it (义桥镇污水管网提升改造工程) or words of what it is (许家湖镇农产品冷链物流中心,
      // 泽国镇文化中心) it is.
      const street = weak && qualifierEnd === headStart && start >= qualifierEnd && !isTownsOwn(text, start) ? undefined : ctx.findIn('Street', start - 24, start, (e) => e.end === start);
      // (塘栖镇第二中心幼儿园: an ordinal counts the town's facilities of a kind, so the town opens the
      // name; so does 中心, the town's central one: 转塘街道中心卫生院, 大周镇中心小学.)
      // (加义镇游客服务中心: words of no proper name after the town are its facility's.)
      if (street && (!hasDistinctiveWord(ctx, start, qualifierEnd) || !hasProperWord(ctx, start, qualifierEnd) || isTownsOwn(text, start))) start = street.start;
      // 闲林街道闲林埠老街项目, 老城区保利工业文化创意园: a place before a name of its own only says where it is.
      // (A street's full name only: 北干现代社区智治平台, 新塘羽绒上市总部 keep their short forms.)
      // (乌镇 is 乌镇镇's short form, though it ends in 镇: the name as written must be the full one.)
      const located = ctx.findIn('Street', start, start + 1, (e) => (e.name.endsWith('街道') || e.name.endsWith('镇') || e.name.endsWith('乡')) && text.slice(e.start, e.end) === e.name);
      const area = areaAt(text, start, qualifierEnd);
      if (located && located.end < qualifierEnd && !isTownsOwn(text, located.end) && hasProperWord(ctx, located.end, qualifierEnd) && hasDistinctiveWord(ctx, located.end, qualifierEnd)) start = trimNameStart(ctx, located.end, qualifierEnd);
      else if (area && start + area[0].length < qualifierEnd && hasDistinctiveWord(ctx, start + area[0].length, qualifierEnd)) start += area[0].length;
      // 义桥镇中心幼儿园新建工程: works on a project just named make one name with it; so does 项目
      // right after one (某镇某村共富工坊项目 is that 共富工坊, however its start was read).
      const previous = found[found.length - 1];
      // So do the factory buildings of a park just named (某某工业园标准厂房三期).
      if (previous && previous.end === qualifierEnd && previous.start < start && (qualifierEnd < headStart || works || PARK_PARTS.test(head))) start = previous.start;
      // 某某有限公司新建厂房项目: a company's new build of a common kind is named with the company.
      if (works && qualifierEnd - start <= 4) {
        const verb = COMPANY_BUILDS.exec(text.slice(Math.max(0, start - 4), start));
        const company = verb && ctx.findIn('Enterprise', start - verb[0].length - 40, start - verb[0].length, (e) => e.end === start - verb[0].length);
        if (company) start = company.start;
      }
      // 朱祥华宣布项目, 付真会同志关于兴蓉综合体: a name never runs over a person or a post; it starts after them.
      const afterPeople = startAfterPeople(ctx, start, qualifierEnd);
      if (afterPeople > start) start = trimNameStart(ctx, afterPeople, qualifierEnd);
      if (start >= qualifierEnd) continue;
      // 某某服务延伸到园区: a way that goes somewhere (到, 至) ends at a place of a kind, no build's name.
      if (/[到至]$/.test(text.slice(start, qualifierEnd)) && weak) continue;
      // 把原来的某某工业区B区改成…, 原某某厂区拆除重建为…: the old site a build replaces is no build.
      if (/(?:原来的|原)$/.test(text.slice(Math.max(0, start - 3), start)) && REPLACED_AFTER.test(text.slice(end, end + 10))) continue;
      // 建设4条智能化岩板生产线: a count of things of a kind names none of them.
      if (COUNTED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      // 东洲街道督察项目, 抢项目: a verb that takes projects as its object makes a phrase, not a name.
      if (weak && endsWithObjectVerb(ctx, start, qualifierEnd)) continue;
      // 文旅项目, 研发中心: one short word jieba does not know (or abbreviates) before a weak head names a kind.
      if (weak && !nextToQuote(text, start, qualifierEnd) && !phaseAt(text, end) && qualifierEnd - start <= 2 && isKindWord(ctx, start, qualifierEnd)) continue;
      // (Unless money is put into it: 把华南总部和研发中心落户某镇,总投资15亿元.)
      if (head === '总部' && REGIONAL_SEAT.test(text.slice(start, qualifierEnd)) && !sentenceInvests(ctx, start)) continue;
      // 年产2万吨纺丝生产线: the line a project installs, not a project of its own.
      if (head === '生产线' && /^(年产|日产|月产)/.test(text.slice(start, qualifierEnd))) continue;
      // 某镇上半年项目建设情况: the projects of a period, not one named.
      if (works && PERIOD_BEFORE.test(text.slice(Math.max(0, qualifierEnd - 5), qualifierEnd))) continue;
      // 推进城镇老旧小区改造三年行动: what a campaign works on, not a build.
      if (CAMPAIGN_AFTER.test(text.slice(end, end + 10))) continue;
      // 包保到项目, 落实到项目: down to each project, not one named.
      if (works && text[qualifierEnd - 1] === '到') continue;
      // 一批农文旅项目, 12个产业项目, 十大民生实事项目: a counted kind of projects, not one named.
      if (works && (COUNTED.test(text.slice(Math.max(0, start - 4), start)) || GREAT_N.test(text.slice(start, qualifierEnd)))) continue;
      const qualifier = withoutQuotes(text.slice(start, qualifierEnd));
      // “城市露营带”, “青创加油站”: a quoted name with its head inside the quotes is a name, whatever its words.
      // Not a slogan of change (“基地变总部”) nor a program found there.
      const wholeQuote =
        text[start - 1] === '“' && text[end] === '”' && qualifierEnd === headStart && !/[变转改换]/.test(text.slice(start, end)) && !ctx.overlapped(start, end, ['Program']);
      if (wholeQuote) {
        start--;
        end++;
      }
      const quoted = wholeQuote || text.slice(start, qualifierEnd).includes('“');
      // 佑昌齿轮三个项目: a count closes a list of projects (see lists.ts), it names none.
      if (/等$|[\d一二三四五六七八九十两]+[个项家]$/.test(qualifier)) continue;
      // 谋划创建未来社区 is an act, not a name: a qualifier ending in a verb needs a proper noun (所前智能制造小微园).
      const lastTag = quoted ? undefined : tagSpan(ctx, start, qualifierEnd).at(-1);
      // (巴公镇农村生活污水治理工程: works a town names after itself by what they do are its build.)
      const town = head === '工程' && lastTag !== undefined && WORKS_VERB.test(lastTag.word) ? ctx.findIn('Street', start, start + 1, (e) => e.start === start) : undefined;
      const townsWorks = town !== undefined && lastTag!.start - town.end >= 4 && hasDistinctiveWord(ctx, town.end, lastTag!.start);
      if (!quoted && lastTag && lastTag.tag === 'v' && lastTag.word.length >= 2 && !hasProperWord(ctx, start, qualifierEnd) && !townsWorks) continue;
      // “千村示范、万村整治”工程 is a program by its quote; works named by a program are that program,
      // and so is its platform (“一网统管”平台); “红色物业”进小区 says where a program goes.
      if (quoted && (works || /^(平台|系统)$/.test(head)) && ctx.findIn('Program', start, qualifierEnd + head.length, (p) => p.end <= qualifierEnd + head.length)) continue;
      if (quoted && text[qualifierEnd - 1] === '进' && text[qualifierEnd - 2] === '”') continue;
      // “文旅+康养”综合体, “大建大美”亮点项目: a quoted label before a kind of builds names a kind, not one build.
      if (quoted && !wholeQuote && (qualifier.includes('+') || (works && !hasDistinctiveWord(ctx, text.lastIndexOf('”', qualifierEnd) + 1, qualifierEnd) && text.lastIndexOf('”', qualifierEnd) + 1 < qualifierEnd))) continue;
      // A rhetorical quote (“大家”未来社区) names nothing.
      // (Nor does a rhetorical name of a kind of works: “头号工程”, 头号工程.)
      if ((quoted && lexicon().programs.rhetoric.has(qualifier)) || lexicon().programs.rhetoric.has(qualifier + head)) continue;
      // “轻”项目, 碳工厂: one character says what kind, it names no build.
      if (qualifier.length === 1) continue;
      // 某某公司正在扩建生产线: an aspect word makes a clause, which no name holds.
      if (!quoted && hasAspectWord(ctx, start, qualifierEnd)) continue;
      // 半山要抓牢项目: what a place is to do (要, 将 before a verb) is a clause, not a name.
      if (works && MEANT_TO.test(qualifier) && lastTag?.tag === 'v') continue;
      // After a weak head the last word must be distinctive: 稽东镇重点项目, 亚运配套项目 are no names.
      // (银湖数字文创中心项目: a 中心 named a 项目 is a build, its place's name enough.)
      const company = ctx.findIn('Enterprise', start, qualifierEnd, (e) => e.end <= qualifierEnd) !== undefined;
      const namedWorks = !works && (text.startsWith('项目', end) || text.startsWith('工程', end)) && hasProperWord(ctx, start, qualifierEnd);
      if (!quoted && !company && !namedWorks && !townsWorks && /^(项目|工程|总部|中心)$/.test(head) && !hasDistinctiveWord(ctx, lastWordStart(ctx, start, qualifierEnd), qualifierEnd)) continue;
      if (!quoted && !hasDistinctiveWord(ctx, start, qualifierEnd)) continue;
      // After a weak head a proper noun, or a phase (渡口公园二期: only a named project has phases).
      const phased = phaseAt(text, end) !== null;
      if (!quoted && weak && !phased && !hasProperWord(ctx, start, qualifierEnd)) continue;
      if (programs.sloganSet.has(canonicalProgram(qualifier)) && !/[“]/.test(text.slice(start, qualifierEnd))) continue;
      // 街道城运中心, 镇便民服务中心: the street's own office or service, named by its kind of
      // division and no name of its own, is an institution, not a build.
      // (Unless it is built: 街道综合养老服务中心投用, a new build of the street's, named without 街道.)
      if (!quoted && isInstitutionOfUnit(ctx, start)) {
        if (!BUILT_NOW.test(text.slice(end, end + 4))) continue;
        const unit = ctx.tokenAt(start);
        if (unit && unit.start === start && UNIT_WORDS.has(unit.word)) start = unit.end;
      }
      // A head that runs on into a longer head (科创中心一期) keeps the longest name.
      const last = found[found.length - 1];
      if (last && last.start <= start && last.end >= end) continue;
      if (last && start <= last.start && end >= last.end) found.pop();
      while (text[end] === '(' && /^\(\p{Script=Han}{1,4}\)/u.test(text.slice(end, end + 8))) end = text.indexOf(')', end) + 1;
      // A part of a park named by its side is part of the name: 北部软件园南区.
      if (/园$/.test(head) && /^[东南西北]区(?!\p{Script=Han}*[县市])/u.test(text.slice(end, end + 4))) end += 2;
      // A phase is part of the project: 国博会展中心二期.
      const phase = phaseAt(text, end);
      // (Not the first of a list of phases: 花木城一期、二期.)
      if (phase && !/^、[一二三四五六七八九十\d]期/.test(text.slice(end + phase[0].length, end + phase[0].length + 3))) end += phase[0].length;
      end += worksAfter(text, end);
      found.push({ start, end });
    }
    for (const f of found) {
      // 国家5A级旅游景区, 省级旅游度假区: a rating a place holds or seeks, not the place.
      if (RATING.test(text.slice(f.start, f.end))) continue;
      // 宁波某某产业园运营管理有限公司: a park's name inside a company's is the company's, no project.
      // (交由宁波某某城市更新有限公司: nor is a head inside a company's name whatever stands before it.)
      if (ctx.findIn('Enterprise', f.start - 20, f.end, (e) => e.start < f.end && e.end > f.end && e.start <= f.end - 2)) continue;
      // 建设地点:某某工业区: where a notice's project is built, not another project.
      if (inLocationField(ctx, f.start)) continue;
      // 在某镇便民服务中心签订协议: where a meeting or a signing was held is a venue; unless the
      // ceremony is the build's own (在某某产业园举行开工仪式) or held at its site (现场会).
      // 从兴坪码头步行到渔村: where a way starts is a place on it, not a build.
      if (text[f.start - 1] === '从' && /^(?:步行|出发|驱车|乘|沿|到|至)/.test(text.slice(f.end, f.end + 2))) continue;
      // 彭场是全国有名的无纺布生产基地: what a place is said to be (是…的) describes it; it is no build.
      // (Not 这是由某某公司投资建设的…: who builds it makes it one.)
      const described = DESCRIBED.exec(text.slice(Math.max(0, f.start - 16), f.start));
      if (described && !/由|投资|建设|打造|新建|开工/.test(described[0])) continue;
      // (The street that opens a venue's name may stand outside the name found: 在某镇|便民服务中心.)
      const opening = ctx.findIn('Street', f.start - 12, f.start, (e) => e.end === f.start)?.start ?? f.start;
      if (text[opening - 1] === '在' && VENUE_EVENT.test(text.slice(f.end, f.end + 4)) && !SITE_EVENT.test(text.slice(f.end, f.end + 12))) continue;
      // 在某街道便民服务中心,某某听取了汇报: a service centre set before what was done there is the venue.
      if (text[opening - 1] === '在' && text[f.end] === ',' && /服务中心$/.test(text.slice(f.start, f.end)) && !SITE_EVENT.test(text.slice(f.end, f.end + 12))) continue;
      if (ctx.covered(f.start, f.end, ['Street', 'Official', 'Person', 'Program'])) continue;
      // (朝阳川镇冷链物流中心: the town written before a name of its own stays out of the name, which it only
      // locates; the whole is the same build's name as written, an alias.)
      const town = opening < f.start && text.slice(opening, f.start).length >= 2 ? ctx.findIn('Street', opening, opening + 1, (e) => e.start === opening && e.end === f.start && text.slice(e.start, e.end) === e.name) : undefined;
      addProject(ctx, f.start, f.end, town ? { aliases: [text.slice(town.start, f.end)] } : {});
    }
  },
};
