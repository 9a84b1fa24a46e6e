/**
 * Lists of programs closed by a category: `强势推进五水共治、三改一拆、城郊接合部环境整治、老旧小区改造
 * 提升等工作`. When some items are known programs, the others are programs too: the items of one
 * list are of one kind.
 */
import type { Extractor } from './context.ts';
import { lexicon } from './lexicon.ts';
import { canonicalProgram } from './programs.ts';
import { nameStartBefore, trimNameStart } from './spans.ts';

const CLOSER = /^等(?:[\p{Script=Han}]{0,6}?)(工作|举措|行动|改革|机制|政策|活动|攻坚)/u;

export const extractProgramLists: Extractor = {
  id: 'program-lists',
  run(ctx) {
    const { text } = ctx;
    const stops = lexicon().projects.stops;
    for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
      if (!CLOSER.test(text.slice(at, at + 12))) continue;
      const isProgram = (i: { start: number; end: number }) => ctx.findIn('Program', i.start, i.end, (p) => p.end <= i.end) !== undefined;
      const items: { start: number; end: number }[] = [];
      let end = at;
      // Items are what stands between the 、; the first one starts where the verb before it ends.
      for (;;) {
        const sep = text.lastIndexOf('、', end - 1);
        const clause = Math.max(text.lastIndexOf(',', end - 1), text.lastIndexOf('。', end - 1), text.lastIndexOf('\n', end - 1));
        if (sep > clause && end - sep <= 15) {
          items.push({ start: sep + 1, end });
          end = sep;
          continue;
        }
        // The first item is read over words only in a list that may pass the tests below (three
        // items, two of them programs): the words need its clause segmented.
        if (items.length < 2 || !items.some(isProgram)) break;
        const start = trimNameStart(ctx, nameStartBefore(ctx, end, 14, stops), end);
        if (start < end) items.push({ start, end });
        break;
      }
      if (items.length < 3) continue;
      if (items.filter(isProgram).length < 2) continue;
      for (const item of items) {
        const name = text.slice(item.start, item.end);
        if (isProgram(item) || name.length < 4 || /[“”]/.test(name)) continue;
        ctx.addEntity({ type: 'Program', name: canonicalProgram(name), start: item.start, end: item.end, strong: true });
      }
    }
  },
};
