/** kg.graphml (yEd, Gephi, networkx) as pieces (export/splice.ts): one per node and per edge. */
import type { KnowledgeGraph } from '../types.ts';
import type { toGraphology } from '../graph/index.ts';
import type { Piece } from './splice.ts';

type Graphology = ReturnType<typeof toGraphology>;

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function element(tag: 'node' | 'edge', head: string, attrs: Record<string, unknown>, prefix: string): string {
  let text = `    <${tag} ${head}>\n`;
  for (const [k, v] of Object.entries(attrs)) text += `      <data key="${prefix}_${xml(k)}">${xml(String(v))}</data>\n`;
  return text + `    </${tag}>\n`;
}

/**
 * kg.graphml of `kg` as pieces, from its graphology graph. The header is rendered from every
 * item's attribute keys; an item's text only from its own attributes, so a graph whose unchanged
 * edges carry other evidence (export/index.ts: the skeleton) gives the same header and changed items.
 */
export function* graphmlPieces(kg: KnowledgeGraph, graph: Graphology): Generator<Piece> {
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>();
  graph.forEachNode((_n, a) => Object.keys(a).forEach((k) => nodeKeys.add(k)));
  graph.forEachEdge((_e, a) => Object.keys(a).forEach((k) => edgeKeys.add(k)));
  let head = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  for (const k of [...nodeKeys].sort()) head += `  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>\n`;
  for (const k of [...edgeKeys].sort()) head += `  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>\n`;
  yield head + '  <graph id="zhenjie" edgedefault="directed">\n';
  for (const [index, e] of kg.entities.entries()) {
    yield { section: 'entities', index, render: () => element('node', `id="${xml(e.id)}"`, graph.getNodeAttributes(e.id), 'n') };
  }
  for (const [index, r] of kg.relations.entries()) {
    if (!graph.hasEdge(r.id)) continue;
    yield { section: 'relations', index, render: () => element('edge', `id="${xml(r.id)}" source="${xml(graph.source(r.id))}" target="${xml(graph.target(r.id))}"`, graph.getEdgeAttributes(r.id), 'e') };
  }
  yield '  </graph>\n</graphml>\n';
}
