/**
 * Project–enterprise links that a visit says, in the genre's reports of leaders and deputies
 * touring a town: the visitors stand at a company and look at a build, which is the company's
 * (`在X公司,某某察看了新上的Y`, `代表们来到X公司,察看Y项目`); or they stand at a build and a
 * company's manager tells them about it (`在Y项目现场,X公司负责人介绍…`).
 *
 * Only the first build looked at after the company, in its sentence, with no other stop of the
 * tour between them (随后来到…, another company): a later stop is another host's.
 */
import type { DocContext, EntityCandidate, Extractor } from './context.ts';
import { SHORT_NAME_AFTER } from './enterprises.ts';

/** Where a visit stands: `在X,` opening a clause, or `来到/走进/走访X,`. */
const AT_COMPANY = /(?:(?:^|[,。;:\n])在|来到|走进|走访|深入)$/;
/** What the visitors do there that looks at a build. */
const LOOKS_AT = /察看|查看|了解|参观|考察|视察|听取/g;
/** A new stop of the tour: what follows is another place's. */
const NEXT_STOP = /来到|走进|前往|转到|随后|之后|走访|深入|又到/;
/** `在Y项目现场,` / `在Y工地,`: a visit that stands at a build. */
const AT_SITE_AFTER = /^(?:施工)?(?:现场|工地|建设现场|施工现场)[,:]/;
/** Who of a company speaks for it at a build's site. */
const COMPANY_SPEAKS = /^(?:的)?(?:负责人|董事长|总经理|副总经理|项目经理|项目负责人|总裁|相关负责人)\p{Script=Han}{0,3}?(?:介绍|说|表示|汇报)/u;

function involves(ctx: DocContext, project: EntityCandidate, company: EntityCandidate, evidence: { start: number; end: number }) {
  ctx.addRelation({ type: 'INVOLVES', from: { type: 'Project', name: project.name }, to: { type: 'Enterprise', name: company.name }, evidence });
}

export const extractVisitLinks: Extractor = {
  id: 'visit-links',
  run(ctx) {
    const { text } = ctx;
    if (!ctx.ofType('Project').length || !ctx.ofType('Enterprise').length) return;
    for (const company of ctx.ofType('Enterprise')) {
      const sentence = ctx.sentenceAt(company.start);
      // 在X公司,… / 来到X公司(以下简称“某某”),…: the company is where the visit stands.
      const nameEnd = company.end + (SHORT_NAME_AFTER.exec(text.slice(company.end, company.end + 16))?.[0].length ?? 0);
      if (AT_COMPANY.test(text.slice(Math.max(sentence.start, company.start - 3), company.start)) && text[nameEnd] === ',') {
        const rest = text.slice(nameEnd, sentence.end);
        LOOKS_AT.lastIndex = 0;
        const look = LOOKS_AT.exec(rest);
        if (!look) continue;
        const from = nameEnd + look.index;
        const project = ctx.within('Project', from, sentence.end).find((p) => p.start >= from);
        if (!project) continue;
        const between = text.slice(nameEnd, project.start);
        if (NEXT_STOP.test(between) || ctx.findIn('Enterprise', nameEnd, project.start, () => true)) continue;
        involves(ctx, project, company, sentence);
        continue;
      }
      // 在Y项目现场,X公司负责人介绍: the company speaking for the build where the visit stands.
      if (!COMPANY_SPEAKS.test(text.slice(company.end, company.end + 12))) continue;
      const opening = text.slice(sentence.start, company.start);
      const site = /^\s*在/.exec(opening);
      if (!site) continue;
      const project = ctx.within('Project', sentence.start, company.start).find((p) => p.start === sentence.start + site[0].length);
      if (project && AT_SITE_AFTER.test(text.slice(project.end, company.start)) && text.slice(project.end, company.start).length <= 8) involves(ctx, project, company, sentence);
    }
  },
};
