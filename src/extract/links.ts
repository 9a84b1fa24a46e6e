/**
 * Project–enterprise links (INVOLVES), where the text ties them:
 * - the project is named after the company: 三星羽绒数字工厂 ↔ 三星羽绒, 浙江交通集团金融中心项目;
 * - `以银泰百货为中心…杭州南站商务圈`: the company anchors projects later in the sentence;
 * - `由X投资建设`, `由X与Y合作建设`, `由X作为实施主体`, `该项目由X承建`, `投资方为X`, `X投资建设的`.
 */
import type { DocContext, EntityCandidate, Extractor } from './context.ts';
import { lexicon, alternation, lexiconEnds, lexiconPattern } from './lexicon.ts';
import { addEnterprise, SHORT_NAME_AFTER } from './enterprises.ts';
import { isPlaceName } from './divisions.ts';
import { shortStreetName } from './streets.ts';
import { companyStemOf } from './spans.ts';
import { anaphoricProject, buildSpokenOf, lastBefore, opensWithAnaphor, projectInFocus, ROLES } from './anaphora.ts';
import { BUILT_BY_INTRODUCED, BUILT_BY_OTHER_PARTY, BUILT_OF, BUILT_PLANNED, BUILT_TOGETHER, BY_THEN_BUILDS, builtBefore, builtProjectAfter, HANDED_TO_BUILD, OWN_BUILD, projectNamedBy, WHEN } from './company-builds.ts';
import { tableRows } from './tables.ts';

/** Whose a company is, and what kind of company, said before its name (镇属国企, 当地的国有企业). */
const OWNED_BY = '(?:[省市县区镇]属|当地)';
const OWNED_KIND = '(?:国企|国有企业|央企|民企)';

/** What a company does to a project when it is named after 由 (`由X投资建设`, `由X与Y合作建设`, `由X运营`, `由X以BOT方式投资建设`). */
const BY_VERB = /^(?:(?:以|采用)[A-Z]{2,4}(?:\+[A-Z]{1,4})?(?:方式|模式))?(?:具体|全面|主要|统一|组织|牵头)?(?:中标承建|中标|投资建设|投资|开发建设|承建|承接|建设|建(?=的)|实施|运营|运维|施工总承包|总承包|承租|承包经营|承包|施工|开发|代建|负责|打造|共同|合作|联合|分标段|作为(?:实施|投资|建设|运营|开发)主体|作为业主)/;
/** The role before the company: `投资方为X`, `施工方是X`, `承建单位X`, `承担施工的是X`, `中标的是X`. */
const ROLE_BEFORE = new RegExp(`(?:${ROLES}(?:为|是)?|(?:承担|负责)(?:施工|建设|运营|代建)(?:任务)?的是|中标(?:施工|承建)?的是|(?:^|[,;])施工(?:为|是))(?:${OWNED_BY}的?)?(?:国企|国有企业|企业)?$`);
/** The role after it: `X为施工总承包单位`, `X是项目的建设方`. */
const ROLE_AFTER = new RegExp(`^(?:为|是|作为)(?:该?项目的?|本项目)?${ROLES}`);
/** What the company does, closing the clause its name opens: `X承建,`, `X负责投资和运营,`, `Y施工。`. */
const CLOSING_VERB = /^(?:负责|承担)?(?:投资和运营|投资和建设|投资建设和运营|投资运营|投资建设|建设运营|施工总承包|总承包|承建|施工|代建|运营|承租经营|承租运营)(?=[,。;]|$)/;
/** A part of the works said before 由, and who takes it after the company: `施工由X承担`, `运营由X负责`. */
const WORK_BY_BEFORE = /(?:施工|土建|建设|运营|代建|设计|投资|安装)(?:工作|任务)?由$/;
const TAKES_AFTER = /^(?:承担|负责|完成)/;
/** Where what is said of a company starts: after its name, and its short name in brackets if given. */
const afterName = (text: string, company: EntityCandidate) => company.end + (SHORT_NAME_AFTER.exec(text.slice(company.end, company.end + 16))?.[0].length ?? 0);

/**
 * Is `company` named as the one who builds, runs or owns a project: after 由 (alone or with
 * others: 由X与Y合作建设, 由X和Y分标段施工) with a verb of building after the list, or after a
 * role (投资方为X)? `at`: where the phrase starts (the project named last before it is the one).
 */
function byCompanies(ctx: DocContext, company: EntityCandidate): { at: number } | null {
  const { text } = ctx;
  const nameEnd = afterName(text, company);
  if (ROLE_BEFORE.test(text.slice(Math.max(0, company.start - 10), company.start))) return { at: company.start };
  // X为施工总承包单位, (…,)X承建: the company's role said after it, in a clause of its own.
  if (ROLE_AFTER.test(text.slice(nameEnd, nameEnd + 14)) || CLOSING_VERB.test(text.slice(nameEnd, nameEnd + 8))) return { at: company.start };
  if (WORK_BY_BEFORE.test(text.slice(Math.max(0, company.start - 6), company.start)) && TAKES_AFTER.test(text.slice(nameEnd, nameEnd + 2))) return { at: company.start };
  // 由区卫健委统筹、X承建: an organ before the company in the list (no company of the project's);
  // 由甲公司投资,乙公司施工: the builder after the investor, in the next clause.
  const before = text.slice(Math.max(0, company.start - 60), company.start);
  const organ = ORGAN_THEN.exec(before);
  const after = BY_VERB.test(text.slice(nameEnd, nameEnd + 8));
  if (organ && after) return { at: company.start - organ[0].length };
  const investor = INVESTOR_THEN.exec(before);
  if (investor && after && ctx.findIn('Enterprise', company.start - investor[0].length, company.start - 1, () => true)) return { at: company.start - investor[0].length };
  // 二期由镇里投资,X施工: the town pays, the company after it builds.
  const townPays = TOWN_PAYS_THEN.exec(before);
  if (townPays && after) return { at: company.start - townPays[0].length };
  // 启动某某中心建设,引进X运营: the company brought in to run what was just named.
  if (text.slice(company.start - 2, company.start) === '引进' && RUN_AFTER.test(text.slice(nameEnd, nameEnd + 4))) return { at: company.start - 2 };
  // Walk left over the other companies of the list to 由.
  let start = company.start;
  // (由两镇联合成立的X负责开发建设: the company described between 由 and its name.)
  // (由镇属企业X投资建设: or what it is, without 的.)
  const described = DESCRIBED_AFTER_BY.exec(text.slice(Math.max(0, start - 16), start)) ?? OWNED_AFTER_BY.exec(text.slice(Math.max(0, start - 8), start));
  if (described) start -= described[0].length - 1;
  for (;;) {
    if (text[start - 1] === '由') break;
    const joiner = JOINED_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    if (!joiner) return null;
    const at = start - joiner[0].length;
    const other = ctx.findIn('Enterprise', at - 40, at, (e) => e.end === at);
    if (!other) return null;
    start = other.start;
  }
  // Walk right over the rest of the list to the verb (由X与某镇联合实施: a town may be one of them).
  let end = nameEnd;
  for (;;) {
    const joiner = JOINED_AFTER.exec(text.slice(end, end + 8));
    const from = end + (joiner?.[0].length ?? 0);
    const next = joiner && (ctx.findIn('Enterprise', from, from + 1, (e) => e.start === from) ?? ctx.findIn('Street', from, from + 1, (e) => e.start === from));
    if (!next) break;
    end = next.end;
  }
  return BY_VERB.test(text.slice(end, end + 8)) ? { at: start - 1 } : null;
}

/** 由…的 right before a company: what it is, between 由 and its name (由两镇联合成立的X). */
const DESCRIBED_AFTER_BY = /由[^,。;由的]{1,12}的$/;
const OWNED_AFTER_BY = new RegExp(`由${OWNED_BY}的?(?:国企|国有企业|企业)?$`);
/** `由区卫健委统筹、` before a company: a government organ in the list of who does it. */
const ORGAN_THEN = /由(?:\p{Script=Han}{1,10}?(?:委|局|办|政府|管委会)(?:统筹|牵头|监管|指导|负责)?[、,]|(?:村集体|村股份经济合作社|村经济合作社|村里|村委会|社区|\p{Script=Han}{0,6}(?:镇|街道|乡)(?:人民政府|政府|里)?)[和与、])$/u;
/** `由甲公司投资,` / `由甲公司代建、` before a company: the clause of the project's investor, which the builder's follows. */
const INVESTOR_THEN = /由[^,。;由]{4,40}?(?:投资建设|投资|代建|开发|建设)[,、]$/;
/** `由镇里投资,` / `由镇政府出资、` before a company: the town's clause of paying, which the builder's follows. */
const TOWN_PAYS_THEN = /由(?:镇里|镇政府|镇人民政府|街道|街道办事处|乡里|乡政府|村里|村集体)(?:投资|出资)(?:建设)?[,、]$/;

/** The work handed to a company, said before it: 建设和运营都交给, 运营交由. */
const WORK_HANDED = /(?:建设|施工|运营|管理|经营|运维|物业|招商|服务)[^,。;]{0,6}(?:交给了?|交由|委托给?了?)$/;

/** What a company is said to be between 是 and its name: 镇属国企, 当地的国有企业. */
const OWNED_BEFORE = new RegExp(`(?:${OWNED_BY}的?)?(?:${OWNED_KIND}|企业)$`);

/** What hands a place or a work to a company, said right before it: 交给, 交由, 委托, 租给 (rented), 请 (asked in to do it). */
const HANDED_TO = /(?:交给了?|交由|委托给?了?|租给了?|请了?)$/;

/** How a company's clause of its plans opens: 将, 计划, 在某镇, 投资5亿元, 今年开工建设, 承租了某某. */
const PLANS_AFTER = new RegExp(`^,?(?:${WHEN}?(?:将|拟|计划|准备|正在|在|投资\\d|开工|动工|承租|租用|利用|盘活|收购))`);

/** What a company brought in (引进X运营) is to do with the project. */
const RUN_AFTER = /^[来做]?(?:统一|整体|负责)?(?:(?:设计施工|设计和施工)(?:一体化)?(?=[,。;]|$)|(?:设计施工一体化|设计施工|设计和施工)?(?:招商(?:和|与|及)?)?(?:运营|经营|管理|建设|投资建设|承建|代建|实施))/;

/** Between two companies of a list: a conjunction, and what the second is (与镇属国企…, 和当地国企…). */
const OWNER = `(?:${OWNED_BY}的?)?${OWNED_KIND}?`;
const JOINED_BEFORE = new RegExp(`[与和、及]${OWNER}$`);
const JOINED_AFTER = new RegExp(`^[与和、及]${OWNER}`);

/** `由该公司`: the company named before it in the sentence. */
const THIS_COMPANY = /由(?:该|这家|此)公司/g;

/** `该公司`, `这家企业` not after 由 (that is THIS_COMPANY's): the company just named, as the subject of what it builds. */
const THIS_COMPANY_BUILDS = /(?<!由)(?:该|这家|此)(?:公司|企业)/g;

/** After a bare 公司 (the company just named): what it builds (公司今年新建的…, 公司承建的…). */
const OWN_PROJECT = /公司(?:今年|去年|目前|正在|近期|新)?(?:新建|承建|投资建设|投资|建设|打造|开发|新上|实施)的/g;


/**
 * The build a clause opened by 前者 or 后者 speaks of, where the company at `at` is named: the first or
 * the last of those named before it in the sentence; null when fewer than two were (no guess);
 * undefined when the clause opens otherwise.
 */
function formerOrLatter(ctx: DocContext, sentenceStart: number, at: number): EntityCandidate | null | undefined {
  const clause = Math.max(sentenceStart, ctx.text.lastIndexOf(',', at - 1) + 1, ctx.text.lastIndexOf(';', at - 1) + 1);
  const which = /^(?:前者|后者)/.exec(ctx.text.slice(clause, at))?.[0];
  if (!which) return undefined;
  const named = ctx.within('Project', sentenceStart, clause).sort((a, b) => a.start - b.start);
  if (named.length < 2) return null;
  return which === '前者' ? named[0]! : named[named.length - 1]!;
}

/** Where the clause that runs on at `from` ends (a comma, a semicolon or the sentence's end). */
function clauseEndAfter(text: string, from: number, sentenceEnd: number): number {
  const comma = text.slice(from, sentenceEnd).search(/[,;]/);
  return comma < 0 ? sentenceEnd : from + comma;
}

/** The link, with the sentence that ties them as its evidence (by default the project's). */
function involves(ctx: DocContext, project: EntityCandidate, enterprise: string, sentence = ctx.sentenceAt(project.start)) {
  ctx.addRelation({ type: 'INVOLVES', from: { type: 'Project', name: project.name }, to: { type: 'Enterprise', name: enterprise }, evidence: sentence });
}

export const extractLinks: Extractor = {
  id: 'links',
  run(ctx) {
    const { enterprises } = lexicon();
    const streetNames = new Set(ctx.entities.filter((e) => e.type === 'Street').map((e) => e.name));
    const streetShorts = new Set([...streetNames].map(shortStreetName));
    // (The projects as found before this extractor: the rules below add some, and the questions of
    // which project a sentence speaks of ask ctx.ofType('Project'), the projects as they are then.)
    const projects = ctx.entities.filter((e) => e.type === 'Project');
    // Companies as found so far (the loop below may add some), and their names and aliases to the
    // name they stand for: made again only when the companies grew.
    let companyList: readonly EntityCandidate[] = [];
    let companyNames = new Map<string, string>();
    /** The longest of companyNames' keys: no longer prefix of a project's name is looked up. */
    let longestCompanyName = 0;
    const companies = () => {
      if (companyList.length !== ctx.ofType('Enterprise').length) {
        companyList = [...ctx.ofType('Enterprise')];
        companyNames = new Map();
        // (An alias that is a place's name, 北滘 of 佛山市顺德区北滘建设投资有限公司, names no company's project.)
        for (const c of companyList) for (const n of [c.name, ...(c.aliases ?? [])]) if (n.length >= 2 && !companyNames.has(n) && (n === c.name || (!isPlaceName(n) && !streetShorts.has(n)))) companyNames.set(n, c.name);
        // 宏远总部 after 宏远集团: the company's short name, where it is no place's.
        for (const c of companyList) {
          const stem = companyStemOf(c);
          if (stem.length >= 2 && !companyNames.has(stem) && !isPlaceName(stem) && !streetShorts.has(stem)) companyNames.set(stem, c.name);
        }
        longestCompanyName = 0;
        for (const n of companyNames.keys()) if (n.length > longestCompanyName) longestCompanyName = n.length;
      }
      return companyList;
    };
    /** The company whose name (or alias) the project's name starts with, the longest such. */
    const namedBy = (name: string): string | undefined => {
      companies();
      for (let n = Math.min(name.length, longestCompanyName); n >= 2; n--) {
        const company = companyNames.get(name.slice(0, n));
        if (company) return company;
      }
      return undefined;
    };
    const trade = lexiconPattern('tradeStart', () => new RegExp(`^(\\p{Script=Han}{2,3}?)(${alternation(enterprises.tradeSuffixes)})`, 'u'));
    // Projects whose name opens with a trade name (三星羽绒数字工厂): read as the company's below,
    // unless the text names who builds them (枇杷谷智能装备产业园项目,由某某公司建设: 枇杷谷 is a place).
    const tradeNamed: { project: EntityCandidate; name: string; at: number }[] = [];
    // A table that says who builds each row's project has said it (tables.ts): its rows are not guessed at.
    const tabled = new Set(tableRows(ctx).filter((r) => r.builders.length > 0).map((r) => r.name.start));
    for (const project of projects) {
      if (tabled.has(project.start)) continue;
      // A company inside the project's own span (by position: no scan of every company).
      const inside = ctx.findIn('Enterprise', project.start, project.end, (c) => c.end <= project.end);
      if (inside) {
        involves(ctx, project, inside.name);
        continue;
      }
      const named = namedBy(project.name);
      if (named) {
        involves(ctx, project, named);
        continue;
      }
      // 三星羽绒数字工厂: a trade name + industry word at the start, which is not a place, before a
      // facility a company has (工厂, 事业部, 基地); 渔浦文化街区 is a street block, not a company's.
      const m = trade.exec(project.name);
      const facility = lexiconEnds('facilityHeads', () => enterprises.facilityHeads).longest(project.name) !== null;
      // 亚圣文化产业园 is a 文化产业 park: an industry running on into the head names no company.
      const industryPark = /^产业/.test(project.name.slice(m?.[0].length ?? 0));
      // (Nor a town's full name: 立新乡光伏发电项目 is the 乡's.)
      if (m && facility && !industryPark && !isPlaceName(m[1]!) && !streetShorts.has(m[1]!) && !streetNames.has(m[1]!) && project.name.length > m[0].length + 1) {
        const at = ctx.text.indexOf(m[0], project.start);
        if (at >= 0 && at < project.end && ctx.isTokenStart(at)) tradeNamed.push({ project, name: m[0], at });
      }
    }
    // 某某公司负责人介绍,公司今年新建的某某项目: the company's own project, the company named before
    // in the sentence.
    OWN_PROJECT.lastIndex = 0;
    for (let own = OWN_PROJECT.exec(ctx.text); own; own = OWN_PROJECT.exec(ctx.text)) {
      const at = own.index;
      if (ctx.findIn('Enterprise', at - 30, at + 2, (e) => e.end === at + 2)) continue;
      const from = at + own[0].length;
      const project = ctx.findIn('Project', from, from + 3, (p) => p.start >= from && p.start <= from + 2);
      const sentence = ctx.sentenceAt(at);
      const company = lastBefore(ctx, 'Enterprise', sentence, at);
      if (project && company) involves(ctx, project, company.name, sentence);
    }
    // 某某有限公司(简称“某某”)的某某基地: the company's own build, named right after its name.
    for (const company of companies()) {
      // (A company's name, its short name in brackets maybe, and 的: what follows is its own.)
      const from = afterName(ctx.text, company) + 1;
      const project = ctx.text[from - 1] === '的' ? ctx.findIn('Project', from, from + 1, (p) => p.start === from) : undefined;
      // (Or a build of plain words after 的, 旗下的, 落户某镇的: 某某公司旗下的检测认证中心项目.)
      const own = project ?? builtProjectAfter(ctx, afterName(ctx.text, company), OWN_BUILD);
      if (own) involves(ctx, own, company.name, ctx.sentenceAt(company.start));
    }
    // 某某公司副总经理介绍,度假区由该公司投资开发: the company just named builds what the clause opens with.
    THIS_COMPANY.lastIndex = 0;
    for (let m = THIS_COMPANY.exec(ctx.text); m; m = THIS_COMPANY.exec(ctx.text)) {
      if (!BY_VERB.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      const sentence = ctx.sentenceAt(m.index);
      const company = lastBefore(ctx, 'Enterprise', sentence, m.index);
      const project = company && (lastBefore(ctx, 'Project', { start: Math.max(sentence.start, company.end) }, m.index) ?? projectInFocus(ctx, sentence, m.index, ctx.ofType('Project')));
      if (company && project) involves(ctx, project, company.name, sentence);
    }
    // 察看该公司投资2.6亿元建设的某某项目: what the company just named builds, in the clause of 该公司.
    THIS_COMPANY_BUILDS.lastIndex = 0;
    for (let m = THIS_COMPANY_BUILDS.exec(ctx.text); m; m = THIS_COMPANY_BUILDS.exec(ctx.text)) {
      const at = m.index + m[0].length;
      const paragraph = ctx.text.lastIndexOf('\n', m.index) + 1;
      const company = lastBefore(ctx, 'Enterprise', { start: Math.max(paragraph, m.index - 200) }, m.index);
      const project = company && (builtProjectAfter(ctx, at, BUILT_OF) ?? builtProjectAfter(ctx, at, BUILT_PLANNED));
      if (company && project) involves(ctx, project, company.name, ctx.sentenceAt(m.index));
    }
    // 以银泰百货为中心,…杭州南站商务圈: the anchor company of the projects after it in the sentence.
    for (const company of companies()) {
      const before = ctx.text.slice(company.start - 1, company.start);
      const nameEnd = afterName(ctx.text, company);
      const after = ctx.text.slice(nameEnd, nameEnd + 6);
      // 引进X,建设某某中心: what the company brought in builds.
      // (我们引进的X,投资20亿元在某镇建设…: the same.)
      const introduced = /引进的?$/.test(ctx.text.slice(Math.max(0, company.start - 3), company.start)) && BUILT_BY_INTRODUCED.test(ctx.text.slice(nameEnd, nameEnd + 24));
      const anchored = before === '以' && /^为(中心|核心|龙头|依托)/.test(after);
      const by = byCompanies(ctx, company);
      const builds = /^(投资建设|投资|开发建设|承建|建设|新上的|新建的)/.test(after) || BUILT_OF.test(ctx.text.slice(nameEnd, nameEnd + 24)) || by || introduced;
      // 某某公司将在溱潼建设…基地: the build its own clause plans (only that one: another company's may follow).
      // (与X签约共建…: what the town builds with it.)
      // (某某公园,是街道与X签约共建的: the build the sentence is about, named before.)
      // (某某绿道全长2.8公里,是X投资建设的: the same, the company alone.)
      // (交给X,改造成“某某”: the company a place is handed to builds what it becomes.)
      // (交由X整体改造,取名“某某”: the build named after it in the sentence.)
      // (展示馆…,建成后交给X运营; 运维委托给X: the build the sentence speaks of, which X is to run.)
      // (把闲置校舍租给X,改成了某某中心: the tenant runs what the place becomes.)
      const handedWord = HANDED_TO.exec(ctx.text.slice(Math.max(0, company.start - 3), company.start))?.[0];
      // (请了X做设计施工一体化: asked in to do a work, said after it; asked alone names nothing handed.)
      const asked = handedWord?.startsWith('请') === true;
      const runAfter = handedWord !== undefined && RUN_AFTER.test(ctx.text.slice(nameEnd, nameEnd + 12));
      const handedTo = handedWord !== undefined && (!asked || runAfter);
      // (街区的建设和运营都交给X: the work said before it.)
      const work = handedTo && (runAfter || WORK_HANDED.test(ctx.text.slice(Math.max(ctx.sentenceAt(company.start).start, company.start - 14), company.start)));
      const toRun = work ? buildSpokenOf(ctx, company.start) : undefined;
      // (某某中心,镇里建好以后租给了X: rented when built, with nothing made of it after: the build spoken of.)
      const rented = handedWord?.startsWith('租') === true;
      const handed = !handedTo
        ? undefined
        : rented
          ? (builtProjectAfter(ctx, nameEnd, HANDED_TO_BUILD) ?? buildSpokenOf(ctx, company.start))
          : (toRun ?? builtProjectAfter(ctx, nameEnd, HANDED_TO_BUILD) ?? ctx.within('Project', nameEnd, ctx.sentenceAt(company.start).end)[0]);
      // (产业园本身是镇属国企X开发的: what the company is may stand between 是 and its name.)
      const described = OWNED_BEFORE.exec(ctx.text.slice(Math.max(0, company.start - 8), company.start))?.[0].length ?? 0;
      const said = ctx.text[company.start - described - 1];
      // (街道和X签了协议,由对方投资建设…: the other party builds it.)
      // (引进了X,它投资4亿元的某某项目: what it, the company just named, builds.)
      const together =
        handed ??
        (/[与和]$/.test(before) ? (builtProjectAfter(ctx, nameEnd, BUILT_TOGETHER) ?? builtProjectAfter(ctx, nameEnd, BUILT_BY_OTHER_PARTY) ?? builtBefore(ctx, company, nameEnd)) : said === '是' ? builtBefore(ctx, company, nameEnd) : undefined) ??
        (ctx.text.startsWith(',它', nameEnd) ? (builtProjectAfter(ctx, nameEnd + 2, BUILT_OF) ?? builtProjectAfter(ctx, nameEnd + 2, BUILT_PLANNED)) : undefined);
      const ownBuild = together ?? (!anchored && !by && !introduced && PLANS_AFTER.test(after) ? builtProjectAfter(ctx, nameEnd, BUILT_PLANNED) : undefined);
      if (ownBuild) {
        involves(ctx, ownBuild, company.name, ctx.sentenceAt(company.start));
        continue;
      }
      if (!anchored && !builds) continue;
      const sentence = ctx.sentenceAt(company.start);
      // 某某产业园建设,总投资3亿元,由X投资建设: the project named last before 由 is the company's;
      // 该项目由X承建: the project the sentence speaks of; 投资方为X: the same.
      if (by) {
        // (甲工程和乙工程…,前者的施工单位为X,后者由Y承建: the first or the last of the builds named before.)
        const pair = formerOrLatter(ctx, sentence.start, company.start);
        if (pair !== undefined) {
          if (pair) involves(ctx, pair, company.name, sentence);
          continue;
        }
        // (该中心紧邻某某路,由X建设: the build the sentence opens with, not a place it names on the way.)
        const spokenOf = opensWithAnaphor(ctx, sentence) ? anaphoricProject(ctx, sentence, ctx.ofType('Project')) : undefined;
        const project = spokenOf ?? lastBefore(ctx, 'Project', sentence, by.at) ?? anaphoricProject(ctx, sentence, ctx.ofType('Project')) ?? projectNamedBy(ctx, by.at);
        if (project) {
          involves(ctx, project, company.name, sentence);
          continue;
        }
      }
      // (由X投资建设的某某园: the project right after, in the company's clause; not in a clause after
      // it: 由X投资建设,已签下11家企业,其中某某把华东总部放在这里.)
      const clauseEnd = by ? clauseEndAfter(ctx.text, company.end, sentence.end) : sentence.end;
      const within = ctx.within('Project', company.end + 1, clauseEnd);
      // X投资的智能门锁全产业链基地项目: a 项目 of plain words the company builds is one project.
      // (引进X,总投资5亿元的某某项目落户某园: what was brought in builds the named one, not the park after it.)
      // (另一个项目由X投资,总投资5亿元,将在某镇建设某某基地: by X, what its clauses after say it builds.)
      const named = within.length === 0 || introduced ? (builtProjectAfter(ctx, nameEnd, introduced ? BUILT_BY_INTRODUCED : BUILT_OF) ?? (by ? builtProjectAfter(ctx, nameEnd, BY_THEN_BUILDS) : undefined)) : undefined;
      // Nothing after the company either: the project the passage speaks of.
      const focus = by && !named && within.length === 0 ? projectInFocus(ctx, sentence, by.at, ctx.ofType('Project')) : undefined;
      if (focus) involves(ctx, focus, company.name, sentence);
      for (const project of named ? [named] : within) involves(ctx, project, company.name);
    }
    for (const { project, name, at } of tradeNamed) {
      if (ctx.relations.some((r) => r.type === 'INVOLVES' && r.from.name === project.name)) continue;
      addEnterprise(ctx, name, at, at + name.length);
      if (companies().some((e) => e.name === name)) involves(ctx, project, name);
    }
  },
};
