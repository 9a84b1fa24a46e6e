import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { LazyTokens, segmenter, splitSentences, tokenize } from '../../src/segment/index.ts';
import { isProblem, normalizeText, readDocument } from '../../src/read/index.ts';
import { corpusTextFiles } from '../setup/corpus.ts';

const texts = corpusTextFiles().map((file) => {
  const doc = readDocument(file);
  if (isProblem(doc)) throw new Error(doc.message);
  return { file: path.basename(file), text: normalizeText(doc.plain, doc.bodyStart).text };
});

describe('segment', () => {
  it('splits sentences as the RegExp that defines them does', () => {
    const byRegExp = (text: string) => {
      const spans: { start: number; end: number }[] = [];
      const re = /[^。!?;\n]+[。!?;]*[”’)]?/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        let start = m.index;
        let end = m.index + m[0].length;
        while (start < end && /\s/.test(text[start]!)) start++;
        while (end > start && /\s/.test(text[end - 1]!)) end--;
        if (end > start) spans.push({ start, end });
      }
      return spans;
    };
    // The corpus, and strings of the characters that matter in every order (a fixed pseudo-random walk).
    const alphabet = ['。', '!', '?', ';', '\n', '”', '’', ')', ' ', '\u3000', '湘', 'a', ',', '“', '\t'];
    const samples = texts.map((t) => t.text);
    let seed = 7;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let n = (seed = (seed * 48271) % 2147483647) % 16; n > 0; n--) text += alphabet[(seed = (seed * 48271) % 2147483647) % alphabet.length];
      samples.push(text);
    }
    for (const text of samples) expect(splitSentences(text), JSON.stringify(text.slice(0, 40))).toEqual(byRegExp(text));
    expect(splitSentences(texts[0]!.text).length).toBeGreaterThan(20);
  });

  it('segments clause by clause exactly as jieba segments the whole text', () => {
    expect(texts.length).toBeGreaterThan(10);
    for (const { file, text } of [...texts, { file: 'mixed', text: '“王牌”——一网统管·心无忧,a.b-c 3.5%\t三星羽绒(萧山)数字工厂…\n\n智\n治中心' }]) {
      const whole = tokenize(text);
      // Asked for in an order that is not the text's, as extractors do.
      const lazy = new LazyTokens(text);
      const offsets = Array.from({ length: text.length }, (_, i) => i).sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101) || a - b);
      const seen = new Map(offsets.map((i) => [i, lazy.at(i)]));
      const byOffset = whole.flatMap((t) => Array.from({ length: t.end - t.start }, () => t));
      expect(byOffset.length, file).toBe(text.length);
      for (let i = 0; i < text.length; i++) expect(seen.get(i), `${file} at ${i}`).toEqual(byOffset[i]);
      expect(lazy.at(-1)).toBeUndefined();
      expect(lazy.at(text.length)).toBeUndefined();
    }
  });

  it('segments the clauses of many documents asked for in advance, in one call, exactly as one by one', () => {
    const docs = texts.map(({ file, text }) => ({ file, text, lazy: new LazyTokens(text) }));
    // Every third offset asked for in advance (some clauses twice), boundaries at others.
    for (const { text, lazy } of docs) {
      lazy.prefetch(Array.from({ length: text.length }, (_, i) => i).filter((i) => i % 3 === 0));
      lazy.prefetch([0, 1, 2]);
      lazy.prefetchBoundaries(Array.from({ length: text.length }, (_, i) => i).filter((i) => i % 5 === 1));
    }
    let calls = 0;
    const jieba = segmenter();
    const cut = jieba.cut.bind(jieba);
    jieba.cut = (piece: string, hmm?: boolean | null) => {
      calls++;
      return cut(piece, hmm);
    };
    try {
      LazyTokens.segmentQueued(docs.map((d) => d.lazy));
      expect(calls).toBe(1);
      for (const { file, text, lazy } of docs) {
        const byOffset = tokenize(text).flatMap((t) => Array.from({ length: t.end - t.start }, () => t));
        for (let i = 0; i < text.length; i++) expect(lazy.at(i), `${file} at ${i}`).toEqual(byOffset[i]);
      }
      // Clauses never asked for were segmented one by one, at need.
      expect(calls).toBeGreaterThan(1);
    } finally {
      jieba.cut = cut;
    }
  });

});
