/**
 * A company's build, named in the company's own clause: what it invests in, plans, builds with the
 * town or is handed (`X投资的某某项目`, `X计划投资…,在某镇建设…`, `与X签约共建…`, `交给X,改造成“…”`,
 * `是X投资建设的`). Each form is a lead read right after the company's name; the build is the
 * project found there, or the words up to a head of a build (see `builtProjectAfter`).
 * Used by the links extractor (links.ts), which decides which form a company's clause is.
 */
import type { DocContext, EntityCandidate } from './context.ts';
import { hasDistinctiveWord, nameStartBefore, trimNameStart } from './spans.ts';
import { addProject } from './projects.ts';
import { buildSpokenOf } from './anaphora.ts';

/**
 * 新能源汽车电池壳体项目由X投资: a 项目 of plain words is one project when a company is named as
 * building it (the words alone would make a kind: 新能源项目). Four characters at least, a word
 * that is not generic, no person, place or program on them.
 */
export function projectNamedBy(ctx: DocContext, by: number): EntityCandidate | undefined {
  const head = by - 2;
  if (ctx.text.slice(head, by) !== '项目') return undefined;
  const start = trimNameStart(ctx, nameStartBefore(ctx, head, 16), head);
  if (head - start < 4 || !/^\p{Script=Han}+$/u.test(ctx.text.slice(start, head)) || !hasDistinctiveWord(ctx, start, head)) return undefined;
  if (ctx.overlapped(start, by, ['Street', 'Official', 'Person', 'Program', 'Enterprise', 'Project'])) return undefined;
  addProject(ctx, start, by);
  return ctx.findIn('Project', start, start + 1, (p) => p.start === start);
}

/**
 * `X投资的某某项目`, `X新上的某某生产线`, `由X投资建设的某某生产基地`, `引进X,建设某某中心`: what the
 * company's clause names right after its verb (`lead`, read at `companyEnd`), up to its head, is
 * one build of the company's, whatever its words (a kind alone would be none: 新项目, 生产线 with
 * fewer than four characters before them); or the project found there already (“荷塘人家”农文旅综合体).
 */
export function builtProjectAfter(ctx: DocContext, companyEnd: number, lead: RegExp): EntityCandidate | undefined {
  const verb = lead.exec(ctx.text.slice(companyEnd, companyEnd + 40));
  if (!verb) return undefined;
  const at = companyEnd + verb[0].length;
  const found = ctx.findIn('Project', at, at + 2, (p) => p.start === at || (p.start === at + 1 && ctx.text[at] === '“'));
  if (found) return found;
  // (首条电解槽生产线: which of the company's lines it is, no part of the name.)
  const first = FIRST_OF.exec(ctx.text.slice(at, at + 4))?.[0].length ?? 0;
  const m = BUILT_NAME.exec(ctx.text.slice(at + first, at + first + 40));
  if (!m) return undefined;
  const start = at + first;
  const end = start + m[0].length;
  const head = end - m[2]!.length;
  // (年产30万套…模组项目 is a project; 年产2万吨…生产线 the line one installs.)
  if (head - start < 4 || !ctx.isTokenEnd(end) || !hasDistinctiveWord(ctx, start, head) || (/^(?:年产|日产)/.test(m[1]!) && m[2] !== '项目')) return undefined;
  if (ctx.overlapped(start, end, ['Street', 'Official', 'Person', 'Program', 'Enterprise'])) return undefined;
  if (!ctx.covered(start, end, ['Project'])) addProject(ctx, start, end);
  return ctx.findIn('Project', start, end, (p) => p.start === start);
}
const BUILT_NAME = /^((?:\d+(?:英寸|纳米)|(?:年产|日产)[\d.]+[万千百亿]?\p{Script=Han})?\p{Script=Han}{4,20})(项目|生产基地|基地|生产线|产线|工厂|车间|养殖场|加工厂|产业园|示范园|示范区|研发中心|中心)/u;
/** 首条, 首个, 第二条, 一个: the first (or nth, or one) of a company's builds of a kind. */
const FIRST_OF = /^(?:(?:首|第[一二三四五六七八九十\d]{1,2})[条个座家期批栋]|一[个座处栋条])/;
/** How much a company puts in: 投资20亿元, 计划投资5亿元. */
const INVESTING = '(?:(?:计划|拟)?(?:投资|投了)(?:约)?[\\d.]+[万亿]元)';
const BUILDING = '(?:投资建设|建设|新建|打造|(?:改建|改造)[为成]|建(?![设成好])(?=\\p{Script=Han}{4}))';
/** `X投资建设的`, `X新上的`, `X在某园区新建的`: what the company's clause names after 的 is its build. */
export const BUILT_OF = new RegExp(`^(?:在[^,。;的]{2,14}?)?(?:${INVESTING}的|${INVESTING}?(?:负责)?(?:投资建设|投资|开发建设|建设|承建|打造|开发|新上|新建|建)的)`, 'u');
/**
 * `引进X,建设…`, `引进X,投资6亿元建设…`, `引进X,总投资5亿元的…`, `引进X,把原来的某某工业区拆除重建为…`:
 * what the company brought in builds.
 */
export const BUILT_BY_INTRODUCED = new RegExp(`^,(?:${INVESTING}?(?:在\\p{Script=Han}{2,14}?)?${INVESTING}?${BUILDING}|总投资[\\d.]+[万亿]元的|把[^,。;]{2,16}?(?:拆除重建为|拆除重建成|改造成|改建成|改造为|改建为|改成了?))`, 'u');
/**
 * A clause of the company's own on the way to what it builds, which names no one else: where
 * (`在某某功能区新征地126亩`), what it takes over (`租用某某名下的闲置厂房`), how much in all.
 */
const ON_THE_WAY = '(?:(?:在|于)[^,。;]{2,24}|(?:租用|承租了?|利用|盘活|收购)[^,。;]{2,30}|总投资[\\d.]+[万亿]元)';
/** `与镇里共建`, `和街道合作建设`: a company's build with the town (or its village), said in the company's clause. */
const WITH_THE_TOWN = '(?:与|和|同)(?:镇里|镇政府|镇|街道|街道办事处|乡里|乡政府|村集体|村里)(?:共建|合作建设|共同建设|联合建设|合作打造|共同打造|合作开发|共同开发)';
/** When a company's clause says it builds: 今年, 年内 (X今年开工建设…). */
export const WHEN = '(?:今年|明年|年内|近期|日前|目前)';
/**
 * `X将在某镇建设…基地`, `X计划投资3.5亿元,在某镇建设…产线`, `X计划投资8亿元,在某功能区新征地126亩,建设…`:
 * what a company plans to build, in the clause its name opens or one of its own after.
 */
export const BUILT_PLANNED = new RegExp(`^,?${WHEN}?(?:将|拟|计划|准备|正在)?${INVESTING}?,?(?:${ON_THE_WAY},)?(?:在\\p{Script=Han}{2,14}?)?${INVESTING}?,?(?:开工|动工)?(?:${BUILDING}|${WITH_THE_TOWN})(?!的)`, 'u');
/** `(另一个项目)由X投资,总投资5.3亿元,将在某镇建设…基地`: after 由X and its verb, what it is to build, in clauses of its own. */
export const BY_THEN_BUILDS = new RegExp(`^(?:负责)?(?:投资建设|投资)(?:,${ON_THE_WAY})?,(?:将|拟|计划)?(?:在\\p{Script=Han}{2,14}?)?${BUILDING}(?!的)`, 'u');
/** `街道和X签了协议,由对方投资建设…`: what the other party to the town's agreement builds. */
export const BUILT_BY_OTHER_PARTY = /^签(?:了|订了?|署了?)?(?:合作)?协议,由?对方(?:负责)?(?:投资建设|开发建设|投资|建设|开发)/;
/** `X的某某项目`, `X旗下的…`, `X落户某镇的…`, `X在街道的…`: the company's own build, named after its name. */
export const OWN_BUILD = /^(?:旗下|(?:落户|在)\p{Script=Han}{2,8}?)?的/u;
/** `交给X,改造成“…”`, `委托X建设…`: what the company a place is handed to makes of it. */
export const HANDED_TO_BUILD = /^,?(?:改造成|改建成|改造为|改建为|改成了?|打造成|建设成|建设|打造|开发)/;
/** `与X签约共建…`, `与X签约,合作建设…`: a build the company makes with the town. */
export const BUILT_TOGETHER = /^(?:签约|签订协议|签订合作协议)?,?(?:双方将?)?(?:共建|合作建设|共同建设|联合建设|合作打造|共同打造|合作开发|共同开发|联合开发)[了的]?/;

/** `某某公园,是街道与X签约共建的`: the project the sentence speaks of (named last before the company), that this says the company builds with the town. */
export function builtBefore(ctx: DocContext, company: EntityCandidate, nameEnd: number): EntityCandidate | undefined {
  if (!BUILT_TOGETHER_OF.test(ctx.text.slice(nameEnd, nameEnd + 12))) return undefined;
  // (产业园是街道和X联手打造的: or the one the sentence opens with by a short form, named before.)
  return buildSpokenOf(ctx, company.start);
}
const BUILT_TOGETHER_OF = /^(?:签约|签订协议)?(?:(?:一起|共同)投(?:资)?|合作|共建|合作建设|共同建设|联合建设|合作打造|共同打造|联手打造|合作开发|共同开发|联合开发|共同经营|投资建设|开发建设|建设|打造|承建|开发)的(?=[,。;]|$)/;
