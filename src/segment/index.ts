/**
 * segment: normalised text → lines, sentences and word tokens, each with its offsets.
 * Word boundaries come from jieba (@node-rs/jieba, dictionary inside); only `cut` is used,
 * since `tag` is ~6× slower and its tags are not NER.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface Span {
  start: number;
  end: number;
}
export interface Token extends Span {
  word: string;
}

let jieba: Jieba | null = null;
/** The shared jieba instance (loading the dictionary takes ~0.3 s, so once). */
export function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Word tokens of `text`, with offsets. */
export function tokenize(text: string): Token[] {
  const words = segmenter().cut(text, true);
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of words) {
    // jieba returns every character in order, so offsets are running sums; indexOf only if it ever skips.
    const start = text.startsWith(word, pos) ? pos : Math.max(pos, text.indexOf(word, pos));
    tokens.push({ word, start, end: start + word.length });
    pos = start + word.length;
  }
  return tokens;
}

/** Sentence spans: split after 。!?; and at line ends; trims blanks. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^。!?;\n]+[。!?;]*[”’)]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** Line spans of the normalised text. */
export function splitLines(text: string): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nl > pos) spans.push({ start: pos, end: nl });
    pos = nl + 1;
  }
  return spans;
}

/** Index of the span containing `offset` (binary search over sorted spans), or -1. */
export function spanAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
