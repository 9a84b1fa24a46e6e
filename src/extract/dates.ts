/**
 * Dates of projects where stated: `于2020年11月建成通车`, `2017年11月开工建设`, `力争在2022年亚运会前
 * 建成投用`. The date and what happens then go on the project (`date`, `dateEvent`), with the
 * sentence as evidence, when the sentence names exactly one project.
 */
import type { Extractor } from './context.ts';
import { anaphoricProject } from './anaphora.ts';

const DATED = /(\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|前|内)?)(?:[\p{Script=Han}]{0,6}?)(开工建设|开工|建成通车|建成投用|建成|竣工|投产|投用|完工|通车|签约|启动|开业|落成)/gu;

export const extractDates: Extractor = {
  id: 'dates',
  run(ctx) {
    const projects = ctx.entities.filter((e) => e.type === 'Project');
    for (let m = DATED.exec(ctx.text); m; m = DATED.exec(ctx.text)) {
      const sentence = ctx.sentenceAt(m.index);
      const here = ctx.within('Project', sentence.start, sentence.end);
      const inSentence = [...new Set(here.map((p) => p.name))];
      const project = inSentence.length === 1 ? here.find((p) => p.name === inSentence[0])! : inSentence.length === 0 ? anaphoricProject(ctx, sentence, projects) : undefined;
      if (!project || project.props?.date !== undefined) continue;
      project.props = { ...project.props, date: m[1]!, dateEvent: m[2]!, dateEvidence: { start: sentence.start, end: sentence.end } };
    }
  },
};
