import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CodePairMap, ScannerGroup, WordScanner, type WordMatch } from '../../src/extract/word-scanner.ts';
import { lexicon } from '../../src/extract/lexicon.ts';
import { countyLevelNames } from '../../src/extract/divisions.ts';
import { corpusTextFiles } from '../setup/corpus.ts';

const texts = corpusTextFiles().map((file) => readFileSync(file, 'utf8'));

/** A scanner's own matches: leftmost, longest, each after the one before ends. */
function scanAlone(scanner: WordScanner, text: string): WordMatch[] {
  const out: WordMatch[] = [];
  for (let m = scanner.next(text); m; m = scanner.next(text, m.index + m.word.length)) out.push(m);
  return out;
}

describe('word scanners', () => {
  it('finds in one pass for several lists what each list finds alone', () => {
    const { projects, enterprises, programs } = lexicon();
    // Lists that share words and first characters, one with a one-character word (厂).
    const lists = [projects.heads, enterprises.legalForms, countyLevelNames(), programs.slogans, ['中心', '中心城区', '社', '社区']].map((words) => new WordScanner(words));
    const group = new ScannerGroup(lists);
    expect(texts.length).toBeGreaterThan(10);
    for (const text of [...texts, '中心城区社区中心厂社', '']) {
      const together = group.matches(text);
      lists.forEach((scanner, k) => expect(together[k], `list ${k}`).toEqual(scanAlone(scanner, text)));
    }
    expect(group.matches(texts[0]!)[0]!.length).toBeGreaterThan(10);
  });

  it('keeps values by pair of code units through growth', () => {
    const map = new CodePairMap<string>();
    const pairs: [number, number][] = [];
    for (let i = 0; i < 3000; i++) pairs.push([0x4e00 + ((i * 7919) % 20000), 0x4e00 + ((i * 104729) % 20000)]);
    pairs.push([0xffff, 0xffff], [1, 0], [0x8000, 1]);
    for (const [a, b] of pairs) map.set(a, b, `${a}:${b}`);
    for (const [a, b] of pairs) expect(map.get(a, b)).toBe(`${a}:${b}`);
    // Pairs never set: none of them is among the pairs above.
    for (const [a, b] of [[0x9fff, 0x9ffe], [0x4e00, 0x4e00], [2, 2]] as const) expect(pairs.some(([x, y]) => x === a && y === b) || map.get(a, b) === undefined).toBe(true);
    expect(new Set(map.values()).size).toBe(new Set(pairs.map(([a, b]) => `${a}:${b}`)).size);
  });
});
