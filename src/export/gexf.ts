/**
 * kg.gexf (Gephi, gephi-lite), written by graphology-gexf, and where its items lie: the library
 * writes each node and edge as an element on lines of its own, indented by six spaces, and escapes
 * "<" and line breaks in attribute values, so an element is the text from its "<node " or "<edge "
 * line to the next element's line (or the end of its list).
 */
import { write as writeGexf } from 'graphology-gexf';
import type { KnowledgeGraph } from '../types.ts';
import type { toGraphology } from '../graph/index.ts';
import type { ItemRanges, Piece } from './splice.ts';

type Graphology = ReturnType<typeof toGraphology>;

export function toGexf(graph: Graphology): string {
  // GEXF 1.3: graphology-gexf's default (1.2) writes a malformed viz namespace (http:///…).
  return writeGexf(graph, { version: '1.3' });
}

/** Where the elements lie in `text` (a string or its bytes): starts of every node, then its list's end; the same for edges. */
function layout(text: string | Buffer, nodes: number, edges: number): { nodes: number[]; edges: number[] } | undefined {
  const starts = (marker: string, end: string, count: number, from: number) => {
    const out: number[] = [];
    let at = from;
    for (let i = 0; i < count; i++) {
      at = text.indexOf(marker, at);
      if (at < 0) return undefined;
      out.push(++at);
    }
    const close = text.indexOf(end, at);
    if (close < 0 || (count > 0 && text.indexOf(marker, at) >= 0 && text.indexOf(marker, at) < close)) return undefined;
    out.push(close + 1);
    return out;
  };
  const n = starts('\n      <node ', '\n    </nodes>', nodes, 0);
  const e = n && starts('\n      <edge ', '\n    </edges>', edges, n[n.length - 1]!);
  return n && e ? { nodes: n, edges: e } : undefined;
}

/** The relations that are edges of `graph` (both ends known), by their index in `kg`. */
const edgeItems = (kg: KnowledgeGraph, graph: Graphology) => kg.relations.flatMap((r, i) => (graph.hasEdge(r.id) ? [i] : []));

/** Where the items of kg.gexf (the bytes of `toGexf(graph)`) lie; undefined when its elements are not where expected. */
export function gexfRanges(bytes: Buffer, kg: KnowledgeGraph, graph: Graphology): ItemRanges | undefined {
  const edges = edgeItems(kg, graph);
  const found = layout(bytes, kg.entities.length, edges.length);
  if (!found) return undefined;
  const relations = new Array(kg.relations.length * 2).fill(-1);
  edges.forEach((r, k) => relations.splice(2 * r, 2, found.edges[k]!, found.edges[k + 1]!));
  return { documents: [], entities: found.nodes.slice(0, -1).flatMap((start, k) => [start, found.nodes[k + 1]!]), relations };
}

/**
 * kg.gexf as pieces, from the library's text for `graph`: the header (its attribute model), each
 * element, and the lines between. With the skeleton (export/index.ts: unchanged edges carry
 * other evidence of the same type), the header and the changed elements are those of the real graph.
 */
export function gexfPieces(kg: KnowledgeGraph, graph: Graphology): Piece[] | undefined {
  const text = toGexf(graph);
  const edges = edgeItems(kg, graph);
  const found = layout(text, kg.entities.length, edges.length);
  if (!found) return undefined;
  const { nodes, edges: edgeAt } = found;
  const pieces: Piece[] = [text.slice(0, nodes[0])];
  for (let k = 0; k < kg.entities.length; k++) pieces.push({ section: 'entities', index: k, render: () => text.slice(nodes[k], nodes[k + 1]) });
  pieces.push(text.slice(nodes[nodes.length - 1], edgeAt[0]));
  edges.forEach((index, k) => pieces.push({ section: 'relations', index, render: () => text.slice(edgeAt[k], edgeAt[k + 1]) }));
  pieces.push(text.slice(edgeAt[edgeAt.length - 1]));
  return pieces;
}
