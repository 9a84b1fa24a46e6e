/**
 * Districts (区/县/县级市) named in full: 萧山区, 柯桥区, 海宁市. A name is a district only if the
 * national list has it at county level, so a prefecture city (杭州市) or a development zone is not.
 * A street named in the same sentence and listed in that district is PART_OF it, with the
 * sentence as evidence.
 */
import type { Extractor } from './context.ts';
import { chooseCountyDivision } from './divisions.ts';
import { pageAndText } from './streets.ts';
import { lexicon } from './lexicon.ts';
import { anchorsIn } from './anchors.ts';

/** After a district's name, the words of its organs: 萧山区委, 萧山区长, 萧山区政府, 萧山区人大. */
const ORGAN_AFTER = /^(委|长|政府|人大|人民|政协|纪委)/;
/** Before it, a province or city that contains it: 浙江省杭州市萧山区. */
const CONTAINER_BEFORE = /[省市州盟]$/;

export const extractDistricts: Extractor = {
  id: 'districts',
  // A name must start a word.
  prefetch: (ctx) => ctx.prefetchBoundaries(anchorsIn(ctx, 'countyLevelNames').map((m) => m.index)),
  run(ctx) {
    const { text } = ctx;
    for (const { index: start, word: name } of anchorsIn(ctx, 'countyLevelNames')) {
      const end = start + name.length;
      if (ctx.isExcluded(start)) continue;
      const organ = ORGAN_AFTER.test(text.slice(end, end + 2));
      const contained = CONTAINER_BEFORE.test(text.slice(start - 1, start));
      if (!ctx.isTokenStart(start) && !contained) continue;
      // jieba glues a district to the next word often enough (临平区融杭) that 区/县 need only not run
      // on into a word of their own (区块, 县城); a 市 must end a word (海宁市场 is a market).
      if (name.endsWith('市') ? !ctx.isTokenEnd(end) && !organ : /^[块域间城]/.test(text.slice(end, end + 1))) continue;
      if (lexicon().places.notDistricts.has(name) && !organ && !contained) continue;
      if (ctx.covered(start, end, ['Enterprise', 'Project', 'Street', 'Official', 'Person'])) continue;
      const chosen = chooseCountyDivision(name, pageAndText(ctx));
      const props: Record<string, unknown> = {};
      if (chosen && !chosen.ambiguous) {
        props.code = chosen.division.code;
        props.city = chosen.division.city;
      }
      ctx.addEntity({ type: 'District', name, start, end, props });
      // Streets of this district named in the same sentence.
      const sentence = ctx.sentenceAt(start);
      for (const street of ctx.ofType('Street')) {
        if (street.start < sentence.start || street.end > sentence.end || street.props?.district !== name) continue;
        ctx.addRelation({ type: 'PART_OF', from: { type: 'Street', name: street.name }, to: { type: 'District', name }, evidence: sentence });
      }
    }
  },
};
