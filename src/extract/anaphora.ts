/**
 * `该项目`, `该产业园`, `这座新建成的交易中心`: a sentence that speaks of a project without naming it
 * means the nearest project named before it with the same head (any project for 项目); a bare
 * `项目由…` opening a sentence, the project of the sentence before. `创新谷项目` at the start of a
 * clause, the end of one project's name named before (杭州湾数字健康创新谷), means that project.
 */
import type { DocContext, EntityCandidate } from './context.ts';
import type { Span } from '../segment/index.ts';
import { lexicon } from './lexicon.ts';

const ANAPHOR = /(?:^|[,:])(?:据了解,|据悉,)?(该|此|本|这个|这座|这一|这处)(?:[^,。;:]{1,12}?的)?(\p{Script=Han}{0,4}?)(项目|工程|园|园区|中心|社区|基地|小区|工厂|厂)/u;
/**
 * `项目由某某投资建设` opening a sentence, or a clause after who says it (`某某表示,工程由…施工`), or
 * a role (`施工单位是某某`): the project just named (the sentence before, in its paragraph).
 */
const BARE = /^(?:[^,。;:]{2,12}(?:表示|介绍|说|称),)?(?:(?:项目|工程|它|其)(?:将|已|则)?由|(?:(?:项目|工程)的?)?(?:施工单位|建设单位|设计单位|投资方|运营方|承建方|实施主体)(?:为|是))/;

const SHORT_FORM = /(?:^|[,:])(\p{Script=Han}{2,6}?)(?:项目|工程)/u;

export function anaphoricProject(ctx: DocContext, sentence: Span, projects: EntityCandidate[]): EntityCandidate | undefined {
  if (BARE.test(ctx.text.slice(sentence.start, sentence.start + 20))) {
    const paragraph = ctx.text.lastIndexOf('\n', sentence.start - 1) + 1;
    const before = projects.filter((p) => p.end <= sentence.start && p.start >= paragraph).sort((a, b) => b.end - a.end)[0];
    return before && ctx.sentenceAt(before.start).end >= ctx.text.lastIndexOf('。', sentence.start - 1) ? before : undefined;
  }
  const m = ANAPHOR.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!m) return shortFormProject(ctx, sentence, projects);
  const head = m[3]!;
  const before = projects.filter((p) => p.end <= sentence.start + (m.index ?? 0)).sort((a, b) => b.end - a.end);
  if (head === '项目' || head === '工程') {
    // 该项目: a project named as a 项目 (浙江交通集团金融中心项目), the most mentioned first.
    const mentions = (p: EntityCandidate) => projects.filter((q) => q.name === p.name).length;
    const named = before.filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => n.endsWith(head)) || ctx.text.slice(p.end, p.end + 2) === head);
    return [...named].sort((a, b) => mentions(b) - mentions(a))[0] ?? before[0];
  }
  return before.find((p) => p.name.includes(head) || p.name.endsWith(m[2]! + head));
}

/** `创新谷项目…` opening a clause: the one project named before whose name ends with 创新谷 (or, a 项目, holds it). */
function shortFormProject(ctx: DocContext, sentence: Span, projects: EntityCandidate[]): EntityCandidate | undefined {
  const m = SHORT_FORM.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  const short = m[1]!;
  if (lexicon().projects.generic.has(short)) return undefined;
  const at = sentence.start + m.index;
  // (冷链项目 after 黄花临空冷链物流仓储项目: a 项目 named by a word inside the name of one 项目.)
  const named = projects.filter((p) => p.end <= at && p.name.length > short.length && (p.name.endsWith(short) || (/(?:项目|工程)$/.test(p.name) && p.name.includes(short))));
  return new Set(named.map((p) => p.name)).size === 1 ? named.at(-1) : undefined;
}
