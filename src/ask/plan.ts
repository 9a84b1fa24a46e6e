/**
 * A plan: what `ask` runs for an understood question (a named question with parameters, or a
 * fixed statement from ./cypher.ts) and how its rows read as an answer. Answers say only what
 * the rows say; no rows is said as "the graph holds no such fact".
 */
import { getQuery, resolveParams } from '../query/catalog.ts';
import type { EntityType } from '../types.ts';
import type { Features } from './features.ts';
import type { Slot } from './intents.ts';

export type Row = Record<string, unknown>;

export interface Plan {
  intent: string;
  /** The named question (queries/<name>.cypher) used, or null for a statement of ./cypher.ts. */
  query: string | null;
  cypher: string;
  params: Record<string, unknown>;
  /** The names (or titles, or documents) that answer the question, read from the rows. */
  values(rows: Row[]): string[];
  /** How many there are, when that is not the number of values (a count). */
  total?(rows: Row[]): number;
  /** The answer line. */
  say(values: string[], rows: Row[]): string;
}

/** A plan over a named question: its Cypher and its parameters, defaults filled in. */
export function named(name: string, given: Record<string, unknown>): Pick<Plan, 'query' | 'cypher' | 'params'> {
  const q = getQuery(name);
  return { query: name, cypher: q.cypher, params: resolveParams(q, given) };
}

/** The distinct non-empty strings of one column (flattening lists), in row order. */
export function column(rows: Row[], key: string): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const v = row[key];
    for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && x && !out.includes(x)) out.push(x);
  }
  return out;
}

export const join = (xs: string[]) => xs.join('、');

/** "6 个项目: a、b…" or the graph's silence, never an invented item. */
export function listing(subject: string, what: string, unit: string, values: string[], none: string): string {
  if (values.length === 0) return none;
  return `${subject}${what} ${values.length} ${unit}: ${join(values)}`;
}

export const TYPE_WORD: Record<EntityType, string> = { Official: '官员', Street: '街道(镇)', Project: '项目', Enterprise: '企业', Program: '工作(政策、机制)', Person: '人物', District: '区县' };

/** The first slot's entity (of a type, when given). */
export const first = (slots: Slot[], type?: EntityType) => (type ? slots.find((s) => s.type === type)! : slots[0]!).entity;

/** A list, said with its count when the question asks 多少/几个. */
export function counted(f: Features, subject: string, unit: string, values: string[], none: string, verb = '有'): string {
  if (values.length === 0) return none;
  if (f.classes.has('count')) return `${subject}${verb} ${values.length} ${unit}: ${join(values)}`;
  return listing(subject, verb, unit, values, none);
}

/** Relation types as the answer line says them (the rows keep the types). */
const REL_WORD: Record<string, string> = { HEADS: '负责', SERVES_IN: '任职于', RUNS: '在做项目', IMPLEMENTS: '推进', INVOLVES: '涉及企业', LOCATED_IN: '位于', PART_OF: '属于' };

/** "A -TYPE-> B" (as the named questions write facts) in words: "A 推进 B". */
export function inWords(fact: string): string {
  return fact.replace(/ -([A-Z_]+)-> /g, (_m, type: string) => ` ${REL_WORD[type] ?? type} `);
}
