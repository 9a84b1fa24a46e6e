/**
 * Investment amounts of projects: `计划投资7000万元,打造湘湖未来社区`, `投资3.6亿元的X项目`,
 * `该项目计划总投资约22亿元` → a number in yuan on the project, with the evidence sentence.
 */
import type { Extractor } from './context.ts';
import { anaphoricProject } from './anaphora.ts';

const AMOUNT = /(?:计划)?(?:总)?投资(?:额)?(?:约|达|超|近)?\s*(\d+(?:\.\d+)?)\s*(亿|万)元/g;

const TOTAL_BEFORE = /(固定资产|有效|累计|完成|全年|年度|社会|工业)$/;

export function yuan(value: string, unit: string): number {
  const n = Number(value) * (unit === '亿' ? 1e8 : 1e4);
  return Math.round(n);
}

export const extractInvestments: Extractor = {
  id: 'investments',
  run(ctx) {
    const projects = ctx.entities.filter((e) => e.type === 'Project');
    for (let m = AMOUNT.exec(ctx.text); m; m = AMOUNT.exec(ctx.text)) {
      const sentence = ctx.sentenceAt(m.index);
      const end = m.index + m[0].length;
      // 完成固定资产投资45亿元, 累计投资: a total of the year or the place, not one project's.
      if (TOTAL_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const inSentence = ctx.within('Project', sentence.start, sentence.end);
      // A count of projects in the sentence (32个重大项目…总投资517亿元) makes the amount a total.
      if (/\d+个[^,。;]{0,6}项目|项目共\d+个|\d+个总投资/.test(ctx.text.slice(sentence.start, sentence.end)) && ctx.text[end] !== '的') continue;
      // `该项目(紧邻…),计划总投资约22亿元`: the sentence is about the project named before it.
      const meant = anaphoricProject(ctx, sentence, projects);
      if (inSentence.length === 0 || meant) {
        if (meant && meant.props?.investment === undefined) {
          meant.props = { ...meant.props, investment: yuan(m[1]!, m[2]!), investmentText: m[0], investmentEvidence: { start: sentence.start, end: sentence.end } };
        }
        continue;
      }
      // `投资3.6亿元的X项目`: the project right after 的; else `X…计划总投资N`: the nearest before; else the next.
      const after = inSentence.filter((p) => p.start >= end).sort((a, b) => a.start - b.start);
      const before = inSentence.filter((p) => p.end <= m!.index).sort((a, b) => b.end - a.end);
      let project = ctx.text[end] === '的' && after[0]?.start === end + 1 ? after[0] : undefined;
      // A count of projects (`9个总投资15亿元的`) is a total, not one project's investment.
      if (/\d+个(总)?投资?$/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index + 2))) continue;
      project ??= before.length === 1 && after.length === 0 ? before[0] : after.length === 1 && before.length === 0 ? after[0] : undefined;
      project ??= before[0] && m.index - before[0].end < 12 ? before[0] : after[0] && after[0].start - end < 12 ? after[0] : undefined;
      if (!project || project.props?.investment !== undefined) continue;
      project.props = { ...project.props, investment: yuan(m[1]!, m[2]!), investmentText: m[0], investmentEvidence: { start: sentence.start, end: sentence.end } };
    }
  },
};
