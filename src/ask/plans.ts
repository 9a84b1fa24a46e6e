/**
 * Plans of the questions about one program, official, person, project, enterprise or district,
 * and between two entities (connection, evidence, whether a fact is there). Street questions:
 * ./plans-street.ts.
 */
import * as C from './cypher.ts';
import type { Features } from './features.ts';
import type { Slot } from './intents.ts';
import { column, counted, first, inWords, join, named, type Plan } from './plan.ts';

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
      const sentence = rows.find((r) => typeof r.text === 'string' && r.text);
      // The first sentence of evidence itself, then where the rest are.
      const quote = sentence ? `: 「${sentence.text}」(${inWords(String(sentence.fact))},《${sentence.title}》)` : '';
      return `${what} 出自 ${docs.length} 篇文章(${join(titles.map((t) => `《${t}》`))})${quote}${facts.length > 1 ? `;共 ${facts.length} 条事实有原句,见 text 列` : ''}`;
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
      return `${a.name} 与 ${b.name} 相隔 ${rows[0]!.hops} 步: ${facts.map(inWords).join(';')}`;
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
    say: (v) => (v.length ? `是: ${v.map(inWords).join(';')}` : `图中没有 ${a.name} 与 ${b.name} 之间的直接关系`),
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
    say: (v, rows) => (v.length ? `${x.name} 的 ${rows.length} 条事实: ${rows.map((r) => inWords(r.direction === 'out' ? `${x.name} -${r.relation}-> ${r.other}` : `${r.other} -${r.relation}-> ${x.name}`)).join(';')}` : `图中没有 ${x.name} 的关系记录`),
  };
}

export function officialInStreet(slots: Slot[]): Plan {
  const [o, s] = [first(slots, 'Official'), first(slots, 'Street')];
  return {
    intent: 'official-title-in-street',
    query: null,
    cypher: C.OFFICIAL_IN_STREET,
    params: { official: o.id, street: s.id },
    values: (rows) => column(rows, 'title'),
    say: (v) => (v.length ? `${o.name} 在 ${s.name}: ${join(v)}` : `图中没有 ${o.name} 在 ${s.name} 任职的记录`),
  };
}

export function allProjectEnterprises(_slots: Slot[], f: Features): Plan {
  const key = f.asked === 'Enterprise' ? 'enterprise' : 'project';
  return {
    intent: 'projects-with-enterprises',
    ...named('project-enterprises', { project: '' }),
    values: (rows) => column(rows, key),
    say: (v, rows) => (v.length ? `图中 ${rows.length} 条项目与企业的关系: ${rows.map((r) => `${r.project}(${r.enterprise})`).join('、')}` : '图中没有项目与企业的关系'),
  };
}

export function officialStreetLists(slots: Slot[], f: Features): Plan {
  const o = first(slots);
  const kind = f.asked as keyof typeof C.OFFICIAL_STREET_LISTS;
  return {
    intent: 'official-street-lists',
    query: null,
    cypher: C.OFFICIAL_STREET_LISTS[kind],
    params: { official: o.id },
    values: (rows) => column(rows, 'name'),
    say: (v, rows) => counted(f, `${o.name} 任职的 ${join(column(rows, 'street'))} `, kind === 'Project' ? '个项目' : '项工作', v, `图中没有 ${o.name} 任职街道的${kind === 'Project' ? '项目' : '工作'}记录`),
  };
}

export function projectStreetHeads(slots: Slot[]): Plan {
  const p = first(slots);
  return {
    intent: 'project-street-heads',
    query: null,
    cypher: C.PROJECT_STREET_HEADS,
    params: { project: p.id },
    values: (rows) => column(rows, 'official'),
    say: (v, rows) => (v.length ? `${p.name} 所在街道的负责人: ${rows.map((r) => `${r.official}(${r.street})`).join('、')}` : `图中没有 ${p.name} 所在街道负责人的记录`),
  };
}

export function streetProjectEnterprises(slots: Slot[], f: Features): Plan {
  const [s, p] = [first(slots, 'Street'), first(slots, 'Project')];
  return {
    intent: 'project-enterprises',
    query: null,
    cypher: C.STREET_PROJECT_ENTERPRISES,
    params: { street: s.id, project: p.id },
    values: (rows) => column(rows, 'enterprise'),
    say: (v) => counted(f, `${s.name}的 ${p.name} 背后`, '家企业', v, `图中没有 ${s.name} 的 ${p.name} 背后企业的记录`),
  };
}
