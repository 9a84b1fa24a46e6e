/**
 * Staff credits: `总策划:王丽芳`, `主编:曲行森 倪海峰…` (and the name-only lines that follow),
 * `来源:杭州日报 作者:驻萧山记者 方亮 编辑:汪浩`, `(浙江在线记者 陈伟利 通讯员 洪美娜)`,
 * `(某某镇农业服务中心 某某)`.
 * Their people are `Person`s with a role, and their spans are closed to the official extractors:
 * a reporter or an editor is never an official.
 */
import type { DocContext, Extractor } from './context.ts';
import { lexicon, alternation } from './lexicon.ts';
import { nameAt } from './names.ts';

/** A bracketed byline opening a paragraph of prose (`本报讯(记者 某某 通讯员 某某)`). */
const BRACKETED_BYLINE = /^\s*[^()]{0,12}?\(([^()]*?(?:记者|通讯员)[^()]*)\)/u;
/** …or without brackets, its names set off by blanks (`本报讯 记者 陈某 通讯员 周某 5月5日,…`). */
const BARE_BYLINE = /^\s*(?:本报讯|本刊讯|讯)?\s*((?:(?:记者|通讯员)(?:\s+\p{Script=Han}{2,3})+\s*)+)\s/u;
const NAME_LINE = /^(\s*\p{Script=Han}{1,4})(\s+\p{Script=Han}{1,4})+\s*$/u;
/** A line that is only a bracketed credit of the writer's body and names (`(某某镇农业服务中心 某某)`). */
const BRACKETED_CREDIT = /^\s*\((\p{Script=Han}{2,20})((?:\s+\p{Script=Han}{2,3})+)\s*\)\s*$/u;

function addNames(ctx: DocContext, from: number, to: number, role: string) {
  const segment = ctx.text.slice(from, to);
  const re = /\p{Script=Han}{2,4}/gu;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const start = from + m.index;
    const name = nameAt(ctx, start);
    if (!name || name.name.length !== m[0].length) continue;
    // (时间:, 来源:, 点击数: the label of the next field on the line, no one's name.)
    if (/^\s*[::]/.test(ctx.text.slice(name.end, name.end + 2))) continue;
    ctx.addEntity({ type: 'Person', name: name.name, start, end: name.end, props: { role } });
  }
}

let patterns: { labelled: RegExp; hasLabel: RegExp; bylined: RegExp } | null = null;
function creditPatterns() {
  if (patterns) return patterns;
  const roles = alternation(lexicon().people.creditRoles);
  patterns = {
    labelled: new RegExp(`(?:^|\\s|\\()(${roles})\\s*[::]`, 'g'),
    hasLabel: new RegExp(`(^|\\s|\\()(${roles})\\s*[::]`),
    bylined: new RegExp(`(记者|通讯员)\\s+\\p{Script=Han}{2,3}`, 'u'),
  };
  return patterns;
}

export const extractCredits: Extractor = {
  id: 'credits',
  run(ctx) {
    const { labelled, hasLabel: labelRe, bylined: bylineRe } = creditPatterns();
    let inCredits = false;
    let lastRole = '';
    for (const line of ctx.lines) {
      const text = ctx.text.slice(line.start, line.end);
      // (某某镇农业服务中心 某某): the body that wrote it and its writers, names only, at a paragraph's end.
      // ((记者 某某) is a reporter's byline, read below with its role.)
      const credit = text.length <= 40 && !/记者|通讯员|编辑|摄影|作者/.test(text) ? BRACKETED_CREDIT.exec(text) : null;
      if (credit) {
        const names = line.start + text.indexOf(credit[2]!);
        ctx.excluded.push({ start: line.start, end: line.end });
        addNames(ctx, names, names + credit[2]!.length, '作者');
        inCredits = false;
        continue;
      }
      // Most lines are prose: a credit has a colon or a reporter's byline, or follows a credit.
      if (!inCredits && !text.includes(':') && !/记者|通讯员/.test(text)) continue;
      // A Q&A turn (`记者:钱书记,您好。`, `记者:乡村振兴方面呢?`) is a question, not a credit: a credit lists names.
      const question = /^(记者|问|主持人|答)\s*[::]/.test(text) && (/[。??!!吗呢]/.test(text) || /^(记者|问)\s*[::].{20,}/.test(text));
      // (A labelled credit is a line of its own: a paragraph of prose that holds one, as a page
      // stored on one line does, is not closed to the other extractors for it.)
      const hasLabel = labelRe.test(text) && !question && (text.length <= 40 || !/[。!?]/.test(text));
      const bylined = bylineRe.test(text) && text.length < 80;
      // 本报讯(记者 陈某 通讯员 周某)5月5日,某镇党委书记…: the bracket is the credit, the rest is the article.
      const bracketed = BRACKETED_BYLINE.exec(text);
      const lead = bracketed ?? BARE_BYLINE.exec(text);
      if (lead && text.length - lead[0].length >= 8) {
        ctx.excluded.push({ start: line.start, end: line.start + lead[0].length });
        const names = line.start + lead[0].lastIndexOf(lead[1]!);
        addNamesWithRoles(ctx, names, names + lead[1]!.trimEnd().length, '');
        inCredits = false;
        continue;
      }
      if (hasLabel || bylined || (inCredits && NAME_LINE.test(text))) {
        // A Q&A line `记者:问题…` is a question, not a credit: those are long and have no names only.
        inCredits = true;
        ctx.excluded.push({ start: line.start, end: line.end });
        labelled.lastIndex = 0;
        let role = '';
        let last = 0;
        const parts: { role: string; from: number }[] = [];
        for (let m = labelled.exec(text); m; m = labelled.exec(text)) parts.push({ role: m[1]!, from: m.index + m[0].length });
        // A line of names only continues the credit above it (主编's second line).
        if (parts.length === 0) parts.push({ role: lastRole, from: 0 });
        for (let i = 0; i < parts.length; i++) {
          role = parts[i]!.role;
          const to = i + 1 < parts.length ? parts[i + 1]!.from : text.length;
          last = parts[i]!.from;
          addNamesWithRoles(ctx, line.start + last, line.start + to, role);
        }
        lastRole = role;
      } else {
        inCredits = false;
      }
    }
  },
};

/** Inside a credit, `驻萧山记者 方亮 通讯员 洪美娜`: an inline role word names the person after it. */
function addNamesWithRoles(ctx: DocContext, from: number, to: number, role: string) {
  const segment = ctx.text.slice(from, to);
  // (`记者 王某 徐某`: every name after the role word, up to the next role word.)
  // (`记者/李明 通讯员/狮宣`: a slash after the role, as some papers write it.)
  const inline = /(记者|通讯员|编辑|摄影)((?:[\s/]*(?!记者|通讯员|编辑|摄影)\p{Script=Han}{2,3}(?=\s|\/|$|\)))+)/gu;
  let found = false;
  for (let m = inline.exec(segment); m; m = inline.exec(segment)) {
    found = true;
    addNames(ctx, from + m.index + m[0].length - m[2]!.length, from + m.index + m[0].length, m[1]!);
  }
  if (!found && role && role !== '来源') addNames(ctx, from, to, role);
}
