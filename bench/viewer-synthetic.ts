/**
 * Synthetic graphs for the viewer bench, of an exact size (nodes, edges), in the JSON contract:
 * streets as communities with their officials, projects, enterprises and programs; most links
 * inside a street, some across (shared programs, enterprises behind several projects). Seeded:
 * the same size gives the same graph on every run.
 */
import type { Entity, KnowledgeGraph, Relation } from '../src/types.ts';
import { random } from './random.ts';

const CHARS = '东南西北湖江山河新城宁港安康丰华盛兴泰和明光金银海云天星月春秋青林松梅竹桥塘湾洲岭峰溪泉石田园花阳平永昌荣瑞祥福德正义仁智信龙凤';
const SUFFIX: Record<string, string> = { Street: '街道', Official: '', Project: '项目', Enterprise: '科技', Program: '行动' };

function name(i: number, kind: string): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    s += CHARS[n % CHARS.length];
    n = Math.floor(n / CHARS.length);
  }
  return (kind === 'Official' ? '王' : '') + s + SUFFIX[kind];
}

// Share of nodes per kind; streets are the communities.
const MIX: Array<[string, number]> = [['Street', 0.02], ['Official', 0.04], ['Program', 0.14], ['Project', 0.4], ['Enterprise', 0.4]];
const RELATION: Record<string, string> = { 'Street>Project': 'RUNS', 'Street>Program': 'IMPLEMENTS', 'Official>Street': 'HEADS', 'Project>Enterprise': 'INVOLVES', 'Enterprise>Street': 'LOCATED_IN' };

export function syntheticGraph(nodes: number, edges: number, seed = 7): KnowledgeGraph {
  const rand = random(seed);
  const doc = 'bench-doc';
  const entities: Entity[] = [];
  const byKind = new Map<string, string[]>();
  for (const [kind, share] of MIX) {
    const count = kind === 'Enterprise' ? nodes - entities.length : Math.max(1, Math.round(nodes * share));
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${kind.toLowerCase()}:${i}`;
      ids.push(id);
      entities.push({ id, type: kind, name: name(i, kind), aliases: [], props: {}, mentions: [{ doc, start: i, end: i + 2 }] });
    }
    byKind.set(kind, ids);
  }
  const streets = byKind.get('Street')!;
  // Every non-street node belongs to one street (its community).
  const home = new Map<string, string>();
  for (const e of entities) home.set(e.id, e.type === 'Street' ? e.id : streets[Math.floor(rand() * streets.length)]!);
  const members = new Map<string, Map<string, string[]>>();
  for (const e of entities) {
    const street = home.get(e.id)!;
    if (!members.has(street)) members.set(street, new Map());
    const m = members.get(street)!;
    if (!m.has(e.type)) m.set(e.type, []);
    m.get(e.type)!.push(e.id);
  }
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const pairs = Object.keys(RELATION).map((k) => k.split('>') as [string, string]);
  const pick = (list: string[] | undefined) => (list?.length ? list[Math.floor(rand() * list.length)]! : undefined);
  while (relations.length < edges) {
    const [fromKind, toKind] = pairs[Math.floor(rand() * pairs.length)]!;
    const from = pick(byKind.get(fromKind));
    if (!from) continue;
    // 85% inside the street, 15% anywhere: communities with bridges, as in the news.
    const local = rand() < 0.85 ? members.get(home.get(from)!)?.get(toKind) : undefined;
    const to = toKind === 'Street' ? home.get(from)! : pick(local) ?? pick(byKind.get(toKind));
    const type = RELATION[`${fromKind}>${toKind}`]!;
    const key = `${type}:${from}->${to}`;
    if (!to || to === from || seen.has(key)) {
      if (seen.size > edges * 4) break; // saturated: a tiny graph cannot hold that many distinct edges
      seen.add(key + relations.length);
      continue;
    }
    seen.add(key);
    relations.push({ id: key, type, from, to, props: {}, evidence: [{ doc, start: 0, end: 12, text: `${name(relations.length, 'Project')}的证据句子。` }] });
  }
  return { documents: [{ id: doc, title: '合成语料', chars: 1000 }], entities, relations };
}
