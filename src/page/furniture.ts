/**
 * Page furniture: which lines (or line tails) of a page are the site's, not the article's.
 *
 * A news page carries navigation, breadcrumbs, time/source/view-count lines, share and print
 * prompts, previous/next links, lists of related headlines and footers around its article. None
 * of it is the article: it must never change what the article yields, nor become entities (a
 * related headline is not a project). Each rule is about the shape of such lines on any site
 * (short, no sentence, made of labels, links or separators), with the words as data in
 * graph/lexicon/furniture.json; a line of prose is never furniture.
 */
import { z } from 'zod';
import { loadLexicon } from '../extract/lexicon.ts';
import { halfWidthText } from '../read/normalize.ts';
import { isPlaceName, lookupStreet } from '../extract/divisions.ts';
import { isSpace } from '../segment/index.ts';

export type FurnitureKind = 'prompt' | 'breadcrumb' | 'meta' | 'nav' | 'directory' | 'related' | 'footer' | 'repeat';

/** A stretch of the original text that is furniture: a whole line, or the tail of one (`标题 2025-05-27 来源:某某`). */
export interface Furniture {
  kind: FurnitureKind;
  /** Original offsets; `end` is the end of the line's text (before its line break). */
  start: number;
  end: number;
  text: string;
  /**
   * A dateline that carries the article's byline (`2026-04-08 来源:某街道 作者:某某 阅读:204`):
   * kept in the text for its credits, but no prose, so the line after it never joins it. Its
   * place words count as the page's, as a meta line's do.
   */
  kept?: true;
}

const Words = z.array(z.string().min(1));
const FurnitureLexicon = z.object({
  description: z.string().optional(),
  prompts: Words,
  breadcrumbs: z.string(),
  metaLabels: Words,
  navWords: Words,
  relatedMarkers: z.string(),
  footer: z.string(),
});

function compile(source: string, field: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new Error(`lexicon furniture.json: ${field}: ${(error as Error).message}`);
  }
}

let rules: ReturnType<typeof build> | null = null;
function build() {
  const lex = loadLexicon('furniture.json', FurnitureLexicon);
  const labels = [...lex.metaLabels].sort((a, b) => b.length - a.length).join('|');
  return {
    // Each checked on its own (a bad one is named), then tested as one alternation.
    prompts: (lex.prompts.forEach((p, i) => compile(p, `prompts.${i}`)), new RegExp(lex.prompts.map((p) => `(?:${p})`).join('|'), 'u')),
    breadcrumbs: compile(lex.breadcrumbs, 'breadcrumbs'),
    related: compile(lex.relatedMarkers, 'relatedMarkers'),
    footer: compile(lex.footer, 'footer'),
    navWords: new Set(lex.navWords),
    /** A line opening with a label and a colon (`发布时间:`, `- 时间:`, `【来源:`). */
    // (`来源 | 某某融媒`: some sites set the label off with a bar.)
    metaStart: new RegExp(`^[-·•*\\s【\\[(]*(?:${labels})\\s*[::|｜]`, 'u'),
    /** A label with a colon anywhere (for a line that opens with a date). */
    metaAnywhere: new RegExp(`(?:^|\\s)(?:${labels})\\s*[::]`, 'u'),
    /** A title with the page's date and source run onto its line: the tail from the blank before them. */
    metaTail: new RegExp(`\\s+(?:${DATE.source}(?:\\s+${TIME.source})?\\s*)?(?:${labels})\\s*[::].*$`, 'u'),
  };
}
export function furnitureRules() {
  rules ??= build();
  return rules;
}

const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?/;
/** A line that is only a date, maybe with a time and a weekday (`2021年12月31日`, `2023-04-12 07:51 星期三`). */
// A date may sit in brackets (`[ 2023-05-06 ]`, `【2023-05-06】`).
const DATE_LINE = new RegExp(`^[[【(\\s]*${DATE.source}(?:\\s*${TIME.source})?(?:\\s*(?:星期|周)[一二三四五六日天])?[\\]】)\\s]*$`, 'u');
const DATE_FIRST = new RegExp(`^[[【(\\s]*${DATE.source}`, 'u');
/** A newspaper's page line (`第04版:`, `第B01版:港闸新闻`). */
const EDITION = /^第\s*[A-Z]?\d{1,3}\s*版/;
/** A sentence, or a list inside one: prose, never furniture of these shapes. */
const PROSE = /[。;!?]|[,、].*[,、]/;
const SEPARATORS = /[|｜/\\\s·•>›»◀▶[\]【】]+/u;
const LATIN = /^[A-Za-z0-9.:_-]+$/;
/** A site's or its owner's name (某某区融媒体中心, 某某报客户端, 某某新闻网): a link of the site's header. */
const SITE_NAME = /^\p{Script=Han}{2,10}(?:融媒体中心|客户端|新闻网|电视台|公众号)$/u;
const MENU_SEPARATOR = /\s*[|｜·•]\s*/;
const MENU_ITEM = /^\p{Script=Han}{2,4}$/u;

/** `新闻 / 镇村 / 双桥镇`: three short names or more between slashes. */
const SLASHED_PATH = /^\p{Script=Han}{2,8}(?:\s*[/／]\s*\p{Script=Han}{2,8}){2,}$/u;

function isBreadcrumb(t: string): boolean {
  if (furnitureRules().breadcrumbs.test(t)) return true;
  if (t.length > 120 || /[。;!?]/.test(t)) return false;
  if (SLASHED_PATH.test(t)) return true;
  const arrows = (t.match(/[>›»▸]/g) ?? []).length;
  return arrows >= 2 || (arrows === 1 && (/^[>›»▸]|[>›»▸]$/.test(t) || /^首页\s*[>›»▸]/.test(t)));
}

/** A byline (`作者:驻萧山记者 方亮`, `浙江在线记者 陈伟利 通讯员 洪美娜`): the article's own credit, not the site's. */
const BYLINE = /作者\s*[::]\s*[^\s:]|记者|通讯员|摄影?\s*[::]/;

/**
 * A date and a clock time, then a short source without a label (`2026-03-30 08:05  某某区融媒体中心`),
 * maybe its reporters and the page's buttons after it (`… 某某报业集团 记者 某某 通讯员 某某 【放大】【缩小】`).
 */
const DATE_TIME_SOURCE = new RegExp(`^[[【(\\s]*${DATE.source}\\s*${TIME.source}\\s+[^,,。;;::]{1,60}$`, 'u');
/** A public account's post line: `原创 账号名 2024-06-12 18:30 发表于四川`. */
const ACCOUNT_LINE = new RegExp(`^原创\\s+\\S.{0,40}${DATE.source}`, 'u');

/** A time/source/view line; `byline` when it also credits the article's author or reporter. */
function metaKind(t: string): 'meta' | 'byline' | null {
  if (t.length > 160 || /[。!?]/.test(t)) return null;
  const r = furnitureRules();
  const meta =
    r.metaStart.test(t) ||
    DATE_LINE.test(t) ||
    (EDITION.test(t) && t.length <= 30) ||
    (DATE_FIRST.test(t) && r.metaAnywhere.test(t)) ||
    DATE_TIME_SOURCE.test(t) ||
    ACCOUNT_LINE.test(t);
  return !meta ? null : BYLINE.test(t) ? 'byline' : 'meta';
}

/** A line of links: short pieces between separators, at least half of them site words (`设为首页 | 加入收藏`). */
function isNav(t: string): boolean {
  if (t.length > 60 || /[,。;!?“”、()]/.test(t)) return false;
  if (/^[\d\s\p{P}\p{S}]{1,8}$/u.test(t)) return true; // `0`, `|`, `>>`: counters and stray separators
  const pieces = t.split(SEPARATORS).filter(Boolean);
  if (pieces.length === 0) return true;
  const { navWords } = furnitureRules();
  let nav = 0;
  let latin = 0;
  // 要闻 · 镇村 · 民生 · 视听: a channel menu, four short words or more between marks (not blanks, as a title's).
  const menu = t.split(MENU_SEPARATOR);
  if (menu.length >= 4 && menu.every((p) => MENU_ITEM.test(p))) return true;
  // 首页 新闻 镇村 视频…: a menu that opens with 首页 may set its words apart by blanks (a title never opens so).
  if (pieces[0] === '首页' && pieces.length >= 4 && pieces.every((p) => MENU_ITEM.test(p))) return true;
  for (const p of pieces) {
    if (navWords.has(p) || SITE_NAME.test(p)) nav++;
    else if (LATIN.test(p)) latin++;
  }
  return nav >= 1 && (nav + latin) * 2 >= pieces.length;
}

/** A division listed by its full name or its short form (城厢街道, 城厢, 瓜沥镇, 萧山区). */
function isDivision(name: string): boolean {
  if (!/^\p{Script=Han}{2,10}$/u.test(name)) return false;
  if (lookupStreet(name).length > 0 || isPlaceName(name)) return true;
  return name.length <= 4 && ['街道', '镇', '乡'].some((kind) => lookupStreet(name + kind).length > 0);
}

/**
 * A site's directory of towns and streets (`城厢街道 | 北干街道 | 蜀山街道 …`): three names or more,
 * nothing else. Not the page's place (it names every town of the district), and no streets of the
 * article.
 */
function isDirectory(t: string): boolean {
  if (t.length > 160 || /[,。;!?“”()]/.test(t)) return false;
  const pieces = t.split(SEPARATORS).filter(Boolean);
  return pieces.length >= 3 && pieces.every(isDivision);
}

function isPrompt(t: string): boolean {
  // A caption (`某某中心效果图。`) may close with a full stop; a prompt is otherwise no sentence.
  const last = t.charCodeAt(t.length - 1);
  const line = last === 0x3002 || last === 0x2e ? t.slice(0, -1) : t;
  if (line.length > 60 || /[。!?,;]/.test(line)) return false;
  return furnitureRules().prompts.test(t);
}

/** A line a list of headlines is made of: short, no sentence. */
// (A headline may end with one exclamation: 某某景区开园啦!)
const isHeadlineLike = (t: string) => t.length <= 60 && !PROSE.test(t.endsWith('!') ? t.slice(0, -1) : t);
/** A related marker with nothing after it but its colon and marks (`相关新闻`, `【热门文章】`, `▌推荐阅读`, `热点 推荐`). */
const ALONE = /^[\p{S}\p{P}\s]*[\p{Script=Han}\s]{2,14}[\p{S}\p{P}\s]*$/u;
/** The bullets a list of headlines is set with (`● 某某`, `◇ 某某`, `▷ 某某`). */
const BULLETS = '●•·▪◆■◇○◎►▶▸▹▷‣➤➢';
/** A headline's bullet or number in a list of them (`· 某某`, `◇ 某某`, `▷ 某某`, `1 某某`, `2. 某某`; also `□`, `*`, `-`). */
const LIST_MARK = new RegExp(`^(?:[${BULLETS}□*-]|\\d{1,2}(?:[.、)]|\\s))`);
/** A rule drawn with characters (`-----`, `=====`, `━━━`): it sets a block apart. */
const RULE = /^[-=_*—━─~.·]{3,}$/;
/** A headline led by a bullet (`● 某镇人大代表视察重点项目`), as an e-paper lists a page's other articles. */
const BULLETED = new RegExp(`^[${BULLETS}]`);

interface Line {
  start: number;
  /** The line's text, half-width, trimmed. */
  t: string;
  /** Offset of `t` in the original. */
  at: number;
  /** Related headlines at the end of a long line (a page stored on one line): furniture as they are. */
  relatedTail?: true;
}

/** Where related headlines open on a page stored on one line (`… 相关链接:某某镇:… 主办:…`). */
const RELATED_IN_LINE = /(?:相关链接|相关新闻|相关阅读|相关报道|相关文章|推荐阅读|延伸阅读|上一篇|下一篇)\s*[:：]/g;

/** 。！？!?, by code. */
const isSentenceMark = (code: number) => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f;

/** The related headlines that close a long line after its last sentence, if any. */
function relatedTail(text: string, start: number, end: number): Line | null {
  // The last sentence end of the line, read back from its end (lastIndexOf would run on to the
  // text's start for a mark the line lacks: each long line read the page again, five times).
  let last = end - 1;
  while (last >= start && !isSentenceMark(text.charCodeAt(last))) last--;
  if (last < start) last = start;
  RELATED_IN_LINE.lastIndex = 0;
  const tail = text.slice(last, end);
  const m = RELATED_IN_LINE.exec(tail);
  return m ? { start, t: halfWidthText(tail.slice(m.index)), at: last + m.index, relatedTail: true } : null;
}

/** A line of prose: no test needed (most lines of a page). */
const PROSE_LINE: Line = { start: -1, t: '', at: -1 };

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  let stop = -1; // the next full stop at or after pos, found again only when passed
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (stop < pos) {
      const next = text.indexOf('。', pos);
      stop = next < 0 ? Infinity : next;
    }
    // A long line, or one that goes on after a full stop, is prose: not copied, not tested (a short
    // caption may end with one: 某某中心效果图。).
    let end = nl;
    while (end > pos && isSpace(text.charCodeAt(end - 1))) end--;
    if (nl - pos > 170 || stop < end - 1 || (stop === end - 1 && end - pos > 40)) {
      lines.push(PROSE_LINE);
      const tail = nl - pos > 170 ? relatedTail(text, pos, end) : null;
      if (tail) lines.push(tail);
    }
    else {
      const raw = text.slice(pos, nl).replace(/\r$/, '');
      const lead = raw.length - raw.trimStart().length;
      const t = halfWidthText(raw.trim());
      if (t) lines.push({ start: pos, t, at: pos + lead });
    }
    pos = nl + 1;
  }
  return lines;
}

/**
 * Headlines side by side, set apart by bars or by spaced dots (not a table's row: its cells are
 * short; not a name with a dot inside: 富春山居·数智银湖).
 */
function isHeadlineRow(t: string): boolean {
  const pieces = t.split(/[|｜]|\s+[·•]\s+/).map((p) => p.trim());
  return pieces.length >= 2 && pieces.every((p) => p.length >= 6);
}

/** `热门: 甲开工 | 乙投用`, `【热点】甲 | 乙`, `最新动态 · 甲 · 乙`: a short label, then headlines side by side. */
const LABELLED_ROW = /^[\p{S}\p{P}\s]*\p{Script=Han}{2,6}(?:\s*[:】\]]\s*|\s+(?=[·•]\s))[·•]?\s*(.{12,})$/u;
const isLabelledHeadlineRow = (t: string) => {
  const m = LABELLED_ROW.exec(t);
  return m !== null && isHeadlineLike(m[1]!) && isHeadlineRow(m[1]!);
};

const isProse = (line: Line) => line === PROSE_LINE || line.t.length > 160 || /[。!?]/.test(line.t);
const isBulletedHeadline = (line: Line | undefined) => line !== undefined && line !== PROSE_LINE && BULLETED.test(line.t) && isHeadlineLike(line.t);
/** Is the line at `i` one of two or more bulleted headlines in a row? */
const isBulletRun = (lines: Line[], i: number) => isBulletedHeadline(lines[i]) && (isBulletedHeadline(lines[i - 1]) || isBulletedHeadline(lines[i + 1]));

/** Is `next` the date or source line that follows an article's title? */
const isTitleOf = (next: Line | undefined) => next !== undefined && next !== PROSE_LINE && metaKind(next.t) !== null;

/** The furniture of `text` after `from` (the metadata header's end), in order. */
export function findFurniture(text: string, from = 0): Furniture[] {
  const rules = furnitureRules();
  const found: Furniture[] = [];
  const kept = new Set<string>();
  let inRelated = false;
  /** Whether the related block's headlines carry a bullet or a number (known at its first). */
  let bulleted: boolean | null = null;
  let inFooter = false;
  const whole = (line: Line, kind: FurnitureKind) => found.push({ kind, start: line.at, end: line.at + line.t.length, text: line.t });
  const lines = linesOf(text, from);
  // The article's first and last paragraphs of prose (none: a table, a list; then nothing is outside).
  const firstProse = lines.findIndex(isProse);
  let lastProse = firstProse < 0 ? lines.length : lines.length - 1;
  while (firstProse >= 0 && lastProse > firstProse && !isProse(lines[lastProse]!)) lastProse--;
  let afterRule = false;
  let seenProse = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { t } = line;
    const ruleBefore = afterRule;
    afterRule = false;
    if (line.relatedTail) {
      whole(line, 'related');
      continue;
    }
    // A paragraph of prose (most lines of a page) is none of these: no test needed.
    if (line === PROSE_LINE || t.length > 160) {
      inRelated = inFooter = false;
      seenProse = true;
      continue;
    }
    // A block of related headlines runs from its marker to the first line of prose; a footer to the end.
    if (inFooter && !PROSE.test(t)) {
      whole(line, 'footer');
      continue;
    }
    inFooter = false;
    // (A footer may open with its owner: `某某融媒体中心 版权所有 地址:…`.)
    if (t.length <= 160 && !/[。!?]/.test(t) && (rules.footer.test(t) || /ICP[备证]|网安备|版权所有|主办单位/.test(t))) {
      inFooter = true;
      inRelated = false;
      whole(line, 'footer');
      continue;
    }
    if (rules.related.test(t) || isLabelledHeadlineRow(t)) {
      // A marker alone opens a block of headlines; one with its headline on its line
      // (`推荐 | 某某工程开工`, `相关新闻:某某…`) is that headline, and the next line is the page's again.
      inRelated = ALONE.test(t);
      bulleted = null;
      whole(line, 'related');
      continue;
    }
    // A rule ends a block of headlines (本版标题 … -----) and may open one of bulleted headlines.
    if (RULE.test(t)) {
      inRelated = false;
      afterRule = true;
      whole(line, 'nav');
      continue;
    }
    // Above the article, headlines run on to the page's title, which its date or source line
    // follows: the title stays. (Below it, a source line closes the page: headlines before it go.)
    // (Headlines set side by side with bars are no title: `甲开工 | 乙投用`.)
    // (A list of bulleted or numbered headlines ends at the first line without its mark: the
    // breadcrumb or the title after a sidebar.)
    if (inRelated && bulleted === null) bulleted = LIST_MARK.test(t);
    // (Above the article a site's header line ends them: `今日热点:` … then `某某区融媒体中心 | 某某报客户端`.)
    if (inRelated && isHeadlineLike(t) && !(i < firstProse && isNav(t)) && (!bulleted || LIST_MARK.test(t)) && (isHeadlineRow(t) || seenProse || !isTitleOf(lines[i + 1]))) {
      whole(line, 'related');
      continue;
    }
    // Outside the article (above its first paragraph or below its last), a run of headlines
    // each with a bullet is a sidebar of other articles, whatever its marker said (or none).
    const outside = i < firstProse || i > lastProse;
    if ((ruleBefore || (outside && isBulletRun(lines, i))) && BULLETED.test(t) && isHeadlineLike(t)) {
      inRelated = true;
      bulleted = true;
      whole(line, 'related');
      continue;
    }
    inRelated = false;
    // (Each test once: a line that is neither a prompt nor a breadcrumb was tested for both twice.)
    const prompt = isPrompt(t);
    const breadcrumb = !prompt && isBreadcrumb(t);
    const meta = prompt || breadcrumb ? null : metaKind(t);
    if (meta === 'byline') {
      found.push({ kind: 'meta', start: line.at, end: line.at + t.length, text: t, kept: true });
      kept.add(t);
      continue;
    }
    const kind: FurnitureKind | null = prompt
      ? 'prompt'
      : breadcrumb
        ? 'breadcrumb'
        : meta
          ? 'meta'
          : isNav(t)
            ? 'nav'
            : isDirectory(t)
              ? 'directory'
              : t.length <= 80 && !/[。;]/.test(t) && kept.has(t)
                ? 'repeat'
                : null;
    if (kind) {
      whole(line, kind);
      continue;
    }
    // `白涛到南海区调研 2023-04-12 来源:佛山日报`: the title stays, its date and source go.
    const tail = t.length <= 160 && !/[。!?]/.test(t) && !BYLINE.test(t) ? rules.metaTail.exec(t) : null;
    if (tail && tail.index > 0) {
      found.push({ kind: 'meta', start: line.at + tail.index, end: line.at + t.length, text: t.slice(tail.index) });
      kept.add(t.slice(0, tail.index).trim());
      continue;
    }
    kept.add(t);
  }
  return found;
}
