/**
 * A deterministic synthetic corpus in the shape of the real one, sized by `scale`: at scale 1,
 * about 200k entities and 1M relations over 20k documents (one street's news each). Same scale
 * and seed, same graph, on every machine.
 *
 * Shape per street (2,000 at scale 1): 2 heads, 150 programs implemented (popularity skewed, so
 * some programs are shared by hundreds of streets), 35 projects run and located there, each with
 * 7 enterprises; enterprises located in a street; district officials; people with a role. One
 * relation in ten has evidence in a second document of the same street.
 */
import type { Entity, KnowledgeGraph, Relation } from '../src/types.ts';
import { random } from './random.ts';

export interface SyntheticOptions {
  scale?: number;
  seed?: number;
}

export interface SyntheticCorpus {
  graph: KnowledgeGraph;
  /** Names the bench asks its questions about (a popular street, program, enterprise, …). */
  anchors: { street: string; otherStreet: string; program: string; enterprise: string; project: string; official: string; search: string };
}

const CHARS = '东南西北湖江山河新城宁港安康丰华盛兴泰和明光金银海云天星月春秋青林松梅竹桥塘湾洲岭峰溪泉石田园花阳平永昌荣瑞祥福德正义仁智信龙凤鹤';
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';

/** i → a CJK code of fixed length: injective, so names never collide within a type. */
function code(i: number, length: number): string {
  let out = '';
  for (let k = 0; k < length; k++) {
    out = CHARS[i % CHARS.length] + out;
    i = Math.floor(i / CHARS.length);
  }
  return out;
}

export function syntheticCorpus(options: SyntheticOptions = {}): SyntheticCorpus {
  const scale = options.scale ?? 1;
  const rnd = random(options.seed ?? 20261127);
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  const counts = { districts: n(50), streets: n(2000), programs: n(6000), enterprises: n(60000), persons: n(32000), districtOfficials: n(26000) };
  const docsPerStreet = 10;

  const entities: Entity[] = [];
  const relations: Relation[] = [];
  const documents: KnowledgeGraph['documents'] = [];
  const add = (type: string, name: string, props: Record<string, unknown> = {}): Entity => {
    const e: Entity = { id: `${type.toLowerCase()}:${name}`, type, name, aliases: [], props, mentions: [] };
    entities.push(e);
    return e;
  };
  const districts = Array.from({ length: counts.districts }, (_, i) => add('District', `${code(i, 2)}区`));
  const programs = Array.from({ length: counts.programs }, (_, i) => add('Program', `${code(i, 3)}行动`));
  const enterprises = Array.from({ length: counts.enterprises }, (_, i) => {
    const e = add('Enterprise', `${code(i, 3)}科技`, { fullName: `杭州${code(i, 3)}科技有限公司` });
    e.aliases.push(`杭州${code(i, 3)}科技有限公司`);
    return e;
  });

  // Offsets grow per document so that each evidence has its own span.
  const cursor = new Map<string, number>();
  const mention = (e: Entity, doc: string, text: string) => {
    const start = cursor.get(doc) ?? 0;
    cursor.set(doc, start + text.length + 1);
    e.mentions.push({ doc, start, end: start + e.name.length });
    return { start, end: start + text.length };
  };
  const relate = (type: string, from: Entity, to: Entity, docs: string[], verb: string, props: Record<string, unknown> = {}) => {
    const text = `${from.name}${verb}${to.name}`;
    const evidence = docs.map((doc) => {
      const span = mention(from, doc, text);
      to.mentions.push({ doc, start: span.start + from.name.length + verb.length, end: span.end });
      return { doc, ...span, text };
    });
    relations.push({ id: `${type.toLowerCase()}:${from.id}->${to.id}`, type, from: from.id, to: to.id, props, evidence });
  };
  // Skewed program popularity: u^3 puts most mass on the first programs.
  const pickProgram = () => programs[Math.floor(Math.pow(rnd(), 3) * programs.length)]!;

  const streets: Entity[] = [];
  let officialNo = 0;
  let projectNo = 0;
  for (let s = 0; s < counts.streets; s++) {
    const street = add('Street', `${code(s, 3)}街道`, { kind: '街道' });
    street.aliases.push(code(s, 3));
    streets.push(street);
    const docs = Array.from({ length: docsPerStreet }, (_, k) => {
      const id = `synthetic-${String(s).padStart(5, '0')}-${k}`;
      documents.push({ id, title: `${street.name}新闻${k + 1}`, chars: 0, source: 'synthetic' });
      return id;
    });
    const docFor = (k: number) => {
      const first = docs[k % docsPerStreet]!;
      return rnd() < 0.1 ? [first, docs[(k + 1) % docsPerStreet]!] : [first];
    };
    let k = 0;
    relate('PART_OF', street, districts[s % districts.length]!, docFor(k++), '隶属');
    for (let h = 0; h < 2; h++) {
      const official = add('Official', `${SURNAMES[officialNo % SURNAMES.length]}${code(officialNo++, 3)}`, { title: h === 0 ? '党工委书记' : '办事处主任' });
      relate('HEADS', official, street, docFor(k++), '主持', { title: official.props.title });
    }
    const implemented = new Set<Entity>();
    while (implemented.size < Math.min(150, programs.length)) implemented.add(pickProgram());
    for (const p of implemented) relate('IMPLEMENTS', street, p, docFor(k++), '推进');
    for (let j = 0; j < 35; j++) {
      const project = add('Project', `${code(projectNo++, 4)}产业园`, { investment: Math.round(rnd() * 1e9) });
      const d = docFor(k++);
      relate('RUNS', street, project, d, '建设');
      relate('LOCATED_IN', project, street, d, '位于');
      const involved = new Set<Entity>();
      while (involved.size < 7) involved.add(enterprises[Math.floor(rnd() * enterprises.length)]!);
      for (const e of involved) relate('INVOLVES', project, e, docFor(k++), '引进');
    }
  }
  for (const [i, e] of enterprises.entries()) {
    const s = i % counts.streets;
    relate('LOCATED_IN', e, streets[s]!, [`synthetic-${String(s).padStart(5, '0')}-${i % docsPerStreet}`], '落户');
  }
  for (let i = 0; i < counts.districtOfficials; i++) {
    const d = i % counts.districts;
    const official = add('Official', `${SURNAMES[officialNo % SURNAMES.length]}${code(officialNo++, 3)}`, { title: '副区长' });
    relate('SERVES_IN', official, districts[d]!, [`synthetic-${String(d).padStart(5, '0')}-${i % docsPerStreet}`], '任职');
  }
  for (let i = 0; i < counts.persons; i++) {
    const p = add('Person', `记者${code(i, 3)}`, { role: '记者' });
    mention(p, documents[i % documents.length]!.id, p.name);
  }
  for (const doc of documents) doc.chars = cursor.get(doc.id) ?? 0;

  const popular = programs[0]!;
  return {
    graph: { documents, entities, relations },
    anchors: {
      street: `${code(0, 3)}街道`,
      otherStreet: `${code(Math.floor(counts.streets / 2), 3)}街道`,
      program: popular.name,
      enterprise: enterprises[0]!.name,
      project: `${code(0, 4)}产业园`,
      official: entities.find((e) => e.type === 'Official')!.name,
      search: code(7, 3).slice(0, 2),
    },
  };
}
