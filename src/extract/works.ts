/**
 * Public works named by what they build: a road with the direction it is extended in is a
 * project wherever it stands (金山大道北延, 现代路东延, 青洋高架北延), and so is a road with the
 * section worked on or what is done to it (see WORKED_ROAD). A road named alone is most
 * often a place (项目位于金鸡路以东), and lists of roads after a verb of building were tried and
 * left out: on the annotated sets they found more places than works.
 */
import type { DocContext, Extractor } from './context.ts';
import { addProject, worksAfter } from './projects.ts';
import { nameStartBefore, ROAD_WORDS } from './spans.ts';
import { inLocationField } from './tables.ts';

/** A road word and the direction it is extended in (大道北延, 路东延伸段). */
const EXTENDED_ROAD = new RegExp(`${ROAD_WORDS}(?:[东南西北]延(?:伸段?|段)?|延伸段)`, 'gu');

/** Add the work whose road word and extension stand at [headStart, end), if the road has a name of its own. */
function addWork(ctx: DocContext, headStart: number, end: number): void {
  const { text } = ctx;
  // A road's name is read over words only: jieba tags its stem as it likes (现代/t), it is a name here.
  const start = nameStartBefore(ctx, headStart, 8);
  // A road's name is its own (现代路 is a name though 现代 is a common word): two characters at least.
  if (headStart - start < 2 || !/^\p{Script=Han}+$/u.test(text.slice(start, headStart))) return;
  if (ctx.overlapped(start, end, ['Street', 'Official', 'Person', 'Program', 'Enterprise'])) return;
  // 建设地点:某某路(甲路至乙路段): where a notice's project is built, not a work of its own.
  if (inLocationField(ctx, start)) return;
  if (!ctx.covered(start, end, ['Project'])) addProject(ctx, start, end + worksAfter(text, end));
}

/**
 * A road with the section worked on in brackets (河海东路(东支河西侧—黄河路)), or followed by
 * what is done to it (新堂北路年内完工通车, 某某大道建成通车): the road is a project. A road
 * followed by a place word (金鸡路以东) is not matched.
 */
const WORKED_ROAD = new RegExp(`${ROAD_WORDS}(?=\\([^()\\n]{2,24}?[—–~至到-][^()\\n]{2,24}?\\)|(?:年内|今年|上半年|下半年|全线)?(?:建成|完工|竣工|通车|拓宽|贯通))`, 'gu');

/** A river's works by phase (官河一期整治, 某某溪二期治理): only a named project has phases. */
const PHASED_RIVER_WORKS = /(?:河|江|溪|浦|渠)[一二三四五六七八九十\d]期(?:综合)?(?:整治|治理|疏浚|清淤)/gu;

export const extractWorks: Extractor = {
  id: 'works',
  run(ctx) {
    for (const m of ctx.text.matchAll(EXTENDED_ROAD)) addWork(ctx, m.index, m.index + m[0].length);
    for (const m of ctx.text.matchAll(WORKED_ROAD)) addWork(ctx, m.index, m.index + m[0].length);
    // (The river word is part of the name: 官河, not 官.)
    for (const m of ctx.text.matchAll(PHASED_RIVER_WORKS)) addWork(ctx, m.index + 1, m.index + m[0].length);
  },
};
