/** A readable summary of a graph, one section per entity type, for `--format table`. */
import type { KnowledgeGraph } from '../types.ts';

export function summaryTable(kg: KnowledgeGraph): string {
  const names = new Map(kg.entities.map((e) => [e.id, e.name]));
  const out: string[] = [];
  const types = [...new Set(kg.entities.map((e) => e.type))].sort();
  for (const type of types) {
    const entities = kg.entities.filter((e) => e.type === type);
    out.push(`${type} (${entities.length})`);
    for (const e of entities) {
      const props = Object.entries(e.props)
        .filter(([k]) => !k.endsWith('Evidence'))
        .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : v}`)
        .join(' ');
      const aliases = e.aliases.length ? ` [${e.aliases.join(', ')}]` : '';
      out.push(`  ${e.name}${aliases}  ×${e.mentions.length}${props ? '  ' + props : ''}`);
    }
    out.push('');
  }
  const relTypes = [...new Set(kg.relations.map((r) => r.type))].sort();
  for (const type of relTypes) {
    const rels = kg.relations.filter((r) => r.type === type);
    out.push(`${type} (${rels.length})`);
    for (const r of rels) out.push(`  ${names.get(r.from)} → ${names.get(r.to)}${r.props.title ? `  (${r.props.title})` : ''}  ×${r.evidence.length}`);
    out.push('');
  }
  return out.join('\n');
}
