/**
 * Quoted lists closed by a category: `打造“稽东香榧”“稽东山宝”“稽东有意思”等富有特色的地域品牌`,
 * `“一网统管”“大综合一体化”等工作`. Each quoted item is a program (a brand, a campaign, a policy),
 * even one that holds a comma, since the list says what it is; a business's brands (等餐饮品牌)
 * are companies.
 */
import type { Extractor } from './context.ts';
import { lexicon } from './lexicon.ts';

const CLOSER = /^等(?:[\p{Script=Han}]{0,10}?)(品牌|工作|行动|活动|政策|机制|改革|举措|模式|战略|工程)/u;

/** A business's kind before 品牌 (餐饮品牌, 连锁品牌, 企业品牌): the brands are companies'. */
const TRADE_KIND = /(?:餐饮|零售|茶饮|咖啡|服装|食品|商业|连锁|企业|消费|电商|酒店|民宿)品牌$/;

/** Does a quote closing at `close` end a list of a business's brands (”等餐饮品牌)? */
export function closesTradeBrands(text: string, close: number): boolean {
  if (text[close] !== '等') return false;
  const closer = CLOSER.exec(text.slice(close, close + 19));
  return closer !== null && closer[1] === '品牌' && TRADE_KIND.test(closer[0]);
}

export const extractQuotedLists: Extractor = {
  id: 'quoted-lists',
  run(ctx) {
    const { text } = ctx;
    const { rhetoric } = lexicon().programs;
    for (let at = text.indexOf('”等'); at >= 0; at = text.indexOf('”等', at + 1)) {
      if (!CLOSER.test(text.slice(at + 1, at + 20))) continue;
      // “甲”“乙”等餐饮品牌: the brands of businesses are their companies, not programs.
      const type = closesTradeBrands(text, at + 1) ? 'Enterprise' : 'Program';
      // Walk back over “…”, “…”、“…” items.
      let end = at + 1;
      for (;;) {
        const open = text.lastIndexOf('“', end - 2);
        if (open < 0 || end - open > 32) break;
        const phrase = text.slice(open + 1, end - 1);
        if (/[“”\n]/.test(phrase)) break;
        if (!rhetoric.has(phrase) && phrase.length >= 2 && !ctx.covered(open + 1, end - 1, ['Program', 'Enterprise'])) {
          ctx.addEntity({ type, name: phrase, start: open + 1, end: end - 1, strong: true });
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
