/**
 * Enterprises, with or without a legal form:
 * - by grammar: place + trade name + industry + legal form (`杭州万事利丝绸文化股份有限公司`), whose
 *   short name (`万事利`) becomes an alias;
 * - by context: `以X为代表的…产业`, `以X为中心`, `X正式挂牌上市`, `X落户`;
 * - lists (`释放A、B、C等重点企业带动效应`) are read in lists.ts, project-named ones in links.ts.
 */
import type { DocContext, Extractor } from './context.ts';
import { lexicon, alternation, lexiconEnds, lexiconPattern } from './lexicon.ts';
import { anchorsIn } from './anchors.ts';
import { hasDistinctiveWord, hasProperWord, nameStartBefore, tagSpan, trimNameStart } from './spans.ts';
import { isPlaceName, isProvinceName, provinceAtStart } from './divisions.ts';
import { HAN } from './chars.ts';
import { shortStreetName } from './streets.ts';

let stopsCache: Set<string> | null = null;
/** Project stops minus industry words, which belong inside company names (柯桥区建设集团). */
export function enterpriseStops(): Set<string> {
  if (stopsCache) return stopsCache;
  const { projects, enterprises } = lexicon();
  const industry = new Set([...enterprises.tradeSuffixes, '投资', '开发', '建设', '服务', '交通', '城市', '发展', '贸易', '物产', '环境', '水务']);
  stopsCache = new Set([...projects.stops].filter((w) => !industry.has(w)));
  return stopsCache;
}

/** A registered name without its place and legal form: 杭州万事利丝绸文化股份有限公司 → 万事利丝绸文化. */
export function tradeNameOf(full: string): string | null {
  const { enterprises } = lexicon();
  // Only a registered name (有限公司, 股份公司) has a trade name inside; a 集团 is named in full.
  // (The longest, as the first of the list, longest first, would be: one look-up per length.)
  const form = lexiconEnds('shortNameFrom', () => enterprises.shortNameFrom).longest(full);
  if (!form) return null;
  // 浙江恒泰机械(桐庐)有限公司, 苏州华科(江苏)新材料有限公司: a region in brackets is no part of the trade name.
  let name = full.slice(0, -form.length).replace(/\(\p{Script=Han}{2,4}\)/u, '');
  for (let changed = true; changed; ) {
    changed = false;
    // A place: a known prefix (杭州, 浙江), a province (福建, 河北省), a district's full name (柯桥区), or the short name of a city
    // or county of the national list (苏州, 昆山) before a name of four characters at least.
    const place =
      enterprises.placePrefixes.find((p) => name.startsWith(p) && name.length - p.length >= 2) ??
      [provinceAtStart(name)].find((p) => p !== null && name.length - p.length >= 2) ??
      [3, 4].map((n) => name.slice(0, n)).find((p) => /[区县市]$/.test(p) && isPlaceName(p) && name.length - p.length >= 2) ??
      (name.length >= 6 && isPlaceName(name.slice(0, 2)) ? name.slice(0, 2) : undefined);
    if (place) {
      // 深圳市鹏芯…: a prefix without its 市 (深圳) takes the 市 with it.
      const unit = /^[省市区县]/.test(name.slice(place.length)) && isPlaceName(name.slice(0, place.length + 1)) ? 1 : 0;
      name = name.slice(place.length + unit);
      changed = true;
    }
  }
  // 城市建设综合开发 (of 某市某区城市建设综合开发有限公司): words of a trade and nothing of its own are
  // no short name; every town has such a company.
  const stem = stripIndustry(name);
  return stem.length >= 2 && !GENERIC_TRADE.test(stem) ? name : null;
}
/** Words of a trade that name no one company (城市建设综合, 建设工程, 交通). */
const GENERIC_TRADE = /^(?:城市|城乡|建设|综合|交通|工程|投资|发展|开发|实业|城投|国有|资产|资本|经营|运营|管理|产业|控股)+$/;

/** 航民实业 → 航民: trailing industry words off a trade name. */
export function stripIndustry(name: string): string {
  const { tradeSuffixes } = lexicon().enterprises;
  let stem = name;
  for (let changed = true; changed; ) {
    changed = false;
    const s = lexiconEnds('tradeSuffixes', () => tradeSuffixes).longest(stem, 2);
    if (s) {
      stem = stem.slice(0, -s.length);
      changed = true;
    }
  }
  return stem;
}

/** The short (trade) name of a registered name: 杭州万事利丝绸文化股份有限公司 → 万事利. */
export function shortEnterpriseName(full: string): string | null {
  const trade = tradeNameOf(full);
  if (trade === null) return null;
  const name = stripIndustry(trade);
  const { generic } = lexicon().projects;
  return name.length >= 2 && name !== full && !generic.has(name) && !isPlaceName(name) ? name : null;
}

export function isEnterpriseName(name: string): boolean {
  const { enterprises } = lexicon();
  if (enterprises.notEnterprises.has(name) || name.length < 2 || name.length > 30) return false;
  if (isPlaceName(name)) return false;
  return /\p{Script=Han}/u.test(name);
}

/** A company's short name declared in brackets right after its full one: (以下简称“临安城投”), (下称“某某”). */
export const SHORT_NAME_AFTER = /^\((?:以下)?(?:简称|下称)“([^”]{1,10})”\)/;

export function addEnterprise(ctx: DocContext, name: string, start: number, end: number, strong = true) {
  if (!isEnterpriseName(name)) return;
  if (ctx.covered(start, end, ['Street', 'Official', 'Person'])) return;
  const short = shortEnterpriseName(name);
  const trade = tradeNameOf(name);
  // Both forms name the company in the genre: 三星羽绒 and 三星 for 浙江三星羽绒股份有限公司.
  const aliases = short ? [short] : [];
  if (short && trade && trade !== short && trade !== name && !lexicon().projects.generic.has(trade) && !isPlaceName(trade)) aliases.push(trade);
  // The short name the article declares is the one it uses after (凯丰新材, not 凯丰): recognised whole.
  const declared = SHORT_NAME_AFTER.exec(ctx.text.slice(end, end + 16))?.[1];
  if (declared && declared.length >= 2 && !aliases.includes(declared)) aliases.push(declared);
  const props: Record<string, unknown> = {};
  if (short) props.fullName = name;
  if (trade) props.tradeName = trade;
  ctx.addEntity({ type: 'Enterprise', name, start, end, aliases, props, strong });
}

/**
 * The rest of a registered name after a form inside it (集团 in …集团苏州股份有限公司, 农商银行 in
 * 某某农商银行某某支行); not
 * across a conjunction (某某(集团)有限公司和宁波某某股份有限公司 are two companies).
 */
const INNER_FORM = /^(?:(?![和与及同])[\p{Script=Han}()]){0,8}?(股份有限公司|有限责任公司|有限公司|支行|分行)/u;

/** Does [start, end) hold a name of its own besides its kind's words (全部达产后项目公司: no)? */
function hasProperWordIn(ctx: DocContext, start: number, end: number): boolean {
  return hasDistinctiveWord(ctx, start, end) && !/^(全部|一期|建成|达产|后|的)/.test(ctx.text.slice(start, end)) && hasProperWord(ctx, start, end);
}

/** A state builder's bureau or its company (中建八局, 中铁十局, 中交二航局, 中建三局一公司). */
const STATE_BUILDER = /^中(?:建|铁|交|冶|电建|能建|核|化)[一二三四五六七八九十\d]*[\p{Script=Han}]?局(?:[一二三四五六七八九十\d]公司)?$/u;

/** One character before a kind of company that says whose or which one it is, not its name. */
const OWNER_CHAR = /^[村镇该本各全每]$/;

/**
 * 天津市鑫达汽车配件有限公司, 山东颐和健康产业有限公司, 日照港达物流有限公司, 浙江新市正大纺织有限公司:
 * jieba cuts a trade name it does not know (鑫/达, 颐和 read as 颐 + 和, 日照港/达, 新/市) and
 * the scan for the name's start stops in it. A province, city or county (full or short), or the
 * short form of a town the article names, right before the start or before one or two
 * characters of a trade name, is where the registered name starts; and a place before that place
 * too (德清新市…, 浙江新市…). A conjunction may be the second of two (隽和): one alone is no name.
 */
function registeringPlaceBefore(ctx: DocContext, start: number, index: number, townsOf: () => Set<string>): number | null {
  // (城西镇与福建恒顺…: a name that opens with its place has its start.)
  const first = ctx.tokenAt(start);
  if (first && first.start === start && isRegisteringPlace(first.word)) return null;
  const { text } = ctx;
  const towns = townsOf();
  // 乐清市北白象镇资产经营有限公司: a town the article names, right before a trade of no name of its
  // own (资产经营, 城乡建设) or after its county, is where a town's company's registered name starts.
  const town = ctx.findIn('Street', start - 10, start, (s) => s.end === start);
  if (town) {
    const county = placeEndingAt(text, towns, town.start);
    if (county !== null || GENERIC_TRADE.test(stripIndustry(text.slice(start, index)) || text.slice(start, index))) return county ?? town.start;
  }
  let place = placeEndingAt(text, towns, start);
  for (let n = 1; n <= 2 && place === null; n++) {
    const trade = text.slice(start - n, start);
    if (trade.length < n || !HAN.every(trade) || NOT_TRADE.test(trade)) break;
    if (n === 1 && /[和与及]/.test(trade)) continue;
    place = placeEndingAt(text, towns, start - n);
  }
  // (云南滇中包装…: a province opens a name after a preposition or a separator, whatever three or four
  // characters of trade jieba reads as verbs stand between; nothing else stands between 由 and a name.)
  for (let n = 3; n <= 4 && place === null; n++) {
    const trade = text.slice(start - n, start);
    if (trade.length < n || !HAN.every(trade) || NOT_TRADE.test(trade)) break;
    for (const length of [2, 3]) {
      const province = start - n - length;
      if (isProvinceName(text.slice(province, start - n)) && /[由与和、,:\n]/.test(text[province - 1] ?? '\n')) place = province;
    }
  }
  if (place === null) return null;
  return placeEndingAt(text, towns, place) ?? place;
}
/** 母公司, 子公司, 股东 (and 原 before a place: 原昆山…): a company's relation said before its name. */
const COMPANY_RELATION = /^(?:母公司|子公司|控股股东|股东)/;
/**
 * 施工单位广东某某…有限公司, 社会资本方是广东某某…, 镇属企业上海某某…, 国资公司台州某某…: what the company is, said
 * right before its registered name where that opens with its place, is no part of the name; nor is its
 * role in the works, whatever the name opens with.
 */
function kindBefore(text: string, start: number, index: number): RegExpExecArray | null {
  const kind = COMPANY_KIND.exec(text.slice(start, index));
  if (!kind) return null;
  for (let length = 2; length <= 4; length++) if (isRegisteringPlace(text.slice(start + kind[0].length, start + kind[0].length + length))) return kind;
  // (施工方中交某某工程局有限公司: a role in the works goes whatever the name opens with, four characters left.)
  const role = WORKS_ROLE.exec(text.slice(start, index));
  return role && index - start - role[0].length >= 4 ? role : null;
}
const COMPANY_KIND = /^(?:\p{Script=Han}{0,4}?(?:单位|方|主体)(?:为|是)?|企业|国企|国有企业|国资公司|平台公司|公司)/u;
const WORKS_ROLE = /^(?:施工|建设|投资|承建|运营|代建|业主|总包|总承包|中标|合作|开发)(?:方|单位)(?:为|是)?/;
/** 交由, 交给, 委托, 租给: what is handed or rented to a company, said right before its name (老厂区交由X…). */
const HANDED_TO = /(?:交由|交给了?|委托|租给)/g;
/** Words that join two companies: 和, 与, 联合, 携手… */
const JOINING = /^(?:[、,和与及同]|联合|携手|会同|以及|并与)+/;
/** Characters no trade name is cut at: function words, kinds of division, marks. */
const NOT_TRADE = /[的在为是等对省市县区镇乡村]/;
/** Where a place that ends at `at` starts (a town's short form the article names; else the longest: 德清县, 德清), or null. */
function placeEndingAt(text: string, towns: Set<string>, at: number): number | null {
  // (A town the article names first: 新市 of 德清新市, not 清新市, a district's name elsewhere.)
  for (let length = 2; length <= 4; length++) if (towns.has(text.slice(at - length, at))) return at - length;
  for (let length = 4; length >= 2; length--) {
    const word = text.slice(at - length, at);
    if (word.length === length && HAN.every(word) && isRegisteringPlace(word)) return at - length;
  }
  return null;
}
const isRegisteringPlace = (word: string) =>
  /^\p{Script=Han}{2,6}$/u.test(word) && (isPlaceName(word) || isProvinceName(word) || (/[省市县区州]$/.test(word) && isPlaceName(word.slice(0, -1))));

/** Is `words` made only of trades (旅游, 农业, 种植专业): a kind of business, not a name? */
function onlyTrades(words: string): boolean {
  const trades = lexiconEnds('coopTrades', () => [...lexicon().enterprises.tradeSuffixes, '专业', '农民', '种植', '养殖', '农机', '股份', '经济', '资金互助']);
  let rest = words;
  for (let word = trades.longest(rest); word && rest.length > 0; word = trades.longest(rest)) rest = rest.slice(0, -word.length);
  return rest.length === 0;
}

/** A village's or community's collective before 合作社: 某某村股份经济, 某某社区经济. */
const VILLAGE_COLLECTIVE = /^\p{Script=Han}{1,6}(?:村|社区|居委会)(?:股份)?经济(?:联)?$/u;

/** Where a company's name opens a clause: after 是, 为, 由 or a separator. */
const NAME_OPENS_AFTER = /[是为由,、:;\n]/;
/**
 * 是中天建设集团有限公司 (中天/t), 是浙江天和建设有限公司 (天/q 和/c): a trade name jieba reads as a time
 * word or a conjunction is trimmed off, or stops the walk, and only trades are left (建设集团). Where the
 * clause opens right before the words walked over (or, over a conjunction, the words before it), they are
 * the name's.
 */
function tradeNameStart(ctx: DocContext, walked: number, start: number, index: number): number {
  if (start < index && !onlyTrades(ctx.text.slice(start, index))) return start;
  let from = walked;
  if (/[和与]/.test(ctx.text[from - 1] ?? '')) from = nameStartBefore(ctx, from - 1, 6, enterpriseStops());
  if (from >= start || !NAME_OPENS_AFTER.test(ctx.text[from - 1] ?? '\n')) return start;
  // (Words of a name misread, not a pronoun or a verb: 这家公司, 来集团.)
  return tagSpan(ctx, from, start).every((t) => MISREAD_NAME_TAGS.has(t.tag)) ? from : start;
}
const MISREAD_NAME_TAGS = new Set(['t', 'f', 'q', 'c', 'ns', 'nr', 'nz', 'n', 'vn', 'x', 'j']);

function registeredNames(ctx: DocContext) {
  // The short forms of the towns the article names, made once a document when a name asks for them.
  let towns: Set<string> | undefined;
  const townsOf = () => (towns ??= new Set(ctx.ofType('Street').map((s) => shortStreetName(s.name)).filter((n): n is string => n !== null)));
  for (const { index, word } of anchorsIn(ctx, 'legalForms')) {
    const end = index + word.length;
    // (来源:某某传媒集团 作者:…: a credit's publisher is the page's, no company of the article.)
    if (ctx.isExcluded(index)) continue;
    if (!ctx.isTokenEnd(end) && !/^[\p{Script=Han}]{0,2}(项目|总部|金融|有限)/u.test(ctx.text.slice(end, end + 6))) continue;
    if (word === '厂' && /[工电]/.test(ctx.text[index - 1] ?? '')) continue;
    // 请服务商进厂, 出厂, 回厂: a verb of going in or out of a plant names no company.
    if (word === '厂' && /[进出入回]/.test(ctx.text[index - 1] ?? '')) continue;
    // 某某厂区内: a plant's grounds, named in a notice's location field, not a company.
    // (标准厂房, 厂长: a plant's building or its head, no company's name either.)
    if (word === '厂' && /[区房长]/.test(ctx.text[end] ?? '')) continue;
    // 戚墅堰污水厂: a public works, not a company.
    if (word === '厂' && lexicon().enterprises.publicWorks.some((w) => ctx.text.startsWith(w, end - w.length))) continue;
    // 上海连成集团苏州股份有限公司: a form inside a longer registered name is not where the name ends.
    if (INNER_FORM.test(ctx.text.slice(end, end + 14))) continue;
    const walked = nameStartBefore(ctx, index, 20, enterpriseStops());
    let start = trimNameStart(ctx, walked, index, { innerVerbs: false });
    start = registeringPlaceBefore(ctx, start, index, townsOf) ?? start;
    // 射洪市城乡建设投资有限公司: trades of no name of their own (jieba's 城乡建设/l, 投资/vn are trimmed as
    // verbs) after their county's or city's name, where the walk stopped (at 市), are a registered name.
    if (start > walked && GENERIC_TRADE.test(ctx.text.slice(walked, index))) start = placeEndingAt(ctx.text, townsOf(), walked) ?? start;
    start = tradeNameStart(ctx, walked, start, index);
    // 原某某纸业有限公司, 母公司某某有限公司: what the company was or is to another opens no name.
    // (老厂区交由X…: the name starts after what hands it the place.)
    const handed = [...ctx.text.slice(start, index).matchAll(HANDED_TO)].at(-1);
    if (handed) start += handed.index! + handed[0].length;
    const relation = COMPANY_RELATION.exec(ctx.text.slice(start, index)) ?? kindBefore(ctx.text, start, index);
    if (relation) start += relation[0].length;
    else if (ctx.text[start] === '原' && isRegisteringPlace(ctx.text.slice(start + 1, start + 3))) start++;
    // 茶厂, 砖厂, 印染厂: a trade and 厂 is a kind of plant, no company's name.
    if (word === '厂' && (index - start < 2 || onlyTrades(ctx.text.slice(start, index)))) continue;
    // 某某集团有限公司联合某某物业服务有限公司: no name runs over a company found before it.
    const previous = ctx.findIn('Enterprise', start - 40, index, (e) => e.end > start && e.end <= index);
    if (previous) start = previous.end + (JOINING.exec(ctx.text.slice(previous.end, index))?.[0].length ?? 0);
    // 、中材科技…有限公司: right after a separator 中 starts a name (中材, 中建, 中铁), it is no preposition there;
    // so it does after 由, 与, 和 (由中电建某某工程有限公司总承包).
    // (So does 比 of 比亚行(佛山)…: a clause opens with no comparison.)
    if (/[中比]/.test(ctx.text[start - 1] ?? '') && /[、,;:\n由与和]/.test(ctx.text[start - 2] ?? '\n')) start--;
    // 项目公司, 子公司, 国资公司, 城投公司: a kind of company, not one named.
    if (/(项目|子|分|合资|平台|国资|城投)$/.test(ctx.text.slice(start, index)) && !hasProperWordIn(ctx, start, index)) continue;
    if (start >= index || !hasDistinctiveWord(ctx, start, index)) continue;
    // 供应链有限公司, 置业有限公司: a name cut down to its trades names no company (its start was lost).
    if (word !== '合作社' && onlyTrades(ctx.text.slice(start, index))) continue;
    // 村股份经济合作社, 该有限公司: a village's, this or every one of a kind names no company (镇海… starts a word).
    if (OWNER_CHAR.test(ctx.text[start]!) && ctx.tokenAt(start)?.word.length === 1) continue;
    // 旅游合作社, 种植专业合作社, 民宿合作社: a kind of co-operative, named by its trade alone or by
    // common words (a registered one has its place or a name of its own: 瑶琳镇民宿合作社).
    if (word === '合作社' && (onlyTrades(ctx.text.slice(start, index)) || !hasProperWordIn(ctx, start, index))) continue;
    // 陈寨村股份经济合作社: a village's or community's collective, the village itself in law, no company.
    if (word === '合作社' && VILLAGE_COLLECTIVE.test(ctx.text.slice(start, index))) continue;
    addEnterprise(ctx, ctx.text.slice(start, end), start, end);
  }
}

/** `以X为代表的…产业`, `以X为中心`, `X正式挂牌上市`. */
function contextualNames(ctx: DocContext) {
  const { enterprises } = lexicon();
  const trade = lexiconPattern('tradeEnding', () => new RegExp(`(${alternation(enterprises.tradeSuffixes)})$`));
  // 以A、B为代表的龙头企业: every listed name.
  const representative = /以([\p{Script=Han}、]{2,40}?)为(代表|龙头|中心|核心)/gu;
  for (let m = representative.exec(ctx.text); m; m = representative.exec(ctx.text)) {
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    let start = m.index + 1;
    for (const name of m[1]!.split('、')) {
      // 以浙江交通集团金融中心项目为代表的一批楼宇: a facility, not a company.
      const facility = enterprises.facilityHeads.some((head) => name.endsWith(head));
      if (!facility && (trade.test(name) || (m[2] === '代表' && /企业|产业|行业/.test(after) && !/小区|社区|园/.test(name)))) {
        if (!ctx.covered(start, start + name.length, ['Enterprise'])) addEnterprise(ctx, name, start, start + name.length);
      }
      start += name.length + 1;
    }
  }
  // The cue first, then the name before it: a cue-first scan keeps this linear in the text.
  const listed = /(?:正式|成功)?(?:挂牌上市|上市敲钟|登陆(?:A股|科创板|创业板))/g;
  for (let m = listed.exec(ctx.text); m; m = listed.exec(ctx.text)) {
    const end = m.index;
    if (!/\p{Script=Han}/u.test(ctx.text[end - 1] ?? '')) continue;
    const start = nameStartBefore(ctx, end, 12, enterpriseStops());
    // 在科创板挂牌上市: after 在 comes the board, not the company.
    if (start >= end || ctx.text[start - 1] === '在') continue;
    const name = ctx.text.slice(start, end);
    if (hasDistinctiveWord(ctx, start, end)) addEnterprise(ctx, name, start, end);
  }
  // 宏达纺织落户义桥, X集团签约入驻: a company (by its ending) that settles somewhere.
  const settles = lexiconPattern('settles', () => new RegExp(`(?:成功|正式|签约)?(?:${alternation(enterprises.afterCues)})`, 'g'));
  for (let m = settles.exec(ctx.text); m; m = settles.exec(ctx.text)) {
    const end = m.index;
    const start = trimNameStart(ctx, nameStartBefore(ctx, end, 16, enterpriseStops()), end, { innerVerbs: false });
    if (start >= end || end - start < 3) continue;
    const name = ctx.text.slice(start, end);
    if ((trade.test(name) || enterprises.legalForms.some((f) => name.endsWith(f))) && hasDistinctiveWord(ctx, start, end)) addEnterprise(ctx, name, start, end);
  }
  // 由中建八局承建的某某大桥, 由某某建设集团投资建设: who builds a project is a company when its name
  // says so (a trade ending, a legal form, or a state builder's bureau: 中建八局, 中铁十局, 中交二航局).
  const builtBy = /由([\p{Script=Han}0-9()]{2,24}?)(?:负责)?(?:承建|投资建设|开发建设|代建|施工建设)/gu;
  for (let m = builtBy.exec(ctx.text); m; m = builtBy.exec(ctx.text)) {
    const name = m[1]!;
    const start = m.index + 1;
    // (由两镇联合成立的某某有限公司: a company found inside is the one; what comes before it describes it.)
    if (ctx.covered(start, start + name.length, ['Enterprise', 'Street', 'Official', 'Person']) || ctx.overlapped(start, start + name.length, ['Enterprise'])) continue;
    if (STATE_BUILDER.test(name) || ((trade.test(name) || enterprises.legalForms.some((f) => name.endsWith(f))) && hasDistinctiveWord(ctx, start, start + name.length))) addEnterprise(ctx, name, start, start + name.length);
  }
  // A trade name with an industry ending, as the subject of a company's news: 之江有机硅获得…
  const subject = /获得|获评|入选|荣获|被评为|成功|正式/g;
  for (let m = subject.exec(ctx.text); m; m = subject.exec(ctx.text)) {
    const end = m.index;
    if (!trade.test(ctx.text.slice(Math.max(0, end - 4), end))) continue;
    const start = nameStartBefore(ctx, end, 10, enterpriseStops());
    if (end - start < 4 || end - start > 8) continue;
    if (start < end && ctx.isTokenStart(start) && hasDistinctiveWord(ctx, start, end)) addEnterprise(ctx, ctx.text.slice(start, end), start, end);
  }
}

export const extractEnterprises: Extractor = {
  id: 'enterprises',
  // The name before each legal form is read over words.
  prefetch: (ctx) => ctx.prefetchTokens(anchorsIn(ctx, 'legalForms').map((m) => m.index)),
  run(ctx) {
    registeredNames(ctx);
    contextualNames(ctx);
  },
};
