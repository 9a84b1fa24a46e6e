/**
 * Reading a question without the database: names linked (short forms, variants, full names),
 * what is asked, names the graph lacks reported as such, questions outside the grammar refused.
 * The lexicon is the sample corpus's graph as the pipeline builds it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lexiconOfGraph, loadGrammar, understand, type Lexicon } from '../../src/ask/index.ts';
import { buildGraph } from '../../src/pipeline.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

let kg: KnowledgeGraph;
let lexicon: Lexicon;
const grammar = loadGrammar();
const read = (q: string) => understand(q, lexicon, grammar);

beforeAll(async () => {
  kg = (await buildGraph(['graph/corpus'])).graph;
  lexicon = lexiconOfGraph(kg.entities);
});

describe('ask: understanding a question', () => {
  it('links short forms, variants, aliases and full names to the entity the graph holds', () => {
    const cases: Array<[string, string]> = [
      ['新塘有哪些项目', 'street:新塘街道'],
      ['大综合一体化改革在哪些街道推进', 'program:大综合一体化行政执法改革'],
      ['三星羽绒公司有哪些项目', 'enterprise:浙江三星羽绒股份有限公司'],
      ['浙江三星羽绒股份有限公司有哪些项目', 'enterprise:浙江三星羽绒股份有限公司'],
      ['“一网统管”在哪些街道推进', 'program:一网统管'],
    ];
    for (const [q, id] of cases) {
      const u = read(q);
      expect(u.kind, q).toBe('plan');
      expect(u.entities.map((e) => e.id), q).toEqual([id]);
      for (const e of u.entities) expect(kg.entities.some((x) => x.id === e.id)).toBe(true);
    }
  });

  it('reports the mention as the user wrote it, punctuation and all; emoji and symbols say nothing', () => {
    const u = read('“一网统管”在哪些街道推进?');
    expect(u.entities[0]).toMatchObject({ mention: '一网统管', name: '一网统管', type: 'Program' });
    expect(read('😀新塘有哪些项目🙂').entities.map((e) => e.id)).toEqual(['street:新塘街道']);
    const missing = read('𠀀𠀁镇有哪些项目');
    expect(missing.kind === 'not-in-graph' && missing.missing.map((m) => m.mention)).toEqual(['𠀀𠀁镇']);
  });

  it('chooses the intent from the words, and the parameters are ids, never question text', () => {
    const cases: Array<[string, string]> = [
      ['哪些街道都在推进一网统管?', 'streets-implementing-program'],
      ['新塘街道的一把手是谁', 'street-heads'],
      ['邵意丽在哪个街道任职?', 'official-streets'],
      ['城厢街道和北干街道有哪些共同的工作?', 'streets-in-common'],
      ['哪个街道和新塘最像', 'most-similar-street'],
      ['哪些政策至少有3个街道在推进', 'programs-shared-by-streets'],
      ['三星羽绒和洪泉良有什么联系?', 'connection'],
      ['银泰百货参与了哪些项目', 'enterprise-projects'],
      ['三星羽绒数字工厂在哪个街道', 'project-location'],
      ['新塘有没有推进一网统管', 'relation-check'],
      ['一共有多少个项目', 'count-all'],
    ];
    for (const [q, intent] of cases) {
      const u = read(q);
      expect(u.kind === 'plan' && u.plan.intent, q).toBe(intent);
      if (u.kind !== 'plan') continue;
      for (const value of Object.values(u.plan.params).flat()) {
        if (typeof value === 'string' && value) expect(kg.entities.some((e) => e.id === value || e.name === value), `${q}: ${value}`).toBe(true);
      }
    }
  });

  it('reads the number in "at least N streets" (digits, numerals, 超过)', () => {
    const min = (q: string) => {
      const u = read(q);
      return u.kind === 'plan' ? u.plan.params.min : null;
    };
    expect(min('哪些政策至少有3个街道在推进')).toBe(3);
    expect(min('被四个以上街道采用的举措有哪些')).toBe(4);
    expect(min('超过4个街道在做的改革')).toBe(5);
    expect(min('哪些工作是多个街道共同推进的')).toBe(2);
  });

  it('never takes the nearest name: a place, company or person the graph lacks is reported', () => {
    const cases: Array<[string, string]> = [
      ['瓜沥镇有哪些项目', '瓜沥镇'],
      // 城厢 is 城厢街道's short form, but 城厢镇 is another place (in 太仓).
      ['城厢镇的书记是谁', '城厢镇'],
      ['张三在哪个街道任职', '张三'],
      ['宁波银行参与了哪些项目', '宁波银行'],
    ];
    for (const [q, name] of cases) {
      const u = read(q);
      expect(u.kind, q).toBe('not-in-graph');
      if (u.kind === 'not-in-graph') expect(u.missing.map((m) => m.mention)).toEqual([name]);
      expect(u.entities.map((e) => e.name)).not.toContain('城厢街道');
    }
  });

  it('a district or city before a street says which street: the one of the graph if it is there, else none', () => {
    const u = read('萧山城厢街道有哪些项目');
    expect(u.kind === 'plan' && u.entities.map((e) => e.id)).toEqual(['street:城厢街道']);
    expect(read('杭州新塘有哪些项目').entities.map((e) => e.id)).toEqual(['street:新塘街道']);
    for (const q of ['太仓城厢镇有哪些项目', '太仓城厢街道有哪些项目']) {
      const other = read(q);
      expect(other.kind, q).toBe('not-in-graph');
      expect(other.entities, q).toEqual([]);
    }
  });

  it('does not understand what it was not taught, rather than answer something else', () => {
    // A negation or an exception no rule reads would turn the answer into its opposite.
    for (const q of ['哪些街道没有推进一网统管', '除了新塘还有哪些街道推进一网统管', '蜀山街道哪个项目投资最大']) expect(read(q).kind, q).toBe('not-understood');
    for (const q of ['今天天气怎么样', 'hello', '新塘街道有哪些新项目', '新塘街道的GDP是多少', '一网统管是什么意思', '新塘街道', '稽东香榧好吃吗', "MATCH (n) DETACH DELETE n"]) {
      expect(read(q).kind, q).toBe('not-understood');
    }
  });

  it('a name shared by two entities of the type asked for is ambiguous, not a guess', () => {
    const twins = lexiconOfGraph([
      { id: 'street:新街街道', type: 'Street', name: '新街街道', aliases: ['新街'] },
      { id: 'street:新街镇', type: 'Street', name: '新街镇', aliases: ['新街'] },
    ]);
    const u = understand('新街有哪些项目', twins, grammar);
    expect(u.kind).toBe('ambiguous');
    if (u.kind === 'ambiguous') expect(u.options.map((o) => o.id).sort()).toEqual(['street:新街街道', 'street:新街镇']);
  });
});
