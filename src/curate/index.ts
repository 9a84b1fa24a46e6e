/**
 * curate: apply the user's corrections to the extracted graph on every run: aliases, merges,
 * rejections, retyping, properties and hand-added facts. A hand-added relation has no sentence
 * behind it: its evidence says so (`curation`), so the viewer never passes it off as extracted.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { Entity, KnowledgeGraph, Problem, Relation } from '../types.ts';
import { compareIds, entityId, relationId } from '../resolve/ids.ts';
import { Curation, type EntityRef } from './schema.ts';

export { Curation } from './schema.ts';

export class CurationError extends Error {}

/** Load and validate a curation file; the error names the file, the entry and what is wrong. */
export function loadCuration(file: string): Curation {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  } catch (error) {
    throw new CurationError(`${file}: cannot read curation: ${(error as Error).message}`);
  }
  const parsed = Curation.safeParse(raw ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
    throw new CurationError(`${file}: invalid curation:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function refOf(ref: EntityRef): { type: string; name: string } {
  if (typeof ref === 'string') {
    const slash = ref.indexOf('/');
    return { type: ref.slice(0, slash), name: ref.slice(slash + 1) };
  }
  return ref;
}

const refId = (ref: EntityRef) => {
  const r = refOf(ref);
  return entityId(r.type, r.name);
};

/** Apply `curation` to `graph`; entries that name nothing in the graph are reported, not fatal. */
export function applyCuration(graph: KnowledgeGraph, curation: Curation): { graph: KnowledgeGraph; problems: Problem[] } {
  const problems: Problem[] = [];
  const entities = new Map(graph.entities.map((e) => [e.id, structuredClone(e)]));
  let relations: Relation[] = graph.relations.map((r) => structuredClone(r));
  const missing = (what: string, ref: EntityRef) => problems.push({ file: 'curation', message: `${what}: no entity ${typeof ref === 'string' ? ref : `${ref.type}/${ref.name}`} in the graph` });
  const renameId = (from: string, to: string) => {
    for (const r of relations) {
      if (r.from === from) r.from = to;
      if (r.to === from) r.to = to;
    }
  };

  for (const f of curation.facts.entities) {
    const id = entityId(f.type, f.name);
    const existing = entities.get(id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...f.aliases])].sort();
      Object.assign(existing.props, f.props);
    } else entities.set(id, { id, type: f.type, name: f.name, aliases: [...f.aliases].sort(), props: { ...f.props, curated: true }, mentions: [] });
  }
  for (const a of curation.aliases) {
    const e = entities.get(refId(a.entity));
    if (!e) missing('aliases', a.entity);
    else e.aliases = [...new Set([...e.aliases, ...a.add])].filter((x) => x !== e.name).sort();
  }
  for (const m of curation.merge) {
    const from = entities.get(refId(m.from));
    const into = entities.get(refId(m.into));
    if (!from || !into) {
      missing('merge', from ? m.into : m.from);
      continue;
    }
    into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((x) => x !== into.name).sort();
    into.mentions = [...into.mentions, ...from.mentions];
    for (const [k, v] of Object.entries(from.props)) if (into.props[k] === undefined) into.props[k] = v;
    entities.delete(from.id);
    renameId(from.id, into.id);
  }
  for (const r of curation.retype) {
    const e = entities.get(refId(r.entity));
    if (!e) {
      missing('retype', r.entity);
      continue;
    }
    entities.delete(e.id);
    const moved: Entity = { ...e, type: r.to, id: entityId(r.to, e.name) };
    entities.set(moved.id, moved);
    renameId(e.id, moved.id);
  }
  for (const p of curation.props) {
    const e = entities.get(refId(p.entity));
    if (!e) missing('props', p.entity);
    else Object.assign(e.props, p.set);
  }
  for (const item of curation.reject) {
    const ref = typeof item === 'object' && 'entity' in item ? item.entity : (item as EntityRef);
    const id = refId(ref);
    if (!entities.delete(id)) missing('reject', ref);
  }
  for (const r of curation.rejectRelations) {
    const id = relationId(r.type, refId(r.from), refId(r.to));
    const before = relations.length;
    relations = relations.filter((x) => x.id !== id && !(x.type === r.type && x.from === refId(r.from) && x.to === refId(r.to)));
    if (relations.length === before) problems.push({ file: 'curation', message: `rejectRelations: no ${r.type} relation from ${refId(r.from)} to ${refId(r.to)}` });
  }
  for (const f of curation.facts.relations) {
    const from = refId(f.from);
    const to = refId(f.to);
    if (!entities.has(from) || !entities.has(to)) {
      missing('facts.relations', entities.has(from) ? f.to : f.from);
      continue;
    }
    relations.push({ id: relationId(f.type, from, to), type: f.type, from, to, props: { ...f.props, curated: true, ...(f.source ? { source: f.source } : {}) }, evidence: [] });
  }
  // Merges and retypes can make two relations one: fold them, and drop those left without an end.
  const folded = new Map<string, Relation>();
  for (const r of relations) {
    if (!entities.has(r.from) || !entities.has(r.to) || r.from === r.to) continue;
    const id = relationId(r.type, r.from, r.to);
    const existing = folded.get(id);
    if (existing) {
      for (const e of r.evidence) existing.evidence.push(e);
      Object.assign(existing.props, r.props);
    } else folded.set(id, { ...r, id });
  }
  return {
    graph: {
      documents: graph.documents,
      entities: [...entities.values()].sort((a, b) => compareIds(a.id, b.id)),
      relations: [...folded.values()].sort((a, b) => compareIds(a.id, b.id)),
    },
    problems,
  };
}
