/**
 * The plan of each kind of question: which statement, which parameters (ids of linked
 * entities, numbers), which column answers, and the answer line. One builder per intent of
 * ./intents.ts.
 */
import { ENTITY_TYPES, type EntityType } from '../types.ts';
import * as C from './cypher.ts';
import type { Features } from './features.ts';
import type { Slot } from './intents.ts';
import { column, join, listing, named, type Plan, type Row } from './plan.ts';

const TYPE_WORD: Record<EntityType, string> = { Official: '官员', Street: '街道(镇)', Project: '项目', Enterprise: '企业', Program: '工作(政策、机制)', Person: '人物', District: '区县' };
const first = (slots: Slot[], type?: EntityType) => (type ? slots.find((s) => s.type === type)! : slots[0]!).entity;
const LIST_LIMIT = 1000;

function counted(f: Features, subject: string, unit: string, values: string[], none: string, verb = '有'): string {
  if (values.length === 0) return none;
  if (f.classes.has('count')) return `${subject}${verb} ${values.length} ${unit}: ${join(values)}`;
  return listing(subject, verb, unit, values, none);
}

export function evidence(slots: Slot[]): Plan {
  const [a, b] = [slots[0]!.entity, slots[1]?.entity];
  return {
    intent: 'evidence',
    ...named('evidence', { id: a.id, name: '', other: b?.name ?? '', limit: 100 }),
    values: (rows) => column(rows, 'document'),
    say: (docs, rows) => {
      const facts = column(rows.filter((r) => r.kind === 'relation'), 'fact');
      const what = b ? `${a.name} 与 ${b.name} 的关系` : a.name;
      if (rows.length === 0) return `图中没有 ${what} 的出处记录`;
      const titles = column(rows, 'title');
      return `${what} 出自 ${docs.length} 篇文章(${join(titles.map((t) => `《${t}》`))}),${facts.length ? `有原句的事实 ${facts.length} 条` : '文中提及'},原句见 text 列`;
    },
  };
}

export function connection(slots: Slot[]): Plan {
  const [a, b] = [slots[0]!.entity, slots[1]!.entity];
  return {
    intent: 'connection',
    ...named('shortest-connection', { from: a.name, to: b.name }),
    values: (rows) => column(rows.slice(0, 1), 'names'),
    say: (_names, rows) => {
      if (rows.length === 0) return `图中 ${a.name} 与 ${b.name} 之间没有相连的事实(8 步以内)`;
      const facts = (rows[0]!.facts as string[]) ?? [];
      return `${a.name} 与 ${b.name} 相隔 ${rows[0]!.hops} 步: ${facts.join(';')}`;
    },
  };
}

export function common(slots: Slot[], f: Features): Plan {
  const kind = f.asked === 'Program' || f.asked === 'Project' ? f.asked : 'Any';
  const names = slots.map((s) => s.entity.name);
  return {
    intent: 'streets-in-common',
    query: null,
    cypher: C.COMMON[kind],
    params: { streets: slots.map((s) => s.entity.id) },
    values: (rows) => column(rows, 'name'),
    say: (v) => counted(f, `${join(names)} 共同`, '项', v, `图中没有 ${join(names)} 共同的${kind === 'Project' ? '项目' : kind === 'Program' ? '工作' : '项目或工作'}`, '的有'),
  };
}

export function similar(slots: Slot[]): Plan {
  const s = first(slots);
  const best = (rows: Row[]) => {
    const top = Math.max(...rows.map((r) => Number(r.jaccard)));
    return rows.filter((r) => Number(r.jaccard) === top);
  };
  return {
    intent: 'most-similar-street',
    ...named('street-similarity', { street: s.name, limit: 5 }),
    values: (rows) => (rows.length ? column(best(rows), 'other') : []),
    say: (v, rows) => {
      if (v.length === 0) return `图中没有与 ${s.name} 共同推进任何工作的街道`;
      const r = best(rows)[0]!;
      return `与 ${s.name} 最像的是 ${join(v)}: 共同推进 ${r.sharedPrograms} 项工作(${join(r.shared as string[])}),相似度 ${r.jaccard}`;
    },
  };
}

export function relationCheck(slots: Slot[]): Plan {
  const [a, b] = [slots[0]!.entity, slots[1]!.entity];
  return {
    intent: 'relation-check',
    query: null,
    cypher: C.RELATION_CHECK,
    params: { from: a.id, to: b.id },
    values: (rows) => rows.map((r) => `${r.from} -${r.relation}-> ${r.to}`),
    say: (v) => (v.length ? `是: ${v.join(';')}` : `图中没有 ${a.name} 与 ${b.name} 之间的直接关系`),
  };
}

export function shared(_slots: Slot[], f: Features): Plan {
  const min = f.number === null ? 2 : f.classes.has('moreThan') ? f.number + 1 : f.number;
  return {
    intent: 'programs-shared-by-streets',
    ...named('shared-initiatives', { min }),
    values: (rows) => column(rows, 'program'),
    say: (v, rows) => (v.length ? `至少 ${min} 个街道共同推进的工作有 ${v.length} 项: ${rows.map((r) => `${r.program}(${r.streets} 个街道)`).join('、')}` : `图中没有被至少 ${min} 个街道推进的工作`),
  };
}

export function allHeads(): Plan {
  return {
    intent: 'all-street-heads',
    ...named('officials-streets', { street: '' }),
    values: (rows) => column(rows, 'official'),
    say: (v, rows) => (v.length ? `图中 ${v.length} 位街道负责人: ${rows.map((r) => `${r.street} ${r.official}`).join('、')}` : '图中没有街道负责人的记录'),
  };
}

export function listAllOf(_slots: Slot[], f: Features): Plan {
  const type = f.asked!;
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new Error(`not an entity type: ${type}`);
  if (f.classes.has('count')) {
    return {
      intent: 'count-all',
      query: null,
      cypher: C.countAll(type),
      params: {},
      values: () => [],
      total: (rows) => Number(rows[0]?.count ?? 0),
      say: (_v, rows) => `图中共有 ${Number(rows[0]?.count ?? 0)} 个${TYPE_WORD[type]}`,
    };
  }
  return {
    intent: 'list-all',
    query: null,
    cypher: C.listAll(type),
    params: { limit: LIST_LIMIT },
    values: (rows) => column(rows, 'name'),
    say: (v) => (v.length ? `图中的${TYPE_WORD[type]}${v.length >= LIST_LIMIT ? `(前 ${LIST_LIMIT} 个)` : ` ${v.length} 个`}: ${join(v)}` : `图中没有${TYPE_WORD[type]}`),
  };
}

export function streetOfficials(slots: Slot[], f: Features): Plan {
  const s = first(slots);
  // 书记, 一把手, 主任: who heads it. 官员, 干部, 谁在…工作: every post.
  if (f.head || (f.classes.has('headVerb') && !f.classes.has('serve'))) {
    return {
      intent: 'street-heads',
      ...named('officials-streets', { street: s.name }),
      values: (rows) => column(rows, 'official'),
      say: (v, rows) => (v.length ? `${s.name} 的负责人: ${rows.map((r) => `${r.official}(${r.title})`).join('、')}` : `图中没有 ${s.name} 负责人的记录`),
    };
  }
  return {
    intent: 'street-officials',
    query: null,
    cypher: C.STREET_OFFICIALS,
    params: { street: s.id },
    values: (rows) => column(rows, 'official'),
    say: (v, rows) => (v.length ? `在 ${s.name} 任职的官员: ${rows.map((r) => `${r.official}(${r.title})`).join('、')}` : `图中没有在 ${s.name} 任职的官员`),
  };
}

function streetList(intent: string, cypher: string, key: string, unit: string, none: string) {
  return (slots: Slot[], f: Features): Plan => {
    const s = first(slots);
    return {
      intent,
      query: null,
      cypher,
      params: { street: s.id },
      values: (rows) => column(rows, key),
      say: (v) => counted(f, s.name, unit, v, `图中没有 ${s.name} ${none}的记录`),
    };
  };
}

export const streetProjects = streetList('street-projects', C.STREET_PROJECTS, 'project', '个项目', '项目');
export const streetPrograms = streetList('street-programs', C.STREET_PROGRAMS, 'program', '项工作(政策、机制)', '推进工作');
export const streetEnterprises = streetList('street-enterprises', C.STREET_ENTERPRISES, 'enterprise', '家企业', '企业');

export function streetDistrict(slots: Slot[]): Plan {
  const s = first(slots);
  return {
    intent: 'street-district',
    query: null,
    cypher: C.STREET_DISTRICT,
    params: { street: s.id },
    values: (rows) => column(rows, 'district'),
    say: (v) => (v.length ? `${s.name} 属于 ${join(v)}` : `图中没有 ${s.name} 所属区县的记录`),
  };
}

export function streetPortfolio(slots: Slot[], f: Features): Plan {
  const s = first(slots);
  return {
    intent: 'street-portfolio',
    ...named('street-portfolio', { street: s.name }),
    values: (rows) => column(rows, 'name'),
    say: (v, rows) => {
      if (v.length === 0) return `图中没有 ${s.name} 在做的项目或工作`;
      const of = (kind: string) => column(rows.filter((r) => r.kind === kind), 'name');
      const [projects, programs] = [of('Project'), of('Program')];
      return `${s.name} ${f.classes.has('count') ? `共 ${v.length} 项: ` : ''}项目 ${projects.length} 个(${join(projects)});工作 ${programs.length} 项(${join(programs)})`;
    },
  };
}

export function programStreets(slots: Slot[]): Plan {
  const g = first(slots);
  return {
    intent: 'streets-implementing-program',
    query: null,
    cypher: C.PROGRAM_STREETS,
    params: { program: g.id },
    values: (rows) => column(rows, 'street'),
    say: (v) => (v.length ? `${join(v)} 推进 ${g.name}(${v.length} 个街道)` : `图中没有推进 ${g.name} 的街道`),
  };
}

export function officialStreets(slots: Slot[]): Plan {
  const o = first(slots);
  return {
    intent: 'official-streets',
    query: null,
    cypher: C.OFFICIAL_STREETS,
    params: { official: o.id },
    values: (rows) => column(rows, 'street'),
    say: (v, rows) => (v.length ? `${o.name} 在 ${join(v)} 任职: ${rows.map((r) => r.title).filter(Boolean).join('、')}` : `图中没有 ${o.name} 在哪个街道任职的记录`),
  };
}

export function officialProfile(slots: Slot[]): Plan {
  const o = first(slots);
  return {
    intent: 'official-title',
    query: null,
    cypher: C.OFFICIAL_PROFILE,
    params: { official: o.id },
    values: (rows) => column(rows, 'title'),
    say: (v, rows) => (v.length ? `${o.name}: ${join(v)}${column(rows, 'street').length ? `(${join(column(rows, 'street'))})` : ''}` : `图中没有 ${o.name} 职务的记录`),
  };
}

export function personProfile(slots: Slot[]): Plan {
  const p = first(slots);
  return {
    intent: 'person-role',
    query: null,
    cypher: C.PERSON_PROFILE,
    params: { person: p.id },
    values: (rows) => [...column(rows, 'role'), ...column(rows, 'org')],
    say: (v) => (v.length ? `${p.name}: ${join(v)}` : `图中没有 ${p.name} 身份的记录`),
  };
}

export function projectEnterprises(slots: Slot[], f: Features): Plan {
  const p = first(slots);
  return {
    intent: 'project-enterprises',
    ...named('project-enterprises', { project: p.name }),
    values: (rows) => column(rows, 'enterprise'),
    say: (v) => counted(f, `${p.name} 背后`, '家企业', v, `图中没有 ${p.name} 背后企业的记录`),
  };
}

export function projectStreets(slots: Slot[]): Plan {
  const p = first(slots);
  return {
    intent: 'project-location',
    query: null,
    cypher: C.PROJECT_STREETS,
    params: { project: p.id },
    values: (rows) => column(rows, 'street'),
    say: (v) => (v.length ? `${p.name} 在 ${join(v)}` : `图中没有 ${p.name} 所在街道的记录`),
  };
}

function footprint(intent: string, key: 'projects' | 'streets' | 'programs', unit: string, none: string) {
  return (slots: Slot[], f: Features): Plan => {
    const e = first(slots);
    return {
      intent,
      ...named('enterprise-footprint', { enterprise: e.name }),
      values: (rows) => column(rows, key),
      say: (v) => counted(f, e.name, unit, v, `图中没有 ${e.name} ${none}的记录`, key === 'streets' ? '在' : '有'),
    };
  };
}

export const enterpriseProjects = footprint('enterprise-projects', 'projects', '个项目', '参与项目');
export const enterpriseStreets = footprint('enterprise-streets', 'streets', '个街道', '所在街道');
export const enterprisePrograms = footprint('enterprise-programs', 'programs', '项工作(经由其项目所在街道)', '相关工作');

export function districtStreets(slots: Slot[], f: Features): Plan {
  const d = first(slots);
  return {
    intent: 'district-streets',
    query: null,
    cypher: C.DISTRICT_STREETS,
    params: { district: d.id },
    values: (rows) => column(rows, 'street'),
    say: (v) => counted(f, d.name, '个街道(镇)', v, `图中没有 ${d.name} 下属街道的记录`),
  };
}

export function entityFacts(slots: Slot[]): Plan {
  const x = first(slots);
  return {
    intent: 'entity-facts',
    query: null,
    cypher: C.ENTITY_FACTS,
    params: { id: x.id },
    values: (rows) => column(rows, 'other'),
    say: (v, rows) => (v.length ? `${x.name} 的 ${rows.length} 条事实: ${rows.map((r) => (r.direction === 'out' ? `${x.name} -${r.relation}-> ${r.other}` : `${r.other} -${r.relation}-> ${x.name}`)).join(';')}` : `图中没有 ${x.name} 的关系记录`),
  };
}
