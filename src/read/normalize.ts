/**
 * Normalisation with an offset map back to the original text: every character of the
 * normalised text knows the index of the original character it came from, so mentions and
 * evidence found in normalised text are reported in original offsets.
 *
 * What it does, and why:
 * - unifies full-width ASCII punctuation and letters (`，：（）１` → `,:()1`, and `〔〕` → `()`) so one pattern fits
 *   both house styles (the dev corpus store already turned them into ASCII, most sites do not);
 * - rejoins words split by layout line breaks (`智\n\n治中心`): a break after a long line that does
 *   not end a sentence is a layout break, not a paragraph end;
 * - leaves out what the page stage found to be furniture (`src/page`): whole lines, or a line's tail.
 */

/** A stretch of the original to leave out (a furniture line, or its tail), in original offsets. */
export interface Omitted {
  start: number;
  end: number;
}

export interface NormalizedText {
  /** The normalised text: what extractors read. */
  text: string;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` is the original end. */
  map: Int32Array;
}

const SENTENCE_END = /[。!?;:”」』)…]$/;
/**
 * Does a line end a sentence? A closing quote does only after the sentence it quotes ends
 * (…热闹。”); a name quoted at a wrap (实施“一街一品” / 计划,…) runs on, as its straight form does.
 */
function endsSentence(line: string): boolean {
  const last = halfWidth(line.slice(-1));
  if (/["”」』]/.test(last)) return /[。!?…]/.test(halfWidth(line.slice(-2, -1)));
  return SENTENCE_END.test(last);
}
const CLOCK_END = /\d{1,2}[::]\d{2}(?:[::]\d{2})?$/;
/** A layout break is one after a line at least this long (headlines and name lines are shorter). */
const LAYOUT_LINE_MIN = 30;

const NONE: ReadonlySet<number> = new Set();

/**
 * A row of a table with its cells between tabs: never wrapped prose, nor wrapped into (a page's
 * table comes out of its markup a row a line). Rows drawn with bars may be wrapped; their lines
 * end with a bar instead.
 */
const isTableRow = (line: string) => line.includes('\t');
/** A row drawn with bars that opens with its number (`2|某某工程|…`), or the header (`序号|项目名称|…`): a row of its own. */
const BAR_ROW_START = /^(?:\d{1,3}|序号)\s*[|｜]/;

/** A field of a record opening its line (`建设单位:某某`, `总投资:5亿元`): never the rest of a wrapped line. */
const LABELLED = /^\p{Script=Han}{2,6}\s*[::]/u;

const WIDE = /[\uff01-\uff5e\u3000「」『』〔〕]/g;

function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (ch === '「' || ch === '『') return '“';
  if (ch === '」' || ch === '』') return '”';
  // 〔〕 bracket a roster's titles as () do (某某〔某镇党委书记〕).
  if (ch === '〔') return '(';
  if (ch === '〕') return ')';
  return ch;
}

/** A string with full-width ASCII and corner quotes made half-width and curly, one character to one. */
export function halfWidthText(text: string): string {
  WIDE.lastIndex = 0;
  return WIDE.test(text) ? text.replace(WIDE, halfWidth) : text;
}

/**
 * Normalise `original[from..]` (the part after a metadata header). `unjoined`: original offsets
 * where a kept line starts that is no prose (a dateline kept for its byline): it joins no line
 * before or after it. `tabbed`: original offsets of line breaks between the cells of a table's
 * row (a table copied a cell a line), written as tabs.
 */
export function normalizeText(original: string, from = 0, omitted: readonly Omitted[] = [], unjoined: ReadonlySet<number> = NONE, tabbed: ReadonlySet<number> = NONE): NormalizedText {
  // Where each omitted stretch starts, and the line offset it cuts at (omitted stretches end their line).
  const cutAt = new Map<number, number>();
  for (const o of omitted) cutAt.set(original.lastIndexOf('\n', o.start - 1) + 1, o.start);
  const out: string[] = [];
  // Normalisation maps characters one to one or drops them, so the map is never longer than the original.
  const map = new Int32Array(original.length - from + 1);
  let length = 0;
  // Split into lines, keeping each line's original offset.
  const lines: { start: number; text: string }[] = [];
  let pos = from;
  while (pos <= original.length) {
    let nl = original.indexOf('\n', pos);
    if (nl < 0) nl = original.length;
    // (Without the carriage return that may end a line, by code: no RegExp per line.)
    lines.push({ start: pos, text: original.slice(pos, nl > pos && original.charCodeAt(nl - 1) === 13 ? nl - 1 : nl) });
    pos = nl + 1;
  }
  // A text with no full-width character anywhere has none in its lines: one test, not one a line.
  WIDE.lastIndex = 0;
  const wide = WIDE.test(original);
  let previousKept: string | null = null;
  let previousAt = -1; // original offset of that line's first character
  let pendingBreak: number | null = null; // original offset of the newline before the current line
  let furnitureBetween = false; // furniture since the last kept line: what follows it is no wrapped line
  for (const full of lines) {
    const cut = cutAt.get(full.start);
    const line = cut === undefined ? full : { start: full.start, text: full.text.slice(0, cut - full.start) };
    const trimmed = line.text.trim();
    if (cut !== undefined) furnitureBetween = true;
    if (trimmed === '') {
      // An empty line, or furniture: a paragraph break at most, as if the line were not there.
      if (pendingBreak === null && previousKept !== null) pendingBreak = full.start - 1;
      continue;
    }
    if (previousKept !== null) {
      const prev = previousKept.trimEnd();
      // An indented line opens a paragraph; a layout break never indents.
      const indented = /^[ \t\u3000]{2,}/.test(line.text);
      // (A line that ends with a clock time is a page's dateline, `…发布时间:2023-05-06 10:20`, and one
      // that ends with a cell separator or holds cells a table's row, `… | 已完成 |`: never wrapped prose.)
      const joins =
        !indented &&
        !furnitureBetween &&
        (unjoined.size === 0 || (!unjoined.has(previousAt) && !unjoined.has(line.start + line.text.length - line.text.trimStart().length))) &&
        prev.length >= LAYOUT_LINE_MIN && !endsSentence(prev) && !CLOCK_END.test(prev) && !/[|｜]$/.test(prev) && !isTableRow(prev) && !isTableRow(trimmed) && !BAR_ROW_START.test(trimmed) && !LABELLED.test(trimmed) && /^[\p{Script=Han}\p{L}\p{N}“"(]/u.test(trimmed);
      // (The break between two cells of a table's row, a cell a line: a tab, as in a row of cells.)
      if (tabbed.has(line.start - 1) && pendingBreak === null) {
        out.push('\t');
        map[length++] = line.start - 1;
      } else if (!joins) {
        out.push('\n');
        map[length++] = pendingBreak ?? line.start - 1;
      }
    }
    pendingBreak = null;
    furnitureBetween = cut !== undefined && cut < full.start + full.text.length;
    const lead = line.text.length - line.text.trimStart().length;
    const kept = wide ? halfWidthText(line.text.slice(lead)) : line.text.slice(lead);
    // 丶 (a radical) stands for 、 in texts typed without the enumeration comma (tested apart: in
    // the class above it slowed every line).
    out.push(kept.includes('丶') ? kept.replaceAll('丶', '、') : kept);
    for (let i = lead; i < line.text.length; i++) map[length++] = line.start + i;
    // Trailing spaces stay: offsets keep them and extractors treat them as blanks.
    previousKept = line.text;
    previousAt = line.start + lead;
  }
  map[length++] = original.length;
  const text = out.join('');
  return { text: text.includes('"') ? curlyQuotes(text) : text, map: map.subarray(0, length) };
}

/** A pair of straight quotes around a short phrase. */
const STRAIGHT_PAIR = /"([^"\n]{1,40})"/g;

/**
 * Straight quotes typed for Chinese ones (`围绕"某某行动"部署`) made curly, one character to one:
 * the quote patterns of every extractor are written for “ and ”. Only a line whose straight quotes
 * all pair around short phrases, in a line of Chinese: any other is left as it is.
 */
function curlyQuotes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('"')) return line;
      const pairs = [...line.matchAll(STRAIGHT_PAIR)];
      const all = line.split('"').length - 1;
      if (pairs.length * 2 !== all || !/\p{Script=Han}/u.test(line)) return line;
      return line.replace(STRAIGHT_PAIR, '“$1”');
    })
    .join('\n');
}

/** Original [start, end) of normalised [start, end). */
export function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.map[start]!;
  const e = end > start ? norm.map[end - 1]! + 1 : s;
  return { start: s, end: e };
}
