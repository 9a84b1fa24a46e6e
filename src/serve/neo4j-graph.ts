/**
 * The knowledge graph read back from Neo4j (as written by src/write), in the JSON contract's
 * shape, so the viewer shows the database when one is running. Read-only Cypher, no parameters.
 */
import type { QueryResult } from '../query/index.ts';
import { DocumentMeta, KnowledgeGraph, type Entity, type Mention, type Relation } from '../types.ts';

type Run = (statement: string) => Promise<QueryResult>;

// Properties the writer keeps for itself; the rest are the entity's or relation's own props.
const ENTITY_OWN = new Set(['id', 'type', 'name', 'aliases']);
const RELATION_OWN = new Set(['id', 'sources', 'evidenceDoc', 'evidenceStart', 'evidenceEnd', 'evidenceText']);

const DOCUMENTS = `MATCH (d:Document) RETURN properties(d) AS d ORDER BY d.id`;
const ENTITIES = `MATCH (n:Entity)
OPTIONAL MATCH (doc:Document)-[m:MENTIONS]->(n)
RETURN properties(n) AS n, collect({doc: doc.id, starts: m.starts, ends: m.ends}) AS mentions
ORDER BY n.id`;
const RELATIONS = `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IS NOT NULL
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS r
ORDER BY id`;

function without(props: Record<string, unknown>, own: Set<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !own.has(k)));
}

function mentionsOf(rows: unknown): Mention[] {
  const out: Mention[] = [];
  for (const m of (rows as Array<{ doc: string | null; starts: number[] | null; ends: number[] | null }>) ?? []) {
    if (!m.doc || !m.starts || !m.ends) continue;
    m.starts.forEach((start, i) => out.push({ doc: m.doc!, start, end: m.ends![i] ?? start }));
  }
  return out;
}

export async function readGraphFromNeo4j(run: Run): Promise<KnowledgeGraph> {
  const [docs, ents, rels] = [await run(DOCUMENTS), await run(ENTITIES), await run(RELATIONS)];
  const documents = docs.rows.map(({ d }) => {
    const props = d as Record<string, unknown>;
    const parsed = DocumentMeta.safeParse({ ...props, chars: Number(props.chars ?? 0) });
    return parsed.success ? parsed.data : { id: String(props.id), title: String(props.title ?? props.id), chars: 0 };
  });
  const entities: Entity[] = ents.rows.map(({ n, mentions }) => {
    const props = n as Record<string, unknown>;
    return {
      id: String(props.id),
      type: String(props.type ?? 'Entity'),
      name: String(props.name ?? props.id),
      aliases: Array.isArray(props.aliases) ? props.aliases.map(String) : [],
      props: without(props, ENTITY_OWN),
      mentions: mentionsOf(mentions),
    };
  });
  const relations: Relation[] = rels.rows.map((row) => {
    const props = row.r as Record<string, unknown>;
    const docsOf = (props.evidenceDoc as string[] | undefined) ?? [];
    return {
      id: String(row.id),
      type: String(row.type),
      from: String(row.from),
      to: String(row.to),
      props: without(props, RELATION_OWN),
      evidence: docsOf.map((doc, i) => ({
        doc,
        start: Number((props.evidenceStart as number[])[i] ?? 0),
        end: Number((props.evidenceEnd as number[])[i] ?? 0),
        text: String((props.evidenceText as string[])[i] ?? ''),
      })),
    };
  });
  return KnowledgeGraph.parse({ documents, entities, relations });
}
