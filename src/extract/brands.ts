/**
 * Quoted lists closed by a category: `打造“稽东香榧”“稽东山宝”“稽东有意思”等富有特色的地域品牌`,
 * `“一网统管”“大综合一体化”等工作`. Each quoted item is a program (a brand, a campaign, a policy),
 * even one that holds a comma, since the list says what it is.
 */
import type { Extractor } from './context.ts';
import { lexicon } from './lexicon.ts';

const CLOSER = /^等(?:[\p{Script=Han}]{0,10}?)(品牌|工作|行动|活动|政策|机制|改革|举措|模式|战略|工程)/u;

export const extractQuotedLists: Extractor = {
  id: 'quoted-lists',
  run(ctx) {
    const { text } = ctx;
    const { rhetoric } = lexicon().programs;
    for (let at = text.indexOf('”等'); at >= 0; at = text.indexOf('”等', at + 1)) {
      if (!CLOSER.test(text.slice(at + 1, at + 20))) continue;
      // Walk back over “…”, “…”、“…” items.
      let end = at + 1;
      for (;;) {
        const open = text.lastIndexOf('“', end - 2);
        if (open < 0 || end - open > 32) break;
        const phrase = text.slice(open + 1, end - 1);
        if (/[“”\n]/.test(phrase)) break;
        if (!rhetoric.has(phrase) && phrase.length >= 2 && !ctx.covered(open + 1, end - 1, ['Program'])) {
          ctx.addEntity({ type: 'Program', name: phrase, start: open + 1, end: end - 1, strong: true });
        }
        // A stray doubled quote (“稽东香榧”““稽东山宝”) still separates two items.
        let o = open;
        while (text[o - 1] === '“' && text[o - 2] === '“') o--;
        if (text[o - 1] === '“' && text[o - 2] === '”') o--;
        const before = text.slice(Math.max(0, o - 1), o);
        if (before === '”' || before === '、') end = before === '、' ? o - 1 : o;
        else break;
        if (text[end - 1] !== '”') break;
      }
    }
  },
};
