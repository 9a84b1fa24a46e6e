/**
 * Turn what a Cypher query returns (neo4j-driver records, nodes, relationships, paths,
 * integers) into plain JSON: a table of rows plus the nodes and relationships among them,
 * which the viewer's console draws as a graph.
 */

export interface ResultNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface ResultRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  nodes: ResultNode[];
  relationships: ResultRelationship[];
}

type Collect = {
  nodes: Map<string, ResultNode>;
  relationships: Map<string, ResultRelationship>;
  /** Driver element id → the node id used in the result (relationships point at element ids). */
  elements: Map<string, string>;
};

function isRecordLike(v: unknown): v is { keys: string[]; get: (k: string) => unknown } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { keys?: unknown }).keys) && typeof (v as { get?: unknown }).get === 'function';
}

function plainProps(props: Record<string, unknown>, into: Collect): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plain(v, into)]));
}

/** A node's id for the viewer: its `id` property (the pipeline's stable id) when it has one. */
function nodeId(v: { elementId?: string; identity?: unknown; properties: Record<string, unknown> }): string {
  const id = v.properties.id;
  return typeof id === 'string' ? id : String(v.elementId ?? v.identity);
}

export function plain(value: unknown, into: Collect): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => plain(v, into));
  const v = value as Record<string, unknown> & { constructor?: { name?: string } };
  // neo4j Integer
  if (typeof v.toNumber === 'function' && 'low' in v && 'high' in v) return (v.toNumber as () => number)();
  if (Array.isArray(v.labels) && v.properties && typeof v.properties === 'object') {
    const node: ResultNode = { id: nodeId(v as never), labels: v.labels as string[], properties: plainProps(v.properties as Record<string, unknown>, into) };
    into.nodes.set(node.id, node);
    into.elements.set(String(v.elementId ?? v.identity), node.id);
    return node;
  }
  if (typeof v.type === 'string' && v.properties && ('startNodeElementId' in v || 'start' in v)) {
    const rel: ResultRelationship = {
      id: String(v.elementId ?? v.identity),
      type: v.type,
      start: String(v.startNodeElementId ?? v.start),
      end: String(v.endNodeElementId ?? v.end),
      properties: plainProps(v.properties as Record<string, unknown>, into),
    };
    into.relationships.set(rel.id, rel);
    return rel;
  }
  if (Array.isArray(v.segments) && v.start && v.end) {
    return (v.segments as Array<Record<string, unknown>>).map((s) => ({
      start: plain(s.start, into),
      relationship: plain(s.relationship, into),
      end: plain(s.end, into),
    }));
  }
  if (typeof v.toString === 'function' && v.constructor?.name && /Date|Time|Duration|Point/.test(v.constructor.name)) {
    return String(v);
  }
  return plainProps(v, into);
}

/** Accepts an array of records, `{records}` (driver result), or an array of plain row objects. */
export function toPlainResult(result: unknown): QueryResult {
  const into: Collect = { nodes: new Map(), relationships: new Map(), elements: new Map() };
  const records = Array.isArray(result) ? result : ((result as { records?: unknown[]; rows?: unknown[] })?.records ?? (result as { rows?: unknown[] })?.rows ?? []);
  let columns: string[] = [];
  const rows: unknown[][] = [];
  for (const record of records) {
    if (isRecordLike(record)) {
      columns = record.keys;
      rows.push(record.keys.map((k) => plain(record.get(k), into)));
    } else if (record && typeof record === 'object') {
      const obj = record as Record<string, unknown>;
      if (!columns.length) columns = Object.keys(obj);
      rows.push(columns.map((k) => plain(obj[k], into)));
    }
  }
  // Relationships point at element ids; the viewer knows nodes by their pipeline id.
  const relationships = [...into.relationships.values()].map((r) => ({
    ...r,
    start: into.elements.get(r.start) ?? r.start,
    end: into.elements.get(r.end) ?? r.end,
  }));
  return { columns, rows, nodes: [...into.nodes.values()], relationships };
}
