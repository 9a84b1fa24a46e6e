/**
 * Plans of the questions about streets (and over all streets): their officials, projects,
 * programs, enterprises and district; what several have in common, each one's lists, the most
 * similar, rankings, counts and lists of every entity of a type.
 */
import { ENTITY_TYPES } from '../types.ts';
import * as C from './cypher.ts';
import type { Features } from './features.ts';
import type { Slot } from './intents.ts';
import { column, counted, first, join, named, TYPE_WORD, type Plan, type Row } from './plan.ts';

const LIST_LIMIT = 1000;

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

export function each(slots: Slot[], f: Features): Plan {
  const kind = f.asked as keyof typeof C.EACH;
  const names = slots.map((s) => s.entity.name);
  return {
    intent: 'streets-each',
    query: null,
    cypher: C.EACH[kind],
    params: { streets: slots.map((s) => s.entity.id) },
    values: (rows) => column(rows, 'name'),
    say: (v, rows) =>
      v.length ? names.map((n) => `${n}: ${join(column(rows.filter((r) => r.street === n), 'name')) || '无记录'}`).join(';') : `图中没有 ${join(names)} 的${TYPE_WORD[f.asked!]}记录`,
  };
}

/** The top of a ranking: every street tied for the first count, if that count is not zero. */
const top = (rows: Row[]) => {
  const best = Math.max(0, ...rows.map((r) => Number(r.count)));
  return best > 0 ? rows.filter((r) => Number(r.count) === best) : [];
};

export function rankStreets(_slots: Slot[], f: Features): Plan {
  const counted = (f.nouns.find((n) => n === 'Project' || n === 'Program' || n === 'Enterprise') ?? 'Project') as keyof typeof C.RANK_STREETS;
  return {
    intent: 'street-ranking',
    query: null,
    cypher: C.RANK_STREETS[counted],
    params: {},
    values: (rows) => column(top(rows), 'street'),
    say: (v, rows) => (v.length ? `${TYPE_WORD[counted]}最多的是 ${join(v)}(${top(rows)[0]!.count} 个);前 ${rows.length} 名: ${rows.map((r) => `${r.street} ${r.count}`).join('、')}` : `图中没有街道的${TYPE_WORD[counted]}记录`),
  };
}

export function rankPrograms(): Plan {
  const best = (rows: Row[]) => rows.filter((r) => r.streets === rows[0]?.streets);
  return {
    intent: 'program-ranking',
    ...named('shared-initiatives', { min: 1, limit: 10 }),
    values: (rows) => column(best(rows), 'program'),
    say: (v, rows) => (v.length ? `推进街道最多的是 ${join(v)}(${rows[0]!.streets} 个街道)` : '图中没有街道推进的工作'),
  };
}

/** Both projects and programs asked for (新塘街道有哪些项目和工作): the street's portfolio. */
export const bothKinds = (f: Features) => f.nouns.includes('Project') && f.nouns.includes('Program');

export function streetsWithAtLeast(_slots: Slot[], f: Features): Plan {
  const kind = (f.nouns.includes('Project') ? 'Project' : 'Program') as keyof typeof C.STREETS_WITH_AT_LEAST;
  const min = f.classes.has('moreThan') ? f.number! + 1 : f.number!;
  return {
    intent: 'streets-with-at-least',
    query: null,
    cypher: C.STREETS_WITH_AT_LEAST[kind],
    params: { min },
    values: (rows) => column(rows, 'street'),
    say: (v, rows) => (v.length ? `至少有 ${min} 个${TYPE_WORD[kind]}的街道: ${rows.map((r) => `${r.street}(${r.count})`).join('、')}` : `图中没有${TYPE_WORD[kind]}达到 ${min} 个的街道`),
  };
}

export function streetsImplementingAll(slots: Slot[]): Plan {
  const names = slots.map((s) => s.entity.name);
  return {
    intent: 'streets-implementing-all',
    query: null,
    cypher: C.STREETS_IMPLEMENTING_ALL,
    params: { programs: slots.map((s) => s.entity.id) },
    values: (rows) => column(rows, 'street'),
    say: (v) => (v.length ? `${join(v)} 同时推进 ${join(names)}` : `图中没有同时推进 ${join(names)} 的街道`),
  };
}
