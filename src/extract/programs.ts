/**
 * Programs: named policies, campaigns, mechanisms and brands.
 * - known slogans of the genre (五水共治, 腾笼换鸟, 一网统管), quoted or not;
 * - a quoted name followed by a program head: `“大综合一体化”行政执法改革`, `“30125”事件处置机制`
 *   (the quoted part becomes an alias);
 * - a quoted name that is a program by its own ending (`“楼长制”`) or a campaign brand (`“平安北干”`).
 * Rhetorical quotes (“王牌”, “智”) and quoted lists of principles are not programs.
 * Variants `一网统管·心无忧` resolve to their base program.
 */
import type { DocContext, Extractor } from './context.ts';
import { lexicon, alternation, lexiconEnds, lexiconPattern } from './lexicon.ts';
import { anchorsIn } from './anchors.ts';
import { hasProperWord, nameStartBefore, RENEWAL_ACTIONS, RENEWED_PLACES, trimNameStart } from './spans.ts';
import { HAN } from './chars.ts';
import { inNameCell, tableRows } from './tables.ts';
import { closesTradeBrands } from './brands.ts';

/** The canonical name of a program name (aliases from the lexicon). */
export function canonicalProgram(name: string): string {
  return lexicon().programs.aliases.get(name) ?? name;
}

function addProgram(ctx: DocContext, name: string, start: number, end: number, aliases: string[] = []) {
  const canonical = canonicalProgram(name);
  const all = new Set(aliases);
  if (canonical !== name) all.add(name);
  // A `·` variant right after the name (一网统管·心无忧) is the same program.
  const variant = /^·(\p{Script=Han}{2,5})/u.exec(ctx.text.slice(end, end + 8));
  if (variant && ctx.text[end + variant[0].length] !== '”') {
    all.add(name + variant[0]);
    end += variant[0].length;
  }
  ctx.addEntity({ type: 'Program', name: canonical, start, end, aliases: [...all].filter((a) => a !== canonical), strong: true });
}

/** How far before an 一体化 a joined name can start (five places at most), found once. */
let regionalReach: number | null = null;
/** 融, 接, 联 by code: a one-character string per character of the text is garbage. */
const DRAWN_CHARS = [...'融接联'];
const DRAWN = DRAWN_CHARS.map((c) => c.charCodeAt(0));

/**
 * Places joined into one (杭绍甬一体化, 长三角一体化), or drawn to each other (融杭接沪), left to
 * right as one alternation of both would find them. The alternation, tried at every character,
 * cost a hundred times the rest of this extractor; here each kind is tried only where it can
 * start: the first at most five places before an 一体化, the second at one of three characters.
 */
function regionalSlogans(text: string): { index: number; name: string }[] {
  const places = lexicon().places.regionAbbreviations;
  const place = () => `(?:${alternation(places)})`;
  const joined = lexiconPattern('regionalJoined', () => new RegExp(`${place()}{1,5}一体化`, 'y'));
  const drawn = lexiconPattern('regionalDrawn', () => new RegExp(`[融接联]${place()}[融接联]${place()}`, 'y'));
  regionalReach ??= 5 * Math.max(...places.map((p) => p.length));
  const reach = regionalReach;
  const found: { index: number; name: string }[] = [];
  // "None" is the text's length, not Infinity: an offset that has been Infinity's neighbour is a
  // heap number, and one stored as a found name's index made V8 box the start and end of every
  // entity (and of the tokens and spans made from them) for the rest of the process.
  const none = text.length;
  let joinedFrom = none;
  let joinedTo = -1;
  let nextJoin = text.indexOf('一体化');
  // Where the next 融, 接 and 联 are (`none`: none left), each found again only when passed.
  const drawnAt = [-1, -1, -1];
  for (let i = 0; i < text.length; i++) {
    // The stretch where a joined name can start, before the next 一体化.
    while (i > joinedTo && nextJoin >= 0) {
      joinedFrom = nextJoin - reach;
      joinedTo = nextJoin - 1;
      nextJoin = text.indexOf('一体化', nextJoin + 1);
    }
    // Outside that stretch, on to the next place where either kind can start (none: done).
    if (i < joinedFrom || i > joinedTo) {
      let next = joinedFrom > i ? joinedFrom : none;
      for (let k = 0; k < 3; k++) {
        if (drawnAt[k]! < i) {
          const at = text.indexOf(DRAWN_CHARS[k]!, i);
          drawnAt[k] = at < 0 ? none : at;
        }
        if (drawnAt[k]! < next) next = drawnAt[k]!;
      }
      if (next === none) break;
      if (next > i) {
        i = next - 1;
        continue;
      }
    }
    let m: RegExpExecArray | null = null;
    if (i >= joinedFrom && i <= joinedTo) {
      joined.lastIndex = i;
      m = joined.exec(text);
    }
    const c = text.charCodeAt(i);
    if (!m && (c === DRAWN[0] || c === DRAWN[1] || c === DRAWN[2])) {
      drawn.lastIndex = i;
      m = drawn.exec(text);
    }
    if (m) {
      found.push({ index: i, name: m[0] });
      i += m[0].length - 1;
    }
  }
  return found;
}

/**
 * A kind of builds after a quoted theme (亮点项目, 示范综合体), or builds after a joined theme
 * (“文旅+康养”综合体). “未来汇”项目 alone is a build named 未来汇; 工程 is a program's own head.
 */
const KIND_OF_BUILDS = /^(?:亮点|重点|示范|特色|精品|标杆)(?:项目|综合体|载体)/;
const BUILDS = /^(?:项目|综合体|载体)/;

/** A theme, not a build's or a company's name: short, no head of a build, no trade ending. */
function isTheme(phrase: string): boolean {
  const parts = phrase.split('+');
  if (!parts.every((p) => /^\p{Script=Han}{2,4}$/u.test(p)) || (parts.length === 1 && phrase.length < 3)) return false;
  const { projects, enterprises } = lexicon();
  if (lexiconEnds('projectHeads', () => projects.heads).longest(phrase, 0) !== null) return false;
  return lexiconEnds('tradeSuffixes', () => enterprises.tradeSuffixes).longest(phrase, 0) === null;
}

/** Characters no unit of a chief system holds (和林长制: the 和 joins two of them). */
/** A place's renewal works ending where a slogan does (老街有机更新). */
const RENEWAL_OF_PLACE = new RegExp(`${RENEWED_PLACES}${RENEWAL_ACTIONS}$`);
const CHIEF_STEM_BREAK = /[和与及、的是在了]/;

/** The kinds that name a quoted pair of phrases as one program when right after the quote. */
const PHRASE_KIND = /^(?:推进|工作|服务|管理|运行|长效|治理|培育|专项|提升|攻坚|集中|整治|创建)?(模式|机制|制度|主题年|主题活动|行动|工程|改革|战略|品牌|工作法|体系|试点|示范区|示范带)(?!目标)/;
/**
 * Verbs that adopt a way of working (推行“某某”, 开展“某某”): the quote they take alone is a program.
 * Not 坚持, 围绕, 聚焦: they take principles and targets (坚持“党建引领、数字赋能、社会共治”).
 */
const ADOPTED = /(推行|实行|实施|开展|推广|用好|运用|践行|深化|落实|探索推行|抓好|抓|在推|推出|搭起|搭建|推进)$/;
/**
 * What may follow a way of working after its adopting verb: the end of the clause, a conjunction
 * (…和…), the field it works in (治理, 服务) or 的 (推行“某某”的缩影). Not 建设: “某某”建设 is as
 * often a build's (实施“城市客厅”建设).
 */
const ADOPTED_AFTER = /^(?:[,,。;;、和与及的]|治理|服务|政务服务|提质|扩面|平台|驻村工作)/;
/**
 * `“某某”试点`, `“某某”这个协商平台`, `“某某”的议事机制`, `“某某”联盟`, `“某某”这块牌子` (a title the town holds;
 * not `这张名片`, a speciality): a quote named a way of working by the kind
 * after it (the quote is the program; the kind says what it is). Not `“某某”服务平台` alone: a
 * platform built under a quoted name is as often a build.
 */
const NAMED_KIND = /^(?:(?:这个|这一|这项|这种|这块|这张|的)(?:\p{Script=Han}{2})?(?:平台|机制|模式|品牌|议事会|工作法|联盟|牌子|招牌)|(?:\p{Script=Han}{2})?(?:试点|机制|模式|品牌|议事会|工作法|联盟))(?!\p{Script=Han}*(?:项目|工程))/u;

/** A service, a team or a campaign a short quoted name is given to, ending its clause's word (“码上办”服务,). */
const SERVICE_KIND = /^(?:服务|调解队|调解员|调解室|帮帮团|志愿队|支部创建|创建)(?!\p{Script=Han})/u;

/** 把“某某”开到田间, 把“某某”延伸到片区: a way of working taken somewhere. */
const BROUGHT_TO = /^(?:延伸|推广|开|覆盖|送|复制|拓展|带|搬)(?:到|进|至)/;

/** 以“某某”为抓手, …为牵引, …为主线: what follows a means taken up. */
const MEANS = /^为(?:主?抓手|牵引|引领|主线|载体|突破口|切入点)/;
const MINUTE_RING = /\d{1,2}分钟\p{Script=Han}{1,6}?圈/gu;
const PAIRED_PROVINCES = /(?:[京津冀沪渝晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新]{2}|东西部)(?:对口)?协作/g;

/** The conjunctions that join two quotes of one kind (“甲”和“乙”, “甲”、“乙”). */
const COORDINATED = /(”和|”与|”及|”、)$/;

/** What a `·` brand may be named as right after its quote (“某某·某某”示范点). */
const BRAND_KIND = /^(示范点|示范村|示范区|示范带|创建|建设|品牌|行动|活动|工作)/;
/** A brand of two parts joined by `·` (“山水某镇·共富带”), quoted alone. */
const DOT_BRAND = /^\p{Script=Han}{2,6}·\p{Script=Han}{2,6}$/u;
/** “建设某某、打造某某”战略目标: phrases of what is to be built are a target, not a program. */
const TARGET_VERB = /^(建设|打造|建成|争创|创建|争当|争做)/;

/**
 * Is a quoted phrase a way of working (企业吹哨、部门报到; 红色物业; 万名干部进万企)? One phrase of
 * three to ten characters, or two to four short phrases; not rhetoric, nor a target to build.
 */
function isAdoptedWay(phrase: string): boolean {
  if (lexicon().programs.rhetoric.has(phrase)) return false;
  // (“党建引领·网格治理”: two phrases a `·` joins, as a 、 does.)
  const items = phrase.split(/[、,,·]/);
  // (“红色网格+”, “互联网+”: a way that adds itself to others.)
  if (items.length === 1) return /^\p{Script=Han}{3,10}\+?$/u.test(phrase) && !TARGET_VERB.test(phrase);
  // Phrases of one length, as slogans pair them (企业吹哨、部门报到; not 两手抓、两手都要硬).
  return items.length <= 4 && items.every((i) => /^\p{Script=Han}{2,8}$/u.test(i) && !TARGET_VERB.test(i) && i.length === items[0]!.length);
}

/** Is a phrase a whole program name, to which a following head adds only a description? */
function isCompleteProgram(phrase: string): boolean {
  const { programs } = lexicon();
  if (programs.sloganSet.has(phrase)) return true;
  if (/(制|机制|模式|工程|计划|行动|战略|工作法|改革|体系)$/.test(phrase) && phrase.length >= 3) return true;
  return isProgramPhrase(phrase) && !programs.quotedSuffixes.some((s) => phrase.endsWith(s) && !/(制|机制|模式|工程|计划|行动|战略|工作法|改革)$/.test(s));
}

/** Is a quoted phrase a program by itself? */
export function isProgramPhrase(phrase: string): boolean {
  const { programs } = lexicon();
  if (programs.rhetoric.has(phrase) || phrase.length < 3) return false;
  if (programs.sloganSet.has(phrase)) return true;
  if (/[、,,+]/.test(phrase)) return false;
  // (One look-up per suffix length, not an endsWith per suffix.)
  if (lexiconEnds('quotedSuffixes', () => programs.quotedSuffixes).longest(phrase, 1) !== null) return true;
  // Numbered slogans: 一中心四平台一网格, 三清三整治, 四边三化 (not a way from one thing to another: 从一粒米到一碗饭).
  if (!/^从.+到/.test(phrase) && phrase.length >= 4 && phrase.length <= 12 && (phrase.match(/[一二三四五六七八九十两]/g)?.length ?? 0) >= 2 && /^\p{Script=Han}+$/u.test(phrase)) return true;
  // A campaign brand: 平安北干, 醉美新街, 清廉村居.
  if (phrase.length === 4 && programs.campaignPrefixes.some((p) => phrase.startsWith(p))) return true;
  return isShortSlogan(phrase);
}

/**
 * Short slogans of the genre, when quoted: a count of things with its measure word (“两个先行”,
 * “五张图”, “三支队伍”, “四个一”; not the idioms “两手抓”, “一把手”, “千条线”), a change of one kind into another (“工改工”, “集转国”), a year's theme (“招商引资突破年”),
 * a campaign of days (“百日攻坚”).
 */
function isShortSlogan(phrase: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(phrase)) return false;
  if (phrase.length >= 3 && phrase.length <= 6 && /^[一二三四五六七八九十两百千]+[个张支项大场]\p{Script=Han}{1,4}$/u.test(phrase) && !/[年月日天次人家元]$/.test(phrase)) return true;
  if (phrase.length === 3 && /^\p{Script=Han}[改转换变]\p{Script=Han}$/u.test(phrase)) return true;
  // “清四乱”, “拆三违”: a campaign against a count of ills (a verb, a number, what it ends).
  if (phrase.length <= 4 && /^\p{Script=Han}[一二三四五六七八九十两]\p{Script=Han}{1,2}$/u.test(phrase) && !/^[第每这那一二三四五六七八九十两百千]/.test(phrase)) return true;
  if (phrase.length >= 5 && phrase.length <= 8 && /(突破|攻坚|提升|加速|提质|服务|招商|引资|建设|落实|深化|推进|质量|效益|作风|主题|项目)年$/.test(phrase)) return true;
  return /^(百日|千日|百天)\p{Script=Han}{2,4}$/u.test(phrase);
}

export const extractPrograms: Extractor = {
  id: 'programs',
  run(ctx) {
    const { programs } = lexicon();
    const { text } = ctx;
    const headRe = lexiconPattern('programHeadAfter', () => new RegExp(`^(\\p{Script=Han}{0,8}?)(${alternation(programs.heads)})`, 'u'));
    // Quoted names.
    const quoted = /“([^“”\n]{1,30})”/g;
    for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
      const phrase = m[1]!;
      const start = m.index;
      const close = m.index + m[0].length;
      if (programs.rhetoric.has(phrase)) continue;
      // “甲”“乙”等餐饮品牌: a business's brand, read by the quoted lists (brands.ts) as a company.
      if (closesTradeBrands(text, close)) continue;
      // “码上办”服务, “老娘舅”调解员, “五星”支部创建: a short quoted name and the service, team or campaign
      // it is given to, right after it, name one program.
      const kind = SERVICE_KIND.exec(text.slice(close, close + 5))?.[0];
      if (kind && /^\p{Script=Han}{2,6}$/u.test(phrase) && !ctx.covered(start, close + kind.length, ['Program', 'Project'])) {
        addProgram(ctx, phrase + kind, start, close + kind.length, [phrase]);
        continue;
      }
      // 推行“企业吹哨、部门报到”, 开展“万名干部进万企”和…, 推行“微网格”治理: a way of working
      // adopted, quoted alone or before the field it works in.
      const before = text.slice(Math.max(0, start - 4), start);
      if (ADOPTED.test(before) && ADOPTED_AFTER.test(text.slice(close, close + 4)) && isAdoptedWay(phrase)) {
        addProgram(ctx, phrase, start + 1, close - 1);
        continue;
      }
      if (text[start - 1] === '把' && BROUGHT_TO.test(text.slice(close, close + 3)) && isAdoptedWay(phrase)) {
        addProgram(ctx, phrase, start + 1, close - 1);
        continue;
      }
      // 以“某某”为抓手: what a town takes as its lever, its main line, its carrier is a way of working.
      // (A quoted list is read below, item by item.)
      const single = !/[、,,]/.test(phrase);
      if (single && text.slice(Math.max(0, start - 1), start) === '以' && MEANS.test(text.slice(close, close + 5)) && isAdoptedWay(phrase)) {
        addProgram(ctx, phrase, start + 1, close - 1);
        continue;
      }
      // 推进“百千万工程”和“村级工业园升级改造”: a quote joined to a program's quote is one of a kind with it.
      if (single && COORDINATED.test(text.slice(Math.max(0, start - 2), start)) && ctx.findIn('Program', start - 24, start - 1, (p) => text[p.end] === '”' || text[p.end - 1] === '”') && isAdoptedWay(phrase)) {
        addProgram(ctx, phrase, start + 1, close - 1);
        continue;
      }
      // “招商引资突破年、项目推进加速年、环境建设提升年”: a quoted list of short slogans names each.
      if (!single) {
        const items = phrase.split(/[、,,]/);
        if (items.length >= 2 && items.every(isShortSlogan)) {
          let at = start + 1;
          for (const item of items) {
            addProgram(ctx, item, at, at + item.length);
            at += item.length + 1;
          }
        } else if (items.length >= 2 && items.length <= 4 && items.every((i) => /^\p{Script=Han}{2,8}$/u.test(i) && !TARGET_VERB.test(i)) && PHRASE_KIND.test(text.slice(close, close + 6))) {
          // “党建引领、四个治理”模式, “深化改革、强基固本”主题年: phrases quoted as one, and named as
          // one by the kind right after the quote, are one program (“…”的模式 only describes one).
          addProgram(ctx, phrase, start + 1, close - 1);
        }
        continue;
      }
      const head = headRe.exec(text.slice(close, close + 24));
      // “大建大美”亮点项目, “文旅+康养”综合体: a theme quoted before a kind of builds is the campaign
      // the builds are of (the builds are no one project: see projects.ts).
      if ((KIND_OF_BUILDS.test(text.slice(close, close + 6)) || (phrase.includes('+') && BUILDS.test(text.slice(close, close + 3)))) && isTheme(phrase)) {
        addProgram(ctx, phrase, start + 1, close - 1);
        continue;
      }
      // “网格+警格”联动机制 is a name with its head; “1+N” alone, or a described way of working
      // (“政府主导+企业自主改造”的模式), is none.
      if (phrase.includes('+')) {
        const parts = phrase.replace(/\+$/, '').split('+');
        // (“1+N” is no name; nor are parts over four characters.)
        if (!parts.every((part) => /^\p{Script=Han}{1,4}$/u.test(part)) || !parts.some((part) => part.length >= 2)) continue;
        // (“红色网格+”: a way that adds itself to others ends with its +; “党建+” alone is a field's word
        // and a +, and a part of one character needs the kind of thing after it: “玉+电商”模式, “生态+”发展战略.)
        if (!head && (/^\p{Script=Han}{1,2}\+$/u.test(phrase) || parts.some((part) => part.length < 2))) continue;
        // “标准地+承诺制”: a name by its own ending.
        if (!head && /(制|机制|模式|改革)$/.test(phrase)) {
          addProgram(ctx, phrase, start + 1, close - 1);
          continue;
        }
        // (“门业+农旅”的共富模式: two fields of two characters joined, then the kind after 的, name one
        // way; a longer described way, “政府主导+企业自主改造”的模式, names none.)
        if (!head) continue;
        if (head[1]!.includes('的')) {
          if (/^的\p{Script=Han}{0,2}$/u.test(head[1]!) && parts.length === 2 && parts.every((part) => part.length === 2)) addProgram(ctx, phrase, start + 1, close - 1);
          continue;
        }
        // “网格化+积分制”治理模式: a name by its own ending, and the kind of thing it is after it.
        if (/(制|机制|模式|改革)$/.test(phrase)) {
          addProgram(ctx, phrase, start + 1, close - 1);
          continue;
        }
      }
      // A brand names itself: “安居乐堰”社会治理新品牌 is 安居乐堰; so does a concept or an idea right
      // after its quote (“美镇集群”概念).
      if (head && (/品牌$/.test(head[2]!) || (/^(概念|理念)$/.test(head[2]!) && head[1] === ''))) {
        addProgram(ctx, phrase, start + 1, close - 1);
        continue;
      }
      // “大综合一体化”行政执法改革 is one name; “楼长制”服务模式 is 楼长制 with a descriptor; “以人为本”的理念
      // describes one, and names none.
      if (head && head[1]!.includes('的')) continue;
      if (head && !isCompleteProgram(phrase) && phrase.length >= 2) {
        const name = phrase + head[1]! + head[2]!;
        addProgram(ctx, name, start, close + head[0].length, [phrase]);
        continue;
      }
      if (isProgramPhrase(phrase)) addProgram(ctx, phrase, start + 1, close - 1);
      // “山水某镇·共富带” quoted alone (not the label of a build: “一网统管·某某卫”城市智治分中心).
      else if (DOT_BRAND.test(phrase) && (!/\p{Script=Han}/u.test(text[close] ?? '') || BRAND_KIND.test(text.slice(close, close + 3)))) addProgram(ctx, phrase, start + 1, close - 1);
      // “某某”试点, “某某”这个协商平台: a way of working named by the kind after it, no build found there.
      else if (single && NAMED_KIND.test(text.slice(close, close + 8)) && isAdoptedWay(phrase) && !ctx.covered(start, close + 4, ['Program', 'Project'])) addProgram(ctx, phrase, start + 1, close - 1);
    }
    // Known slogans, quoted or not.
    const tabled = tableRows(ctx).length > 0;
    for (const { index, word } of anchorsIn(ctx, 'slogans')) {
      if (ctx.covered(index, index + word.length, ['Program'])) continue;
      // 上派镇老旧小区改造 as a table's project: the row is a build, not the campaign.
      if (tabled && inNameCell(ctx, index) && !tableRows(ctx).some((r) => r.name.start === index && r.name.end === index + word.length)) continue;
      // 荃步村共富工坊: a village's or community's build of that kind is a project, not the program.
      if (/(村|社区)$/.test(text.slice(Math.max(0, index - 2), index)) && /(工坊|中心|驿站|社区|乡村)$/.test(word)) continue;
      // 某某老街有机更新, 某某片区城市更新: the works of a place (works.ts), not the program.
      if (RENEWAL_OF_PLACE.test(text.slice(Math.max(0, index - 3), index + word.length))) continue;
      addProgram(ctx, word, index, index + word.length);
    }
    // 街长制, 楼道长制, 网格长制: a chief for each unit of a kind, quoted or not (not 家长制).
    for (let at = text.indexOf('长制'); at >= 0; at = text.indexOf('长制', at + 2)) {
      if (ctx.covered(at - 1, at + 2, ['Program']) || ctx.isExcluded(at)) continue;
      const two = at >= 2 && HAN.at(text, at - 2) && ctx.tokenAt(at - 1)?.start === at - 2 && !CHIEF_STEM_BREAK.test(text.slice(at - 2, at));
      const start = two ? at - 2 : at - 1;
      if (!HAN.at(text, start) || CHIEF_STEM_BREAK.test(text[start]!) || text[start] === '家') continue;
      addProgram(ctx, text.slice(start, at + 2), start, at + 2);
    }
    // 15分钟社区生活圈, 10分钟健身圈: services within minutes of every home, a national program;
    // 闽宁协作, 沪滇对口协作, 东西部协作: provinces paired to help one another.
    for (const re of [MINUTE_RING, PAIRED_PROVINCES]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (ctx.covered(m.index, m.index + m[0].length, ['Program']) || ctx.isExcluded(m.index)) continue;
        addProgram(ctx, m[0], m.index, m.index + m[0].length);
      }
    }
    // Regional integration, quoted or not: 杭绍同城一体化, 杭绍甬一体化, 融杭接沪 (城乡一体化 is no
    // region: only short names of places make one).
    for (const { index: start, name } of regionalSlogans(text)) {
      const end = start + name.length;
      // One place alone (杭一体化) is no region.
      if (name.length < 5 && name.endsWith('一体化')) continue;
      if (ctx.covered(start, end, ['Program']) || ctx.isExcluded(start)) continue;
      addProgram(ctx, name, start, end);
    }
  },
};

/** The plan, campaign and pilot words in a document (计划, 行动, 攻坚战, 试点 ending a phrase). */
const plansIn = (ctx: DocContext) => ctx.memo('plans', () => [...ctx.text.matchAll(/(计划|行动|攻坚战|试点)(?=[\s,。;、)]|启动|实施|$)/g)]);

/** `稽东古道寻龙计划`, `企业培育计划`: an unquoted plan or campaign is a program when a proper noun names it. */
export const extractNamedPlans: Extractor = {
  id: 'named-plans',
  // The name before each plan word is read over words.
  prefetch: (ctx) => ctx.prefetchTokens(plansIn(ctx).map((m) => m.index - 1)),
  run(ctx) {
    for (const m of plansIn(ctx)) {
      if (ctx.covered(m.index, m.index + m[0].length, ['Program'])) continue;
      const start = trimNameStart(ctx, nameStartBefore(ctx, m.index, 14), m.index);
      if (start >= m.index || m.index - start < 2 || !hasProperWord(ctx, start, m.index)) continue;
      const name = ctx.text.slice(start, m.index + m[0].length);
      if (/[“”]/.test(name)) continue;
      // 以某村为试点: the place a pilot is run in, no program.
      if (ctx.text[m.index - 1] === '为' && m[0] === '试点') continue;
      // 凤凰行动计划: the plan of a known program is that program (found as a slogan).
      if (lexicon().programs.sloganSet.has(canonicalProgram(ctx.text.slice(start, m.index)))) continue;
      addProgram(ctx, name, start, m.index + m[0].length);
    }
  },
};
