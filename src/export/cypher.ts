/** kg.cypher, a MERGE script for cypher-shell, as pieces (export/splice.ts): one line per item. */
import type { KnowledgeGraph } from '../types.ts';
import type { Piece } from './splice.ts';

/** A Cypher literal; the export script is for cypher-shell, so values are inlined and escaped. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') return literal(JSON.stringify(value));
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const LABEL = /^[A-Za-z][A-Za-z0-9_]*$/;

export function* cypherPieces(kg: KnowledgeGraph): Generator<Piece> {
  yield '// zhenjie export: run with cypher-shell -f kg.cypher (idempotent: MERGE on id)\n';
  for (const [index, d] of kg.documents.entries()) {
    yield { section: 'documents', index, render: () => `MERGE (d:Document {id: ${literal(d.id)}}) SET d.title = ${literal(d.title)}, d.source = ${literal(d.source)}, d.date = ${literal(d.date)}, d.chars = ${d.chars};\n` };
  }
  for (const [index, e] of kg.entities.entries()) {
    if (!LABEL.test(e.type)) continue;
    yield {
      section: 'entities',
      index,
      render: () => {
        const props = Object.entries(e.props).map(([k, v]) => `, n.\`${k.replace(/`/g, '')}\` = ${literal(v)}`).join('');
        return `MERGE (n:Entity:${e.type} {id: ${literal(e.id)}}) SET n.name = ${literal(e.name)}, n.aliases = ${literal(e.aliases)}${props};\n`;
      },
    };
  }
  for (const [index, r] of kg.relations.entries()) {
    if (!LABEL.test(r.type)) continue;
    yield {
      section: 'relations',
      index,
      render: () => `MATCH (a:Entity {id: ${literal(r.from)}}), (b:Entity {id: ${literal(r.to)}}) MERGE (a)-[r:${r.type} {id: ${literal(r.id)}}]->(b) SET r.evidence = ${literal(r.evidence.map((e) => e.text))}, r.props = ${literal(r.props)};\n`,
    };
  }
}
