/**
 * `该项目`, `该产业园`, `这座新建成的交易中心`: a sentence that speaks of a project without naming it
 * means the nearest project named before it with the same head (any project for 项目); a bare
 * `项目由…` opening a sentence, the project of the sentence before. `创新谷项目` at the start of a
 * clause, the end of one project's name named before (杭州湾数字健康创新谷), means that project.
 * And, for a company's role said in a sentence that names no project (X负责投资和运营), the
 * project in focus: one the sentence opens with by a short form or kind, or the last of the
 * sentence before (`projectInFocus`).
 */
import type { DocContext, EntityCandidate } from './context.ts';
import type { Span } from '../segment/index.ts';
import { lexicon } from './lexicon.ts';

const ANAPHOR = /(?:^|[,:])(?:据了解,|据悉,)?(该|此|本|这个|这座|这一|这处)(?:[^,。;:]{1,12}?的)?(\p{Script=Han}{0,4}?)(项目|工程|园|园区|中心|社区|基地|小区|工厂|厂)/u;
/** A company's role on a project: its builder, owner, operator or manager of the works. */
export const ROLES = '(?:施工总承包单位|施工总承包方|总承包单位|总承包方|投资方|投资主体|社会资本方|建设单位|建设方|代建单位|代建方|业主单位|项目业主|业主方|实施主体|改造主体|建设主体|中标单位|中标方|总包单位|总包方|承建商|运营方|运营主体|承租方|承租单位|承建方|承建单位|施工单位|施工方|开发商)';

/**
 * `项目由某某投资建设` (`园区由…`, `基地由…`) opening a sentence, or a clause after who says it (`某某表示,工程由…施工`), or
 * a role (`施工单位是某某`): the project just named (the sentence before, in its paragraph).
 */
const BARE = new RegExp(`^(?:[^,。;:]{2,12}(?:表示|介绍|说|称),)?(?:(?:项目|工程|园区|基地|它|其)(?:[一二三四五]期)?(?:将|已|则|去年|今年|目前|已经)?由|(?:(?:项目|工程)的?)?(?:${ROLES}|设计单位)(?:为|是))`);

/** Words for any project, no build's short form. */
const BARE_KINDS = new Set(['工程', '项目', '中心', '园区', '基地']);
/** A park of firms, which 园区 speaks of (not a 公园 or a 花园). */
const PARK_NAME = /(?:产业|工业|加工|科技|创业|物流|企业|小微|示范|农业|科创|双创|软件|电商|食品)园$/;

/** A sentence that opens speaking of the project just named, without its name: 该项目…, 项目…, 它… */
const SPEAKS_OF_IT = /^(?:该|此|这个)?(?:项目|工程)|^它/;

const SHORT_FORM = /(?:^|[,:])(\p{Script=Han}{2,6}?)(?:项目|工程)/u;

export function anaphoricProject(ctx: DocContext, sentence: Span, projects: readonly EntityCandidate[]): EntityCandidate | undefined {
  if (BARE.test(ctx.text.slice(sentence.start, sentence.start + 20))) {
    const paragraph = ctx.text.lastIndexOf('\n', sentence.start - 1) + 1;
    // (中心位于…,建有气调冷库。项目建设单位为X: the build the sentence before opens with, by its name
    // or its short form, not a part of it named on the way.)
    if (sentence.start > paragraph) {
      const opening = openingBuild(ctx, ctx.sentenceAt(sentence.start - 1).start, projects);
      if (opening) return opening;
    }
    const candidates = projects.filter((p) => p.end <= sentence.start && p.start >= paragraph).sort((a, b) => b.end - a.end);
    // (…的某某项目,总投资9.5亿元,它在某某工业园区新征地120亩。项目的总包单位是X: a place where the
    // build goes, after 在, is not what the next sentence speaks of; the build named before it is.)
    const last = candidates[0];
    const built = last && isVenue(ctx.text, last) ? candidates.find((p) => !isVenue(ctx.text, p) && ctx.sentenceAt(p.start).start === ctx.sentenceAt(last.start).start) : undefined;
    const before = built ?? last;
    // The sentence before; or, when that one speaks of the project without naming it (该项目沿河布置。), the one before it.
    let previousEnd = ctx.text.lastIndexOf('。', sentence.start - 1);
    for (let hop = 0; hop < 2 && previousEnd > paragraph; hop++) {
      const previous = ctx.sentenceAt(previousEnd);
      if (!SPEAKS_OF_IT.test(ctx.text.slice(previous.start, previous.start + 4)) || (before && before.start >= previous.start)) break;
      previousEnd = ctx.text.lastIndexOf('。', previous.start - 1);
    }
    return before && ctx.sentenceAt(before.start).end >= previousEnd ? before : undefined;
  }
  const m = ANAPHOR.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!m) return shortFormProject(ctx, sentence, projects);
  const head = m[3]!;
  const before = projects.filter((p) => p.end <= sentence.start + (m.index ?? 0)).sort((a, b) => b.end - a.end);
  if (head === '项目' || head === '工程') {
    // (来到某某综合体。这一项目…: the build the sentence before names, whatever its head.)
    const last = before[0];
    if (last && ctx.sentenceAt(sentence.start - 1).start <= last.start && !ctx.text.slice(last.end, sentence.start).includes('\n')) return last;
    // 该项目: a project named as a 项目 (浙江交通集团金融中心项目), the most mentioned first.
    const mentions = (p: EntityCandidate) => projects.filter((q) => q.name === p.name).length;
    const named = before.filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => n.endsWith(head)) || ctx.text.slice(p.end, p.end + 2) === head);
    return [...named].sort((a, b) => mentions(b) - mentions(a))[0] ?? before[0];
  }
  return before.find((p) => p.name.includes(head) || p.name.endsWith(m[2]! + head));
}

/** Does the sentence open with an anaphor of a build (该中心…, 这个园区…): then it is what the sentence is about. */
export function opensWithAnaphor(ctx: DocContext, sentence: Span): boolean {
  return ANAPHOR.exec(ctx.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 24)))?.index === 0;
}

/** `创新谷项目…` opening a clause: the one project named before whose name ends with 创新谷 (or, a 项目, holds it). */
function shortFormProject(ctx: DocContext, sentence: Span, projects: readonly EntityCandidate[]): EntityCandidate | undefined {
  const m = SHORT_FORM.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  const short = m[1]!;
  if (lexicon().projects.generic.has(short)) return undefined;
  const at = sentence.start + m.index;
  // (冷链项目 after 黄花临空冷链物流仓储项目: a 项目 named by a word inside the name of one 项目.)
  const named = projects.filter((p) => p.end <= at && p.name.length > short.length && (p.name.endsWith(short) || (/(?:项目|工程)$/.test(p.name) && p.name.includes(short))));
  return new Set(named.map((p) => p.name)).size === 1 ? named.at(-1) : undefined;
}

/** The entity of `type` named last in the sentence before `at`. */
export function lastBefore(ctx: DocContext, type: string, sentence: { start: number }, at: number): EntityCandidate | undefined {
  let last: EntityCandidate | undefined;
  for (const e of ctx.within(type, sentence.start, at)) if (e.end <= at && (!last || e.end > last.end)) last = e;
  return last;
}

/**
 * The project a sentence that names none speaks of, when a company's role in it is said (`at`): one
 * named before whose name the sentence opens with the end of (创新港… after 秣陵生命健康创新港,
 * 新校区…); or, when the role opens the sentence (X负责投资和运营, 施工方是X), the last one named in
 * the sentence before it, in its paragraph (第一站:某某创新港。…).
 */
export function projectInFocus(ctx: DocContext, sentence: Span, at: number, projects: readonly EntityCandidate[]): EntityCandidate | undefined {
  // (…介绍,度假区由该公司投资开发: the clause's opening too.)
  const clause = Math.max(sentence.start, ctx.text.lastIndexOf(',', at - 1) + 1);
  const opening = openingShortForm(ctx, sentence.start, projects) ?? (clause > sentence.start ? openingShortForm(ctx, clause, projects) : undefined);
  if (opening) return opening;
  // (一期投资2.3亿元,…,由X投资建设: a phase opening the sentence is of the project before.)
  // (项目总投资21亿元,投资方是X: so does a sentence that opens speaking of the project unnamed.)
  if (!roleOpens(ctx, sentence.start, at) && !/^(?:一|二|三|首)期/.test(ctx.text.slice(sentence.start, sentence.start + 2)) && !SPEAKS_OF_IT.test(ctx.text.slice(sentence.start, sentence.start + 4))) return undefined;
  const previous = ctx.sentenceAt(sentence.start - 1);
  if (previous.end > sentence.start || ctx.text.slice(previous.end, sentence.start).includes('\n')) return undefined;
  // (中心位于…,建有气调冷库…。项目建设单位为X: the build the sentence before opens with, by its name or
  // its short form, is what it speaks of, not a part of it named on the way.)
  return openingBuild(ctx, previous.start, projects) ?? lastBefore(ctx, 'Project', previous, previous.end);
}

/** The build a sentence speaks of where a company is named at `at`: named before it in the sentence, or the one in focus. */
export function buildSpokenOf(ctx: DocContext, at: number): EntityCandidate | undefined {
  const sentence = ctx.sentenceAt(at);
  return lastBefore(ctx, 'Project', sentence, at) ?? projectInFocus(ctx, sentence, at, ctx.ofType('Project'));
}

/**
 * Do companies and their roles alone come before `at` in the sentence (施工方是, 由, 甲公司负责投资和运营,)?
 * Then the sentence has no subject of its own, and speaks of the project of the one before.
 */
function roleOpens(ctx: DocContext, start: number, at: number): boolean {
  let words = ctx.text.slice(start, at);
  for (const company of ctx.within('Enterprise', start, at).sort((a, b) => b.start - a.start)) words = words.slice(0, company.start - start) + '@' + words.slice(company.end - start);
  return ROLE_WORDS.test(words);
}
const ROLE_WORDS = new RegExp(`^(?:@|${ROLES}|[由为是和与及、,]|负责|投资|建设|开发|运营|施工|总承包|承建|代建)*$`);

/** A phase at a name's end (二期, (一期)). */
const PHASE_END = /\(?[一二三四五六七八九十\d]期\)?$/;

/** Does `short` end the head that ends `name` (电站 of 某某光伏电站), the head longer than it? */
function endsOwnHead(name: string, short: string, heads: readonly string[]): boolean {
  return heads.some((head) => head.length > short.length && head.endsWith(short) && name.endsWith(head));
}

/**
 * The one project named before `at` whose name's end (three characters or more, or a kind of
 * build: 步道, 营地; not a generic word) opens the text at `at`: 创新港, 新校区, 未来社区 when
 * one 未来社区 was named.
 */
/** The build a sentence opens with, by its name (某某中心位于…) or its short form (中心位于…). */
function openingBuild(ctx: DocContext, at: number, projects: readonly EntityCandidate[]): EntityCandidate | undefined {
  return ctx.findIn('Project', at, at + 1, (p) => p.start === at) ?? openingShortForm(ctx, at, projects);
}

/** Is `p` named as where something is (在某某园区, 位于某某园区)? */
const isVenue = (text: string, p: EntityCandidate) => /(?:在|于)$/.test(text.slice(Math.max(0, p.start - 1), p.start));

/** Is `p` named on the line right before the one `at` is on, a line of no sentence (a heading: 第三站:某某中心)? */
function isHeadingOf(text: string, p: EntityCandidate, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1);
  const headingStart = text.lastIndexOf('\n', lineStart - 1) + 1;
  return p.start >= headingStart && p.end <= lineStart && lineStart - headingStart <= 40 && !/[。;!?]/.test(text.slice(headingStart, lineStart));
}

function openingShortForm(ctx: DocContext, at: number, projects: readonly EntityCandidate[]): EntityCandidate | undefined {
  const { text } = ctx;
  const { generic, heads } = lexicon().projects;
  let found: EntityCandidate | undefined;
  for (const p of projects) {
    if (p.end > at) continue;
    // (民宿集群 of 某某村民宿集群二期: a phase named alone is spoken of by its project's short form.)
    const name = p.name.replace(PHASE_END, '');
    // (园区 speaks of a park named by its own head, 某某产业园, 某某加工园, in the paragraph; 园区内 is
    // where something else is.)
    if (text.startsWith('园区', at) && ctx.isTokenEnd(at + 2) && !/[内里中外]/.test(text[at + 2] ?? '') && PARK_NAME.test(name)) {
      if (text.lastIndexOf('\n', at) > p.start && !isHeadingOf(text, p, at)) continue;
      if (found && found.name !== p.name && found.name.replace(PHASE_END, '') !== name) return undefined;
      if (!found || p.name === name) found = p;
      continue;
    }
    for (let n = Math.min(name.length - 1, 8); n >= 2; n--) {
      const short = name.slice(-n);
      // (工程, 项目, 中心, 园区, 基地 alone speak of any project: only of one named in the same paragraph.)
      // (Two characters only when they are a head, or end the project's own head: 电站 of 光伏电站.)
      if (!text.startsWith(short, at) || !ctx.isTokenEnd(at + n)) continue;
      // (服务站, 文化中心: a project's own head, generic alone, speaks of it as a kind does.)
      const bare = BARE_KINDS.has(short) || (generic.has(short) && heads.includes(short) && name.length > short.length + 1);
      if (!bare && (generic.has(short) || (n === 2 && !heads.includes(short) && !endsOwnHead(name, short, heads)))) continue;
      // (…or one a heading names on the line before: 第三站:某某中心 ⏎ 中心总投资…)
      if (bare && text.lastIndexOf('\n', at) > p.start && !isHeadingOf(text, p, at)) continue;
      // (A project and its phase share the short form: it speaks of the project.)
      if (found && found.name !== p.name && found.name.replace(PHASE_END, '') !== name) return undefined;
      if (!found || p.name === name) found = p;
      break;
    }
  }
  return found;
}
