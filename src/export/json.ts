/**
 * kg.json, the contract, as pieces (export/splice.ts): a run that only added documents copies every
 * item they are no part of from the file before and serialises the others.
 *
 * `JSON.stringify(kg, null, 2)` puts each item of the three arrays on lines of its own, indented
 * by four spaces, and no string holds a raw line break: an item is the text from "\n    {" to the
 * next "\n    }", and an item serialised alone is the same text once each line break is followed
 * by four more spaces.
 */
import type { KnowledgeGraph } from '../types.ts';
import { SECTIONS, type ItemRanges, type Piece } from './splice.ts';

export function toJson(kg: KnowledgeGraph): string {
  return JSON.stringify(kg, null, 2) + '\n';
}

const OPEN = Buffer.from('\n    {');
const CLOSE = Buffer.from('\n    }');

/** A graph whose JSON has the three arrays, in this order, and nothing else: the only one with item ranges. */
export const isPlainGraph = (kg: KnowledgeGraph) => Object.keys(kg).join() === SECTIONS.join();

/** Where the items of kg.json (the bytes of `toJson(kg)`) lie, from "{" to "}"; undefined for a graph of another shape. */
export function jsonRanges(bytes: Buffer, kg: KnowledgeGraph): ItemRanges | undefined {
  if (!isPlainGraph(kg)) return undefined;
  const ranges: ItemRanges = { documents: [], entities: [], relations: [] };
  let at = 0;
  for (const section of SECTIONS) {
    at = bytes.indexOf(`\n  "${section}": [`, at);
    if (at < 0) return undefined;
    for (let i = 0; i < kg[section].length; i++) {
      const open = bytes.indexOf(OPEN, at);
      const close = open < 0 ? -1 : bytes.indexOf(CLOSE, open);
      if (close < 0) return undefined;
      ranges[section].push(open + OPEN.length - 1, close + CLOSE.length);
      at = close + CLOSE.length;
    }
  }
  return ranges;
}

const itemText = (item: unknown) => JSON.stringify(item, null, 2).replace(/\n/g, '\n    ');

/** kg.json as pieces: the bytes of `toJson` (for a plain graph). */
export function* jsonPieces(kg: KnowledgeGraph): Generator<Piece> {
  yield '{';
  for (const [s, section] of SECTIONS.entries()) {
    const list = kg[section];
    yield `${s > 0 ? ',' : ''}\n  "${section}": [`;
    if (list.length === 0) {
      yield ']';
      continue;
    }
    for (let index = 0; index < list.length; index++) {
      yield index === 0 ? '\n    ' : ',\n    ';
      yield { section, index, render: () => itemText(list[index]) };
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}
