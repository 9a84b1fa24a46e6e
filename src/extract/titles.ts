/**
 * Titles of officials: `城厢街道党工委副书记、办事处主任`, `区委副书记、区长`, `镇党委书记`.
 * Which street a title names, whether it heads it, and where a title starts when read leftwards.
 */
import { lexicon, lexiconEnds, lexiconScanner } from './lexicon.ts';
import type { WordScanner } from './word-scanner.ts';
import type { Span } from '../segment/index.ts';
import type { DocContext } from './context.ts';
import { charClass } from './chars.ts';
import { isPlaceName } from './divisions.ts';

/** All title words (official and not). */
export function titleWords(): WordScanner {
  const { people } = lexicon();
  return lexiconScanner('titles', () => [...people.officialTitles, ...people.nonOfficialTitles]);
}

/** Characters of the words a title is made of. */
const TITLE_CHARS = charClass(/^[\p{Script=Han}、()0-9A-Za-z]$/u);
const officialTitleEnds = () => lexiconEnds('officialTitles', () => lexicon().people.officialTitles);

/** Is this a title of an official (not a chairman, founder or reporter)? */
export function isOfficialTitle(title: string): boolean {
  const { people } = lexicon();
  // The last of titles listed with 、 (by index: no array of the parts made per title asked).
  const last = title.slice(title.lastIndexOf('、') + 1);
  if (lexiconEnds('nonOfficialTitles', () => people.nonOfficialTitles).longest(last) !== null) return false;
  return officialTitleEnds().longest(last) !== null;
}

/** Does this title head the organisation it names? A deputy, discipline secretary or committee member does not. */
export function isHeadTitle(part: string): boolean {
  if (/纪(工)?委书记|人大.*主任|委员$|副(书记|主任|镇长|乡长)$/.test(part)) return false;
  return /(书记|主任|镇长|乡长)$/.test(part);
}

/** Words a title never runs left over: a headline's verb, a function word, a role; nor a pronoun (这是我们镇党委书记某某 is the town's secretary). */
const STOP_LEFT = new Set(['访', '专访', '对话', '走近', '记', '在', '由', '与', '和', '及', '陪同', '的', '经', '向', '对', '请', '让', '为', '是', '任', '提名', '等', '同志', '了', '据', '今天', '一起', '来看', '专访', '访谈', '嘉宾', '简介', '出席', '参加', '主持', '邀请', '接受', '现场', '就', '听', '记者', '采访', '随同', '我们', '咱们', '我', '他们', '他', '她', '这是', '那是', '就是', '这']);

/** Where a title ending at `end` starts: leftwards over organisation words, street names and `、`. */
export function titleStart(ctx: DocContext, wordStart: number): number {
  let start = wordStart;
  // jieba may glue the organisation to the title word (区委书记 is one word): the title starts with it.
  const glued = ctx.tokenAt(wordStart);
  if (glued && glued.start < wordStart && TITLE_CHARS.every(ctx.text.slice(glued.start, wordStart))) start = glued.start;
  let token = ctx.tokenAt(start - 1);
  let steps = 0;
  while (token && steps < 10) {
    if (token.end !== start) break;
    const w = token.word;
    if (STOP_LEFT.has(w) || !TITLE_CHARS.every(w) || w === '(' || w === ')') break;
    if (w === '、') {
      // `区委副书记、区长`: a 、 joins two titles only when a title word stands before it.
      const prev = ctx.tokenAt(token.start - 1);
      if (!prev || officialTitleEnds().longest(ctx.text.slice(Math.max(0, prev.end - 8), prev.end)) === null) break;
    }
    start = token.start;
    token = ctx.tokenAt(token.start - 1);
    steps++;
  }
  // A title never starts with 、, nor with the headline's verb (——访瓜沥镇党委书记…).
  while (ctx.text[start] === '、') start++;
  const verb = /^(专访|访谈|访问|对话|走近|访)/.exec(ctx.text.slice(start, wordStart));
  if (verb) start += verb[0].length;
  return start;
}

export interface TitleReading {
  /** The street the title names (a full name), if any. */
  street: string | null;
  /** Whether the title heads that street. */
  heads: boolean;
  /** What the post is of: a village within the street (越王村), the street, else the title's organisation words (区委, 萧山城投集团). */
  org: string;
}

/** A village or community named right after the street in a title (越王村, 湘湖社区). */
const VILLAGE = /^(\p{Script=Han}{1,6}?(?:村|社区))(?=党|村委|居委|委员会|书记|主任|$)/u;

/**
 * Read a title found at [start, end) of the document: the street named in it (by a Street
 * entity found there, or a bare 镇/街道/乡 meaning the document's own), and whether it heads it.
 */

/** A title that opens with a street's organ and no place. */
const ORGAN = /^(党工委|办事处|街道办|人大工委|纪工委|党委|镇委|乡委)/;
/** Organs only a subdistrict (街道) has. */
const SUBDISTRICT_ORGAN = /^(党工委|办事处|街道办|人大工委|纪工委)/;

/** The street named last before `at` in its sentence, of `kind` when given. */
function streetBefore(ctx: DocContext, at: number, kind: string | null): string | null {
  const sentence = ctx.sentenceAt(at);
  let best: { end: number; name: string } | null = null;
  for (const e of ctx.within('Street', sentence.start, at)) if ((!best || e.end > best.end) && (!kind || e.name.endsWith(kind))) best = e;
  return best?.name ?? null;
}

/**
 * The street that opens the paragraph around `at` (`在董家沟街道,…`), or the item of a column
 * (`【乌镇镇】…` down to the next `【…】`): what a paragraph or an item says is about that street.
 */
export function openingStreet(ctx: DocContext, at: number, kind: string | null = null): string | null {
  const openings = ctx.memo('openingStreets', () => {
    const found: { start: number; end: number; street: string }[] = [];
    let item: { start: number; end: number; street: string } | null = null;
    // Lines, and the items of a column stored on one line (`…。 【某镇】…`): a bracket after a blank or a sentence's end.
    const starts: Span[] = [...ctx.lines];
    for (let at = ctx.text.indexOf('【'); at >= 0; at = ctx.text.indexOf('【', at + 1)) {
      if (at > 0 && /[ \u3000。!?]/.test(ctx.text[at - 1]!)) starts.push({ start: at, end: ctx.lines.find((l) => l.start <= at && at < l.end)?.end ?? at });
    }
    starts.sort((a, b) => a.start - b.start);
    for (const line of starts) {
      const lead = OPENING.exec(ctx.text.slice(line.start, line.start + 3));
      if (!lead) continue;
      const street = ctx.findIn('Street', line.start + lead[0].length, line.start + lead[0].length + 1, (e) => e.start === line.start + lead[0].length);
      const bracketed = lead[0] === '【';
      const bulleted = lead[0] !== '' && lead[0] !== '在' && !bracketed;
      // (An item, bracketed or bulleted, runs to the next one: `◆某镇` may stand on a line of its own.)
      const marked = bracketed || bulleted;
      if (marked && item) item.end = line.start;
      if (!street || !(bulleted ? /^[,:\s]/ : /^[,:】]/).test(ctx.text.slice(street.end, street.end + 1))) {
        if (marked) item = null;
        continue;
      }
      const opened = { start: line.start, end: marked ? ctx.text.length : line.end, street: street.name };
      if (marked) item = opened;
      found.push(opened);
    }
    return found;
  });
  let best: string | null = null;
  for (const o of openings) if (o.start <= at && at < o.end && (!kind || o.street.endsWith(kind))) best = o.street;
  return best;
}
const OPENING = /^(?:【|在|[◆●■▲◇]\s?)?/;
/** A title that may open with a place named with 镇 or 乡 (镇江, 镇海, 乡宁), not the bare word. */
const OPENS_WITH_PLACE = /^[镇乡]\p{Script=Han}/u;

/** The document's one street, when it names exactly one (the attribution's first guess too). */
export function onlyStreet(ctx: DocContext): string | null {
  const names = new Set(ctx.ofType('Street').map((e) => e.name));
  return names.size === 1 ? [...names][0]! : null;
}

export function readTitle(ctx: DocContext, start: number, end: number, homeStreet: (kind: string) => string | null): TitleReading {
  // 新任镇长, 现任镇长: the post as it is now (former ones are read below).
  const current = /^(?:新任|现任)/.exec(ctx.text.slice(start, end));
  if (current) start += current[0].length;
  const title = ctx.text.slice(start, end);
  const inTitle = ctx.findIn('Street', start, end, (e) => e.end <= end);
  let street = inTitle?.name ?? null;
  if (!street) {
    // 镇长, 副镇长, 街道办事处主任: the document's street of that kind.
    // (Not a place whose name opens with one of them: 镇江市委常委, 乡宁县.)
    const bare = OPENS_WITH_PLACE.test(title) && (isPlaceName(title.slice(0, 2)) || isPlaceName(title.slice(0, 3))) ? null : /^副?(街道|镇|乡)(党工委|党委|办事处|人民政府|政府)?/.exec(title);
    // 到万年场街道调研,街道党工委书记王丽陪同: the street of that kind just named in the sentence,
    // else the document's own.
    if (bare) street = streetBefore(ctx, start, bare[1]!) ?? openingStreet(ctx, start, bare[1]!) ?? homeStreet(bare[1]!);
    // 党工委副书记、办事处主任涂军平 after 西渡街道党工委书记袁飞: a roster names the street once; a
    // street's organ alone (党工委, 办事处) means the street named last in the sentence, else the page's.
    else if (ORGAN.test(title)) {
      const kind = SUBDISTRICT_ORGAN.test(title) ? '街道' : null;
      street = streetBefore(ctx, start, kind) ?? openingStreet(ctx, start, kind) ?? (kind ? homeStreet(kind) : onlyStreet(ctx));
    }
  }
  const parts = title.split('、');
  // 所前镇越王村党总支书记: a village's or community's post serves in the street, heads none of it.
  const unit = inTitle ? VILLAGE.exec(title.slice(inTitle.end - start))?.[1] : undefined;
  // 原城西镇党委书记, 城西镇原党委书记, 前任镇长: a former head heads it no more.
  const former = /^(原|前任|时任)|^\p{Script=Han}{1,8}?(街道|镇|乡)(原|前任)/u.test(title);
  const heads = street !== null && !unit && !former && parts.some((p) => isHeadTitle(p));
  const org = unit || street || (/^[^、]*?(?=副|党工委|党委|办事处|书记|主任|区长|市长|县长|镇长|董事长|总经理|创始人|主席|常委|$)/.exec(title)?.[0] ?? '');
  return { street, heads, org };
}
