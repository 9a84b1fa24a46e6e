import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, KnowledgeGraph, Relation } from '../../src/types.ts';
import { docStem, loadGoldDir, parseGold, type GoldDoc } from './gold.ts';
import { combine, macro, normalizeName, prf, projectToDoc, scoreDocument, scoreGraph } from './score.ts';
import { goldToGraph } from './oracle.ts';
import { loadAllGolds, mapDocuments, WRITTEN_SETS, writtenGoldDir, writtenGroup } from './evaluate.ts';

const DOC = 'd1';
let n = 0;
function ent(type: string, name: string, aliases: string[] = [], props: Record<string, unknown> = {}, doc = DOC): Entity {
  return { id: `e${++n}`, type, name, aliases, props, mentions: [{ doc, start: 0, end: 1 }] };
}
function rel(type: string, from: Entity, to: Entity, props: Record<string, unknown> = {}, doc: string | null = DOC): Relation {
  return {
    id: `r${++n}`,
    type,
    from: from.id,
    to: to.id,
    props,
    evidence: doc === null ? [] : [{ doc, start: 0, end: 1, text: 'x' }],
  };
}
function gold(g: Omit<GoldDoc, 'doc'>): GoldDoc {
  return parseGold(JSON.stringify({ doc: 'd1.txt', ...g }));
}

const G = gold({
  checks: { heads: 2, sharedPrograms: { 一网统管: 2 } },
  entities: [
    { type: 'Official', name: '邵意丽', title: '新塘街道党工委副书记、办事处主任' },
    { type: 'Official', name: '柳玉华' },
    { type: 'Street', name: '新塘街道', aliases: ['新塘'] },
    { type: 'Street', name: '闻堰街道', aliases: ['闻堰'] },
    { type: 'Program', name: '一网统管', aliases: ['一网统管·心无忧'] },
    { type: 'Program', name: '大综合一体化行政执法改革', aliases: ['大综合一体化'] },
    { type: 'Program', name: '七堰', optional: true },
    { type: 'Project', name: '六纵十横', optional: true, altTypes: ['Program'] },
    { type: 'Project', name: '长山文体公园', investment: 1000 },
    { type: 'Project', name: '堰码头数字治理平台', aliases: ['堰码头'], altTypes: ['Program'] },
    { type: 'Enterprise', name: '三星羽绒' },
    { type: 'Project', name: '三星羽绒数字工厂' },
    { type: 'Person', name: '王丽芳' },
  ],
  relations: [
    { type: 'HEADS', from: '邵意丽', to: '新塘街道' },
    { type: 'HEADS', from: '柳玉华', to: '闻堰街道' },
    { type: 'IMPLEMENTS', from: '新塘街道', to: '一网统管' },
    { type: 'IMPLEMENTS', from: '闻堰街道', to: '一网统管' },
    { type: 'IMPLEMENTS', from: '闻堰街道', to: '七堰', optional: true },
    { type: 'RUNS', from: '闻堰街道', to: '堰码头数字治理平台' },
    { type: 'INVOLVES', from: '三星羽绒数字工厂', to: '三星羽绒' },
  ],
});

describe('normalizeName', () => {
  it('unifies widths, drops quotes, dots and spaces', () => {
    expect(normalizeName('“大综合一体化”行政执法改革')).toBe('大综合一体化行政执法改革');
    expect(normalizeName('杭州高新区（滨江）萧山特别合作园')).toBe('杭州高新区(滨江)萧山特别合作园');
    expect(normalizeName('三江汇・创谷')).toBe(normalizeName('三江汇·创谷'));
    expect(normalizeName('三江汇·创谷')).toBe('三江汇创谷');
    expect(normalizeName(' 新街智造２.０ ')).toBe('新街智造2.0');
    expect(normalizeName('ＰＴＵ')).toBe('ptu');
  });
  it('drops a trailing 项目 for projects only', () => {
    expect(normalizeName('长山文体公园项目', 'Project')).toBe('长山文体公园');
    expect(normalizeName('长山文体公园项目', 'Program')).toBe('长山文体公园项目');
  });
});

describe('prf and macro', () => {
  it('computes precision, recall and F1', () => {
    const p = prf({ tp: 3, fp: 1, fn: 2 });
    expect(p.precision).toBeCloseTo(0.75);
    expect(p.recall).toBeCloseTo(0.6);
    expect(p.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('an empty prediction against gold has precision 0; nothing at all is vacuously 1', () => {
    expect(prf({ tp: 0, fp: 0, fn: 2 }).precision).toBe(0);
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: 1 });
  });
  it('macro-averages only types that occur', () => {
    const m = macro({ A: prf({ tp: 1, fp: 0, fn: 0 }), B: prf({ tp: 1, fp: 1, fn: 1 }), C: prf({ tp: 0, fp: 0, fn: 0 }) }, ['A', 'B', 'C']);
    expect(m.types).toEqual(['A', 'B']);
    expect(m.precision).toBeCloseTo(0.75);
  });
});

describe('scoreDocument', () => {
  it('a perfect prediction scores 1 everywhere and passes the checks', () => {
    const shao = ent('Official', '邵意丽', [], { title: '新塘街道党工委副书记、办事处主任' });
    const liu = ent('Official', '柳玉华');
    const xt = ent('Street', '新塘街道', ['新塘']);
    const wy = ent('Street', '闻堰街道');
    const ywtg = ent('Program', '一网统管', ['一网统管·心无忧']);
    const dzh = ent('Program', '“大综合一体化”行政执法改革');
    const cs = ent('Project', '长山文体公园项目', [], { investment: 1000 });
    const ymt = ent('Project', '堰码头');
    const sx = ent('Enterprise', '三星羽绒');
    const sxf = ent('Project', '三星羽绒数字工厂');
    const wlf = ent('Person', '王丽芳');
    const s = scoreDocument({
      gold: G,
      entities: [shao, liu, xt, wy, ywtg, dzh, cs, ymt, sx, sxf, wlf],
      relations: [
        rel('HEADS', shao, xt),
        rel('HEADS', liu, wy),
        rel('IMPLEMENTS', xt, ywtg),
        rel('IMPLEMENTS', wy, ywtg),
        rel('RUNS', wy, ymt),
        rel('INVOLVES', sxf, sx),
      ],
    });
    for (const t of ['Official', 'Street', 'Program', 'Project', 'Enterprise', 'Person'])
      expect(s.entities[t], t).toMatchObject({ fp: 0, fn: 0, precision: 1, recall: 1 });
    for (const t of ['HEADS', 'IMPLEMENTS', 'RUNS', 'INVOLVES']) expect(s.relations[t], t).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    expect(s.macro.entities.f1).toBe(1);
    expect(s.macro.entities.types).not.toContain('Person');
    expect(s.checks.heads).toEqual([{ doc: 'd1.txt', expected: 2, found: 2, missing: [], ok: true }]);
    expect(s.checks.sharedPrograms[0]).toMatchObject({ program: '一网统管', streets: ['新塘街道', '闻堰街道'], nodes: 1, ok: true });
    expect(s.info).toEqual([]);
  });

  it('an empty prediction has recall 0 and lists every required item as a false negative', () => {
    const s = scoreDocument({ gold: G, entities: [], relations: [] });
    expect(s.entities.Official).toMatchObject({ tp: 0, fn: 2, recall: 0, precision: 0 });
    expect(s.falseNegatives.entities.map((e) => e.name)).not.toContain('七堰');
    expect(s.falseNegatives.relations).toHaveLength(6);
    expect(s.checks.heads[0].ok).toBe(false);
    expect(s.checks.sharedPrograms[0]).toMatchObject({ ok: false, nodes: 0, streets: [] });
  });

  it('counts wrong names, wrong types and duplicates as false positives', () => {
    const xt = ent('Street', '新塘街道');
    const xt2 = ent('Street', '新塘'); // same street twice
    const reporter = ent('Official', '王丽芳'); // a staff credit taken for an official
    const slogan = ent('Program', '王牌'); // rhetorical quote
    const s = scoreDocument({ gold: G, entities: [xt, xt2, reporter, slogan], relations: [] });
    expect(s.entities.Street).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.falsePositives.entities).toContainEqual({ doc: 'd1.txt', type: 'Street', name: '新塘', reason: 'duplicate of 新塘街道' });
    expect(s.falsePositives.entities).toContainEqual({ doc: 'd1.txt', type: 'Official', name: '王丽芳', reason: 'gold type is Person' });
    expect(s.falsePositives.entities).toContainEqual({ doc: 'd1.txt', type: 'Program', name: '王牌', reason: 'not in gold' });
    expect(s.entities.Official).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('prefers the exact name when two predictions match one gold entity', () => {
    const short = ent('Street', '新塘', ['新塘街道']);
    const full = ent('Street', '新塘街道');
    const s = scoreDocument({ gold: G, entities: [short, full], relations: [] });
    expect(s.falsePositives.entities.map((e) => e.name)).toEqual(['新塘']);
  });

  it('optional items and alternative types are neutral', () => {
    const wy = ent('Street', '闻堰街道');
    const qy = ent('Program', '七堰');
    const ymt = ent('Program', '堰码头'); // gold says Project, Program allowed
    const s = scoreDocument({ gold: G, entities: [wy, qy, ymt], relations: [rel('IMPLEMENTS', wy, qy), rel('IMPLEMENTS', wy, ymt)] });
    expect(s.entities.Program).toMatchObject({ tp: 0, fp: 0 });
    expect(s.entities.Project).toMatchObject({ tp: 0, fn: 3 }); // still required as a Project
    expect(s.relations.IMPLEMENTS).toMatchObject({ tp: 0, fp: 0, fn: 2 });
    expect(s.neutral.entities.map((e) => e.name).sort()).toEqual(['七堰', '堰码头']);
    expect(s.neutral.relations).toHaveLength(2);
  });

  it('a relation to an entity predicted under an alternative type is neutral, even when the entity is optional', () => {
    const wy = ent('Street', '闻堰街道');
    const lz = ent('Program', '“六纵十横”');
    const s = scoreDocument({ gold: G, entities: [wy, lz], relations: [rel('IMPLEMENTS', wy, lz)] });
    expect(s.relations.IMPLEMENTS.fp).toBe(0);
    expect(s.neutral.relations).toHaveLength(1);
  });

  it('a relation to an optional entity of the same type is wrong unless gold lists it', () => {
    const xt = ent('Street', '新塘街道');
    const qy = ent('Program', '七堰');
    const s = scoreDocument({ gold: G, entities: [xt, qy], relations: [rel('IMPLEMENTS', xt, qy)] });
    expect(s.relations.IMPLEMENTS.fp).toBe(1);
  });

  it('matches relations by type and matched endpoints, in the right direction', () => {
    const shao = ent('Official', '邵意丽');
    const xt = ent('Street', '新塘');
    const wy = ent('Street', '闻堰街道');
    const ywtg = ent('Program', '一网统管·心无忧');
    const extra = ent('Program', '王牌');
    const s = scoreDocument({
      gold: G,
      entities: [shao, xt, wy, ywtg, extra],
      relations: [
        rel('HEADS', shao, xt),
        rel('HEADS', shao, xt), // repeated: ignored
        rel('HEADS', xt, shao), // reversed: wrong
        rel('HEADS', shao, wy), // wrong street
        rel('IMPLEMENTS', xt, ywtg),
        rel('IMPLEMENTS', wy, extra), // endpoint not in gold
      ],
    });
    expect(s.relations.HEADS).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.relations.IMPLEMENTS).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.falsePositives.relations).toContainEqual({ doc: 'd1.txt', type: 'IMPLEMENTS', from: '闻堰街道', to: '王牌', reason: 'endpoint not in gold: 王牌' });
    expect(s.falseNegatives.relations).toContainEqual({ doc: 'd1.txt', type: 'HEADS', from: '柳玉华', to: '闻堰街道' });
  });

  it('a program split into two nodes fails the shared-program check even if both streets are linked', () => {
    const xt = ent('Street', '新塘街道');
    const wy = ent('Street', '闻堰街道');
    const a = ent('Program', '一网统管');
    const b = ent('Program', '一网统管·心无忧');
    const s = scoreDocument({ gold: G, entities: [xt, wy, a, b], relations: [rel('IMPLEMENTS', xt, a), rel('IMPLEMENTS', wy, b)] });
    expect(s.checks.sharedPrograms[0]).toMatchObject({ nodes: 2, streets: ['新塘街道'], ok: false });
    expect(s.relations.IMPLEMENTS).toMatchObject({ tp: 2, fp: 0 }); // relations are right; the split costs an entity FP
    expect(s.entities.Program).toMatchObject({ tp: 1, fp: 1 });
  });

  it('reports title and investment mismatches without scoring them', () => {
    const shao = ent('Official', '邵意丽', [], { title: '镇长' });
    const cs = ent('Project', '长山文体公园', [], { investment: 2000 });
    const s = scoreDocument({ gold: G, entities: [shao, cs], relations: [] });
    expect(s.info.map((i) => i.field).sort()).toEqual(['investment', 'title']);
    expect(s.entities.Official.tp).toBe(1);
  });

  it('a title on the HEADS relation is enough', () => {
    const shao = ent('Official', '邵意丽');
    const xt = ent('Street', '新塘街道');
    const s = scoreDocument({ gold: G, entities: [shao, xt], relations: [rel('HEADS', shao, xt, { title: '党工委副书记、办事处主任' })] });
    expect(s.info).toEqual([]);
  });
});

describe('projection and combination', () => {
  it('projects a multi-document graph on one document by mentions and evidence', () => {
    const a = ent('Street', '新塘街道', [], {}, 'A');
    const b = ent('Street', '闻堰街道', [], {}, 'B');
    const p = ent('Program', '一网统管', [], {}, 'A');
    p.mentions.push({ doc: 'B', start: 3, end: 4 });
    const graph: KnowledgeGraph = {
      documents: [],
      entities: [a, b, p],
      relations: [rel('IMPLEMENTS', a, p, {}, 'A'), rel('IMPLEMENTS', b, p, {}, 'B'), rel('IMPLEMENTS', b, p, {}, null)],
    };
    const onB = projectToDoc(graph, 'B');
    expect(onB.entities.map((e) => e.name)).toEqual(['闻堰街道', '一网统管']);
    expect(onB.relations).toHaveLength(2);
    const s = scoreGraph(G, graph, 'A');
    expect(s.entities.Street).toMatchObject({ tp: 1, fn: 1 });
  });

  it('combines documents by summing counts, then macro-averages over types', () => {
    const s1 = scoreDocument({ gold: G, entities: [ent('Street', '新塘街道')], relations: [] });
    const s2 = scoreDocument({ gold: G, entities: [ent('Street', '新塘街道'), ent('Street', '闻堰')], relations: [] });
    const c = combine([s1, s2]);
    expect(c.entities.Street).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(c.docs).toHaveLength(2);
    expect(c.falseNegatives.entities.filter((e) => e.type === 'Street')).toHaveLength(1);
  });
});

describe('gold files', () => {
  it('rejects a relation to an unknown entity, a required relation to an optional entity, and wrong endpoint types', () => {
    const bad = (relations: unknown[]) => () =>
      parseGold(
        JSON.stringify({
          doc: 'x.txt',
          entities: [
            { type: 'Street', name: 'S' },
            { type: 'Program', name: 'P', optional: true },
          ],
          relations,
        }),
        'x.json',
      );
    expect(bad([{ type: 'IMPLEMENTS', from: 'S', to: 'Q' }])).toThrow(/x\.json.*\n.*unknown entity "Q"/);
    expect(bad([{ type: 'IMPLEMENTS', from: 'S', to: 'P' }])).toThrow(/required endpoints/);
    expect(bad([{ type: 'RUNS', from: 'S', to: 'P', optional: true }])).toThrow(/RUNS cannot end at a Program/);
    expect(bad([{ type: 'IMPLEMENTS', from: 'S', to: 'P', optional: true }])).not.toThrow();
  });

  it('every gold file under test/gold is valid and named after its document', () => {
    const dir = join(import.meta.dirname, '..', 'gold');
    const golds = loadGoldDir(dir);
    expect(golds.size).toBe(readdirSync(dir).filter((f) => f.endsWith('.json')).length);
    expect(golds.has('xiaoshan-daily-zhenjie-interview')).toBe(true);
  });

  // Each written set: its fourteen pages, each with a valid gold file of the same name, and no other.
  it.each(WRITTEN_SETS)('every page of test/fixtures/%s has a valid gold file in its gold folder, and no other', (set) => {
    const golds = loadGoldDir(writtenGoldDir(set));
    const pages = writtenGroup(set).paths.map(docStem);
    expect(pages.length).toBe(14);
    expect([...golds.keys()].sort()).toEqual(pages);
  });
});

describe('the gold itself as a prediction (oracle)', () => {
  const golds = loadAllGolds();
  for (const [stem, g] of golds) {
    it(`${stem}: scores 1.0 and passes its own checks`, () => {
      const s = scoreGraph(g, goldToGraph(g, 'doc-id'), 'doc-id');
      for (const [t, x] of [...Object.entries(s.entities), ...Object.entries(s.relations)]) expect(x.f1, t).toBe(1);
      expect(s.falsePositives.entities).toEqual([]);
      expect(s.falsePositives.relations).toEqual([]);
      expect(s.info).toEqual([]);
      expect(s.checks.heads.every((h) => h.ok)).toBe(true);
      expect(s.checks.sharedPrograms.filter((c) => !c.ok)).toEqual([]);
    });
  }
});

describe('mapDocuments', () => {
  const paths = ['/x/dev/01-a.txt', '/x/dev/02-b.txt'];
  it('maps by path basename, then by id', () => {
    const docs = [
      { id: 'h1', title: 't', chars: 1, path: 'test/fixtures/dev/02-b.txt' },
      { id: '01-a', title: 't', chars: 1 },
      { id: 'zz', title: 'nothing', chars: 1 },
    ];
    const { byStem, unmapped } = mapDocuments(docs, paths);
    expect(byStem.get('02-b')?.id).toBe('h1');
    expect(byStem.get('01-a')?.id).toBe('01-a');
    expect(unmapped).toEqual(['zz']);
  });
  it('falls back to the title (header title: or first non-empty line)', () => {
    const sample = join(import.meta.dirname, '..', '..', 'graph', 'corpus', 'xiaoshan-zhenjie-column.txt');
    const { byStem } = mapDocuments([{ id: 'abc', title: '共治聚合力 宜居添底色 创新促共富', chars: 1 }], [sample]);
    expect(byStem.get('xiaoshan-zhenjie-column')?.id).toBe('abc');
  });
});
