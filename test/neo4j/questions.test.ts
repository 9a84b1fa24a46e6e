/**
 * Every named question against the real Neo4j loaded with the sample corpus. Answers are checked
 * against the known facts and against the pipeline's own graph (so a question that
 * drops or invents rows fails).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { listQueries, runNamedQuery } from '../../src/query/index.ts';
import { ingestGraph, type Connection } from '../../src/write/index.ts';
import { useEmptyDatabase } from './graphs.ts';

let conn: Connection;
let kg: KnowledgeGraph;
const byId = () => new Map(kg.entities.map((e) => [e.id, e]));
const named = (id: string) => byId().get(id)!.name;
const relationsOf = (type: string) => kg.relations.filter((r) => r.type === type);
const ask = (name: string, params: Record<string, unknown> = {}) => runNamedQuery(conn, name, params);

useEmptyDatabase(
  (c) => (conn = c),
  async (c) => {
    kg = (await buildGraph(['graph/corpus'])).graph;
    await ingestGraph(c, kg);
  },
);

describe('named questions on the sample corpus', () => {
  it('every question runs with its defaults and answers something', async () => {
    const queries = listQueries();
    expect(queries.map((q) => q.name).sort()).toEqual(
      ['enterprise-footprint', 'evidence', 'officials-streets', 'project-enterprises', 'search', 'shared-initiatives', 'shortest-connection', 'street-portfolio', 'street-similarity'],
    );
    for (const q of queries) {
      const result = await ask(q.name);
      expect(result.rows.length, `${q.name} with its defaults`).toBeGreaterThan(0);
    }
  });

  it('officials-streets: the six heads, as in the graph', async () => {
    const { rows } = await ask('officials-streets');
    const pairs = rows.map((r) => `${r.official}→${r.street}`).sort();
    expect(pairs).toEqual(relationsOf('HEADS').map((r) => `${named(r.from)}→${named(r.to)}`).sort());
    expect(pairs).toContain('洪泉良→城厢街道');
    expect(new Set(rows.map((r) => r.street)).size).toBe(6);
    expect(rows.every((r) => typeof r.title === 'string' && (r.title as string).length > 0)).toBe(true);
  });

  it('shared-initiatives with min=4 returns 大综合一体化行政执法改革 and only programs of ≥ 4 streets', async () => {
    const { rows } = await ask('shared-initiatives', { min: 4 });
    const programs = rows.map((r) => r.program);
    expect(programs).toContain('大综合一体化行政执法改革');
    const streetsOf = (program: string) => relationsOf('IMPLEMENTS').filter((r) => named(r.to) === program).map((r) => named(r.from)).sort();
    for (const r of rows) {
      expect(r.streets).toBeGreaterThanOrEqual(4);
      expect(r.streetNames).toEqual(streetsOf(r.program as string));
    }
    const expected = [...new Set(relationsOf('IMPLEMENTS').map((r) => named(r.to)))].filter((p) => streetsOf(p).length >= 4);
    expect(programs.sort()).toEqual(expected.sort());
    const three = (await ask('shared-initiatives', { min: '3' })).rows.map((r) => r.program);
    expect(three).toEqual(expect.arrayContaining(['一网统管', '腾笼换鸟']));
  });

  it('street-portfolio: what 新塘街道 runs, with the enterprise behind 三星羽绒数字工厂', async () => {
    const { rows } = await ask('street-portfolio', { street: '新塘街道' });
    const street = kg.entities.find((e) => e.type === 'Street' && e.name === '新塘街道')!;
    const expected = kg.relations.filter((r) => r.from === street.id && ['RUNS', 'IMPLEMENTS'].includes(r.type)).map((r) => named(r.to));
    expect(rows.map((r) => r.name).sort()).toEqual(expected.sort());
    expect(rows.find((r) => r.name === '三星羽绒数字工厂')).toMatchObject({ kind: 'Project', enterprises: [sanxing()] });
  });

  it('project-enterprises: each INVOLVES link with its evidence sentence', async () => {
    const { rows } = await ask('project-enterprises');
    expect(rows).toHaveLength(relationsOf('INVOLVES').length);
    const row = rows.find((r) => r.project === '三星羽绒数字工厂' && r.enterprise === sanxing());
    expect(row).toBeDefined();
    const rel = relationsOf('INVOLVES').find((r) => named(r.from) === '三星羽绒数字工厂')!;
    expect(row!.evidence).toBe(rel.evidence[0]!.text);
    expect(row!.document).toBe(kg.documents[0]!.title);
  });

  it('street-similarity: Jaccard of shared programs, as computed from the graph', async () => {
    const { rows } = await ask('street-similarity', { limit: 100 });
    const programsOf = new Map<string, Set<string>>();
    for (const r of relationsOf('IMPLEMENTS')) {
      if (!programsOf.has(named(r.from))) programsOf.set(named(r.from), new Set());
      programsOf.get(named(r.from))!.add(named(r.to));
    }
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const a = programsOf.get(r.street as string)!;
      const b = programsOf.get(r.other as string)!;
      const shared = [...a].filter((p) => b.has(p));
      expect(r.sharedPrograms).toBe(shared.length);
      expect(r.jaccard).toBeCloseTo(shared.length / new Set([...a, ...b]).size, 2);
    }
    const jaccards = rows.map((r) => r.jaccard as number);
    expect(jaccards).toEqual([...jaccards].sort((x, y) => y - x));
  });

  it('enterprise-footprint: 三星羽绒 is behind 三星羽绒数字工厂, in the street that runs it', async () => {
    const { rows } = await ask('enterprise-footprint', { enterprise: '三星羽绒' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.projects).toContain('三星羽绒数字工厂');
    const runner = relationsOf('RUNS').find((r) => named(r.to) === '三星羽绒数字工厂')!;
    expect(rows[0]!.streets).toContain(named(runner.from));
    expect((rows[0]!.programs as string[]).length).toBeGreaterThan(0);
  });

  it('shortest-connection: as short as a breadth-first search over the graph finds', async () => {
    const { rows } = await ask('shortest-connection', { from: '洪泉良', to: '三星羽绒' });
    expect(rows).toHaveLength(1);
    const names = rows[0]!.names as string[];
    expect(names[0]).toBe('洪泉良');
    expect(names.at(-1)).toBe(sanxing());
    expect(rows[0]!.hops).toBe(bfsHops('洪泉良', '三星羽绒'));
    expect(await ask('shortest-connection', { from: '洪泉良', to: '没有这个名字' })).toMatchObject({ rows: [] });
  });

  it('search: CJK full-text over names and aliases', async () => {
    const first = (await ask('search', { q: '一网统管' })).rows[0];
    expect(first).toMatchObject({ name: '一网统管', type: 'Program' });
    const partial = (await ask('search', { q: '综合一体化' })).rows.map((r) => r.name);
    expect(partial).toContain('大综合一体化行政执法改革');
    const withAlias = kg.entities.find((e) => e.aliases.some((a) => !e.name.includes(a)))!;
    const alias = withAlias.aliases.find((a) => !withAlias.name.includes(a))!;
    expect((await ask('search', { q: `"${alias}"` })).rows.map((r) => r.id)).toContain(withAlias.id);
  });

  it('evidence: the mentions of a node and the sentences behind its relations', async () => {
    const { rows } = await ask('evidence', { name: '三星羽绒数字工厂' });
    const entity = kg.entities.find((e) => e.name === '三星羽绒数字工厂')!;
    const mentions = rows.filter((r) => r.kind === 'mention');
    expect(mentions.map((m) => [m.start, m.end])).toEqual(entity.mentions.map((m) => [m.start, m.end]).sort((a, b) => a[0]! - b[0]!));
    const relations = kg.relations.filter((r) => r.from === entity.id || r.to === entity.id);
    const texts = rows.filter((r) => r.kind === 'relation').map((r) => r.text);
    expect(texts.sort()).toEqual(relations.flatMap((r) => r.evidence.map((e) => e.text)).sort());
    const one = await ask('evidence', { name: '三星羽绒数字工厂', other: '三星羽绒', type: 'INVOLVES' });
    expect(one.rows.map((r) => r.fact)).toEqual([`三星羽绒数字工厂 -INVOLVES-> ${sanxing()}`]);
    const byId = await ask('evidence', { id: entity.id, name: '' });
    expect(byId.rows.length).toBe(rows.length);
  });
});

/** Hops between two names over all relations, ignoring direction. */
/** The company the sample calls 三星羽绒 (its canonical name is the registered one). */
const sanxing = () => kg.entities.find((e) => e.type === 'Enterprise' && (e.name === '三星羽绒' || e.aliases.includes('三星羽绒')))!.name;

function bfsHops(from: string, to: string): number {
  const ids = (name: string) => kg.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id);
  const next = new Map<string, string[]>();
  for (const r of kg.relations) {
    next.set(r.from, [...(next.get(r.from) ?? []), r.to]);
    next.set(r.to, [...(next.get(r.to) ?? []), r.from]);
  }
  const goal = new Set(ids(to));
  let frontier = ids(from);
  const seen = new Set(frontier);
  for (let hops = 0; frontier.length; hops++) {
    if (frontier.some((id) => goal.has(id))) return hops;
    frontier = frontier.flatMap((id) => next.get(id) ?? []).filter((id) => !seen.has(id) && seen.add(id));
  }
  return -1;
}
