/**
 * `该项目`, `该产业园`: a sentence that speaks of a project without naming it means the nearest
 * project named before it with the same head (any project for 项目).
 */
import type { DocContext, EntityCandidate } from './context.ts';
import type { Span } from '../segment/index.ts';

const ANAPHOR = /(?:^|[,:])(?:据了解,|据悉,)?(该|此|本|这个)(\p{Script=Han}{0,4}?)(项目|工程|园|园区|中心|社区|基地|小区|工厂)/u;

export function anaphoricProject(ctx: DocContext, sentence: Span, projects: EntityCandidate[]): EntityCandidate | undefined {
  const m = ANAPHOR.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!m) return undefined;
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
