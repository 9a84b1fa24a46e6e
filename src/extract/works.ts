/**
 * Public works named by what they build: a road with the direction it is extended in is a
 * project wherever it stands (金山大道北延, 现代路东延, 青洋高架北延). A road named alone is most
 * often a place (项目位于金鸡路以东), and lists of roads after a verb of building were tried and
 * left out: on the annotated sets they found more places than works.
 */
import type { DocContext, Extractor } from './context.ts';
import { addProject } from './projects.ts';
import { nameStartBefore } from './spans.ts';

/** What a work builds: the last word of its name. */
const BUILT = '(?:快速路|高速公路|公路|大道|大街|高架|隧道|大桥|桥|路|湿地公园|公园|绿地|泵站|广场|污水厂|水厂|电厂)';
/** A road extended (北延) or a phase (一期) after the name. */
const EXTENSION = '(?:[东南西北]延(?:伸段?)?|延伸段|[一二三四五六七八九十\\d]期)';
const EXTENDED_ROAD = /(?:快速路|大道|大街|高架|路)(?:[东南西北]延(?:伸段?)?|延伸段)/gu;
const ITEM_END = new RegExp(`${BUILT}${EXTENSION}?$`, 'u');

/** Add the work whose name ends at `end`, if its name has a word of its own. */
function addWork(ctx: DocContext, end: number, earliest: number): void {
  const { text } = ctx;
  const built = ITEM_END.exec(text.slice(Math.max(earliest, end - 12), end));
  if (!built) return;
  const headStart = end - built[0].length;
  // A road's name is read over words only: jieba tags its stem as it likes (现代/t), it is a name here.
  const start = Math.max(earliest, nameStartBefore(ctx, headStart, 8));
  // A road's name is its own (现代路 is a name though 现代 is a common word): two characters at least.
  if (headStart - start < 2 || !/^\p{Script=Han}+$/u.test(text.slice(start, headStart))) return;
  if (ctx.overlapped(start, end, ['Street', 'Official', 'Person', 'Program', 'Enterprise'])) return;
  if (!ctx.covered(start, end, ['Project'])) addProject(ctx, start, end);
}

export const extractWorks: Extractor = {
  id: 'works',
  run(ctx) {
    const { text } = ctx;
    for (const m of text.matchAll(EXTENDED_ROAD)) addWork(ctx, m.index + m[0].length, 0);
  },
};
