/**
 * export: the graph as files others can open: kg.json (the contract), kg.graphml (yEd, Gephi,
 * networkx), kg.gexf (Gephi, gephi-lite), kg.cypher (a MERGE script for cypher-shell).
 *
 * `writeExports` writes each with an index of where its items lie (export/splice.ts), so that a run
 * that only added articles copies what they did not change from the files before.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeGraph } from '../types.ts';
import { toGraphology } from '../graph/index.ts';
import { isPlainGraph, jsonPieces, jsonRanges, toJson } from './json.ts';
import { graphmlPieces } from './graphml.ts';
import { gexfPieces, gexfRanges, toGexf as gexfOf } from './gexf.ts';
import { cypherPieces } from './cypher.ts';
import { SpliceMiss, idsOf, isIndexed, writePieces, writeWhole, type ExportIndex, type FileIndex, type Piece, type Reuse, type Unchanged } from './splice.ts';

export { toJson } from './json.ts';
export { unchangedBy, type ExportIndex, type Unchanged } from './splice.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Graphology = ReturnType<typeof toGraphology>;

const joined = (pieces: Iterable<Piece>) => Array.from(pieces, (p) => (typeof p === 'string' ? p : p.render())).join('');

/** `graph`: the graphology graph of `kg`, when the caller already has it (writeExports builds it once). */
export function toGraphml(kg: KnowledgeGraph, graph = toGraphology(kg)): string {
  return joined(graphmlPieces(kg, graph));
}

export function toGexf(kg: KnowledgeGraph, graph = toGraphology(kg)): string {
  return gexfOf(graph);
}

export function toCypher(kg: KnowledgeGraph): string {
  return joined(cypherPieces(kg));
}

/**
 * The graphology graph of `kg` for rendering only what changed: unchanged edges carry a stand-in
 * for their evidence, of the same GEXF type (empty or a string), instead of the joined sentences of
 * every article (their text is copied from the file before). Nodes and changed edges are as in
 * `toGraphology(kg)`, and so are the GraphML keys and the GEXF attribute model.
 */
function skeleton(kg: KnowledgeGraph, unchanged: Unchanged): Graphology {
  // toGraphology joins the evidence texts without blanks by " | ": empty only for none, or one of blanks.
  const standIn = [{ doc: '', start: 0, end: 0, text: 'x' }];
  const relations = kg.relations.map((r) => (unchanged.relations.has(r.id) && r.evidence.length > 1 ? { ...r, evidence: standIn } : r));
  return toGraphology({ ...kg, relations });
}

/** The spliced file's index; undefined when it could not be spliced (SpliceMiss: nothing written). */
async function splicedOrMiss(splice: () => Promise<FileIndex | undefined>): Promise<FileIndex | undefined> {
  try {
    return await splice();
  } catch (error) {
    if (error instanceof SpliceMiss) return undefined;
    throw error;
  }
}

/** What the files in a folder can keep of themselves: their index, and the items unchanged since. */
export interface ExportReuse {
  previous: ExportIndex;
  unchanged: Unchanged;
}

/**
 * Write every format into `dir` as kg.<ext>; returns the paths written and their index (for the
 * next run's `reuse`). With `reuse`, a file still as its index describes is spliced. With `spare`,
 * each file replaced is kept beside it and written over by the next run (export/splice.ts).
 */
export async function writeExports(kg: KnowledgeGraph, dir: string, formats: readonly ExportFormat[] = EXPORT_FORMATS, reuse?: ExportReuse, options: { spare?: boolean } = {}): Promise<{ files: string[]; index: ExportIndex }> {
  const spare = options.spare ?? false;
  mkdirSync(dir, { recursive: true });
  // One graphology graph for GraphML and GEXF: building it walks every mention of the corpus.
  let real: Graphology | undefined;
  const graph = () => (real ??= toGraphology(kg));
  let partial: Graphology | undefined;
  const index: ExportIndex = { ids: idsOf(kg), files: {} };
  const files: string[] = [];
  for (const format of formats) {
    const file = path.join(dir, `kg.${format}`);
    const before = reuse?.previous.files[format];
    const from: Reuse | undefined = reuse && isIndexed(file, before) ? { ids: reuse.previous.ids, file: before, unchanged: reuse.unchanged } : undefined;
    const sketch = () => (partial ??= skeleton(kg, from!.unchanged));
    const whole: Record<ExportFormat, () => Promise<FileIndex | undefined>> = {
      json: () => writeWhole(file, toJson(kg), (bytes) => jsonRanges(bytes, kg), spare),
      graphml: () => writePieces(file, kg, graphmlPieces(kg, graph()), undefined, spare),
      gexf: () => writeWhole(file, gexfOf(graph()), (bytes) => gexfRanges(bytes, kg, graph()), spare),
      cypher: () => writePieces(file, kg, cypherPieces(kg), undefined, spare),
    };
    const spliced: Record<ExportFormat, () => Promise<FileIndex | undefined>> = {
      json: async () => (isPlainGraph(kg) ? writePieces(file, kg, jsonPieces(kg), from, spare) : undefined),
      graphml: () => writePieces(file, kg, graphmlPieces(kg, sketch()), from, spare),
      gexf: async () => {
        const pieces = gexfPieces(kg, sketch());
        return pieces && writePieces(file, kg, pieces, from, spare);
      },
      cypher: () => writePieces(file, kg, cypherPieces(kg), from, spare),
    };
    const written = (from && (await splicedOrMiss(spliced[format]))) || (await whole[format]());
    if (written) index.files[format] = written;
    files.push(file);
  }
  return { files, index };
}
