/**
 * When the corpus's strong names change (a new article brings one), which documents' sweep results
 * stay as they were: the sweep (extract/sweep.ts) looks a name up only where one of its surfaces
 * occurs in the text, and takes the names of one surface in the order the index lists them. So a
 * document whose text holds no surface whose list of names differs between the two indexes is
 * swept the same under both, and keeps the result it had under the names before.
 *
 * Whether a text may hold a surface is told by the text's character pairs, kept as a bit set beside
 * each sweep result (`textPairs`): a surface with a pair the set lacks is not in the text. A pair
 * that collides only costs a sweep, never a wrong result.
 */
import { readFileSync } from 'node:fs';
import type { KnownName } from '../extract/index.ts';
import { indexKnownNames, type SweepIndex } from '../extract/sweep.ts';
import type { DocumentFacts } from '../resolve/index.ts';
import { writeAtomically } from './cache-files.ts';
import type { ExtractionCache } from './cache.ts';
import type { SummaryStub } from './document.ts';

/**
 * Bits in a text's set of character pairs (1 KB): the ~1,400 pairs of an article of the bench's
 * corpus fill ~16%, so a name of four characters not in it passes for one in ~0.4% of documents
 * (with 4,096 bits, 1,432 of 20,092 documents were swept again for a new name held by one).
 */
const PAIR_BITS = 8192;

/** The top 13 bits of a multiplicative hash of the pair. */
const pairBit = (a: number, b: number) => Math.imul(Math.imul(a, 65599) + b, 0x9e3779b1) >>> 19;

/** The character pairs of a text, as a bit set. */
export function textPairs(text: string): Uint8Array {
  const bits = new Uint8Array(PAIR_BITS / 8);
  for (let i = 0; i + 1 < text.length; i++) {
    const bit = pairBit(text.charCodeAt(i), text.charCodeAt(i + 1));
    bits[bit >>> 3]! |= 1 << (bit & 7);
  }
  return bits;
}

/** Whether a text of these pairs may hold `surface` (two code units or more): false is certain. */
export function mayHold(pairs: Uint8Array, surface: string): boolean {
  for (let i = 0; i + 1 < surface.length; i++) {
    const bit = pairBit(surface.charCodeAt(i), surface.charCodeAt(i + 1));
    if ((pairs[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}

/** The surfaces whose names (in index order) differ between two sweep indexes, or that only one indexes. */
export function changedSurfaces(before: SweepIndex, after: SweepIndex): string[] {
  const namesOf = (index: SweepIndex) => {
    const names = new Map<string, string>();
    for (const list of index.byFirst.values()) for (const { surface, name } of list) names.set(surface, `${names.get(surface) ?? ''}${name.type}\u0000${name.name}\u0001`);
    return names;
  };
  const [a, b] = [namesOf(before), namesOf(after)];
  const changed = [...a.keys()].filter((surface) => a.get(surface) !== b.get(surface));
  for (const surface of b.keys()) if (!a.has(surface)) changed.push(surface);
  return changed;
}

/** A sweep's strong names (in index order) and the text pairs of each document it has a result of, by entry name. */
export interface SweepPairs {
  known: KnownName[];
  pairs: Map<string, Uint8Array>;
}

/**
 * The pairs file beside a sweep's results: a little-endian length, a JSON header (the strong names,
 * the entry names), then the pair sets one after another. Undefined when missing or not whole.
 */
export function readSweepPairs(file: string): SweepPairs | undefined {
  try {
    const bytes = readFileSync(file);
    const length = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as { format: number; known: KnownName[]; names: string[] };
    const size = PAIR_BITS / 8;
    if (header.format !== 1 || bytes.length !== 4 + length + header.names.length * size) return undefined;
    const pairs = new Map<string, Uint8Array>();
    header.names.forEach((name, i) => pairs.set(name, bytes.subarray(4 + length + i * size, 4 + length + (i + 1) * size)));
    return { known: header.known, pairs };
  } catch {
    return undefined;
  }
}

export function writeSweepPairs(file: string, { known, pairs }: SweepPairs): void {
  const names = [...pairs.keys()];
  const header = Buffer.from(JSON.stringify({ format: 1, known, names }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  writeAtomically(file, Buffer.concat([length, header, ...names.map((name) => pairs.get(name)!)]));
}

/**
 * Fills `kept` with the results of the last sweep under other strong names, for every document
 * whose text pairs rule out each surface whose names changed (pipeline/sweep-reuse.ts); returns
 * those documents' pairs, by index.
 */
export function reusedSweeps(read: SummaryStub[], kept: (DocumentFacts | null | undefined)[], known: KnownName[], cache: ExtractionCache): Map<number, Uint8Array> {
  const reused = new Map<number, Uint8Array>();
  const previous = cache.previousSweep();
  if (!previous) return reused;
  const changed = changedSurfaces(indexKnownNames(previous.known), indexKnownNames(known));
  read.forEach((s, index) => {
    if (kept[index] !== undefined) return;
    const before = previous.of(s.id);
    if (!before || changed.some((surface) => mayHold(before.pairs, surface))) return;
    kept[index] = before.facts;
    reused.set(index, before.pairs);
  });
  return reused;
}
