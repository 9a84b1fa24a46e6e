/**
 * A query result as the viewer's console shows it: the rows as a table, plus the nodes and
 * relationships found anywhere in them, drawn as a graph. Input is src/query's plain result,
 * where nodes are `{elementId, labels, properties}` and relationships `{elementId, type, start, end, properties}`.
 */
import type { QueryResult } from '../query/index.ts';

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
export interface ViewerQueryResult {
  columns: string[];
  rows: unknown[][];
  nodes: ResultNode[];
  relationships: ResultRelationship[];
  ms: number;
  /** The answer was cut at a limit; `message` says how to get more. */
  truncated?: boolean;
  message?: string;
}

type Plain = Record<string, unknown>;

const isNode = (v: Plain) => Array.isArray(v.labels) && typeof v.elementId === 'string' && typeof v.properties === 'object';
const isRelationship = (v: Plain) => typeof v.type === 'string' && typeof v.elementId === 'string' && 'start' in v && 'end' in v;

export function toViewerResult(result: QueryResult): ViewerQueryResult {
  const nodes = new Map<string, ResultNode>();
  const relationships = new Map<string, ResultRelationship>();
  // Relationships point at element ids; the viewer knows nodes by their pipeline id.
  const idOfElement = new Map<string, string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const v = value as Plain;
    if (isNode(v)) {
      const props = v.properties as Plain;
      const id = typeof props.id === 'string' ? props.id : (v.elementId as string);
      idOfElement.set(v.elementId as string, id);
      nodes.set(id, { id, labels: v.labels as string[], properties: props });
    } else if (isRelationship(v)) {
      relationships.set(v.elementId as string, {
        id: typeof (v.properties as Plain)?.id === 'string' ? ((v.properties as Plain).id as string) : (v.elementId as string),
        type: v.type as string,
        start: v.start as string,
        end: v.end as string,
        properties: (v.properties as Plain) ?? {},
      });
    } else {
      Object.values(v).forEach(visit);
    }
  };
  result.rows.forEach(visit);
  return {
    columns: result.columns,
    rows: result.rows.map((row) => result.columns.map((c) => row[c] ?? null)),
    nodes: [...nodes.values()],
    relationships: [...relationships.values()].map((r) => ({ ...r, start: idOfElement.get(r.start) ?? r.start, end: idOfElement.get(r.end) ?? r.end })),
    ms: result.ms,
    ...(result.truncated ? { truncated: true, message: result.message } : {}),
  };
}
