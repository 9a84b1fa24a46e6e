/**
 * export: the graph as files others can open: kg.json (the contract), kg.graphml (yEd, Gephi,
 * networkx), kg.gexf (Gephi, gephi-lite), kg.cypher (a MERGE script for cypher-shell).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { write as writeGexf } from 'graphology-gexf';
import type { KnowledgeGraph } from '../types.ts';
import { toGraphology } from '../graph/index.ts';
import { spliceJson, writeJson, type JsonIndex, type Unchanged } from './json.ts';

export { unchangedBy, type JsonIndex } from './json.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function toJson(kg: KnowledgeGraph): string {
  return JSON.stringify(kg, null, 2) + '\n';
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `graph`: the graphology graph of `kg`, when the caller already has it (writeExports builds it once). */
export function toGraphml(kg: KnowledgeGraph, graph = toGraphology(kg)): string {
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>();
  graph.forEachNode((_n, a) => Object.keys(a).forEach((k) => nodeKeys.add(k)));
  graph.forEachEdge((_e, a) => Object.keys(a).forEach((k) => edgeKeys.add(k)));
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const k of [...nodeKeys].sort()) lines.push(`  <key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="string"/>`);
  for (const k of [...edgeKeys].sort()) lines.push(`  <key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="string"/>`);
  lines.push('  <graph id="zhenjie" edgedefault="directed">');
  graph.forEachNode((node, attrs) => {
    lines.push(`    <node id="${xml(node)}">`);
    for (const [k, v] of Object.entries(attrs)) lines.push(`      <data key="n_${xml(k)}">${xml(String(v))}</data>`);
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    lines.push(`    <edge id="${xml(edge)}" source="${xml(source)}" target="${xml(target)}">`);
    for (const [k, v] of Object.entries(attrs)) lines.push(`      <data key="e_${xml(k)}">${xml(String(v))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

export function toGexf(kg: KnowledgeGraph, graph = toGraphology(kg)): string {
  // GEXF 1.3: graphology-gexf's default (1.2) writes a malformed viz namespace (http:///…).
  return writeGexf(graph, { version: '1.3' });
}

/** A Cypher literal; the export script is for cypher-shell, so values are inlined and escaped. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') return literal(JSON.stringify(value));
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const LABEL = /^[A-Za-z][A-Za-z0-9_]*$/;

export function toCypher(kg: KnowledgeGraph): string {
  const lines = ['// zhenjie export: run with cypher-shell -f kg.cypher (idempotent: MERGE on id)'];
  for (const d of kg.documents) lines.push(`MERGE (d:Document {id: ${literal(d.id)}}) SET d.title = ${literal(d.title)}, d.source = ${literal(d.source)}, d.date = ${literal(d.date)}, d.chars = ${d.chars};`);
  for (const e of kg.entities) {
    if (!LABEL.test(e.type)) continue;
    const props = Object.entries(e.props).map(([k, v]) => `, n.\`${k.replace(/`/g, '')}\` = ${literal(v)}`).join('');
    lines.push(`MERGE (n:Entity:${e.type} {id: ${literal(e.id)}}) SET n.name = ${literal(e.name)}, n.aliases = ${literal(e.aliases)}${props};`);
  }
  for (const r of kg.relations) {
    if (!LABEL.test(r.type)) continue;
    const evidence = r.evidence.map((e) => e.text);
    lines.push(`MATCH (a:Entity {id: ${literal(r.from)}}), (b:Entity {id: ${literal(r.to)}}) MERGE (a)-[r:${r.type} {id: ${literal(r.id)}}]->(b) SET r.evidence = ${literal(evidence)}, r.props = ${literal(r.props)};`);
  }
  return lines.join('\n') + '\n';
}

type Graphology = ReturnType<typeof toGraphology>;
const WRITERS: Record<ExportFormat, (kg: KnowledgeGraph, graph: () => Graphology) => string> = {
  json: toJson,
  graphml: (kg, graph) => toGraphml(kg, graph()),
  gexf: (kg, graph) => toGexf(kg, graph()),
  cypher: toCypher,
};

/**
 * kg.json as it was written last (its index) and what changed since: see export/json.ts. When the
 * file is still the one indexed, only the items that changed are serialised.
 */
export interface JsonReuse {
  previous: JsonIndex;
  unchanged: Unchanged;
}

/**
 * Write every format into `dir` as kg.<ext>; returns the paths written, and kg.json's index
 * (for the next run's `reuse`; none for a graph of another shape than the pipeline's).
 */
export function writeExports(kg: KnowledgeGraph, dir: string, formats: readonly ExportFormat[] = EXPORT_FORMATS, reuse?: JsonReuse): { files: string[]; json?: JsonIndex } {
  mkdirSync(dir, { recursive: true });
  // One graphology graph for GraphML and GEXF: building it walks every mention of the corpus.
  let memo: Graphology | undefined;
  const graph = () => (memo ??= toGraphology(kg));
  let json: JsonIndex | undefined;
  const files = formats.map((format) => {
    const file = path.join(dir, `kg.${format}`);
    if (format !== 'json') writeFileSync(file, WRITERS[format](kg, graph));
    else json = (reuse ? spliceJson(file, kg, reuse.previous, reuse.unchanged) : undefined)?.index ?? writeJson(file, toJson(kg), kg);
    return file;
  });
  return { files, ...(json ? { json } : {}) };
}
