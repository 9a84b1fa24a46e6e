/**
 * The phrasings, crossed: every question word (哪些/哪几个/什么), verb (推进/实施/开展/在做/
 * 在搞/落实…), head word (负责/主任/书记/一把手), company word (企业/公司), program word (政策/举措/
 * 工作/机制/改革) and yes/no form (是否/有没有/吗), in several sentence shapes, read as the same
 * kind of question, on the sample corpus's graph.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lexiconOfGraph, loadGrammar, understand, type Lexicon } from '../../src/ask/index.ts';
import { buildGraph } from '../../src/pipeline.ts';

const VERBS = ['推进', '实施', '开展', '在做', '在搞', '落实', '推行', '执行'];
const WHICH = ['哪些', '哪几个', '什么'];
const PROGRAM_WORDS = ['政策', '举措', '工作', '机制', '改革'];
const HEAD_WORDS = ['负责人', '主任', '书记', '一把手', '领导'];

function phrasings(): Array<[string, string]> {
  const cases: Array<[string, string]> = [];
  for (const v of VERBS) {
    for (const w of WHICH) {
      cases.push([`${w}街道在${v}一网统管`, 'streets-implementing-program'], [`${w}街道都${v}了一网统管?`, 'streets-implementing-program']);
      cases.push([`一网统管是${w}街道在${v}`, 'streets-implementing-program'], [`${v}一网统管的街道有${w}`, 'streets-implementing-program']);
      for (const p of PROGRAM_WORDS) {
        cases.push([`新塘${v}了${w}${p}`, 'street-programs'], [`新塘街道在${v}${w}${p}？`, 'street-programs'], [`${w}${p}至少有3个街道在${v}`, 'programs-shared-by-streets']);
      }
      cases.push([`新塘街道在${v}${w}项目`, 'street-projects']);
    }
    cases.push([`新塘${v}一网统管吗`, 'relation-check']);
    for (const y of ['是否', '有没有']) cases.push([`新塘${y}${v}一网统管`, 'relation-check'], [`新塘街道${y}在${v}一网统管？`, 'relation-check']);
  }
  for (const h of HEAD_WORDS) cases.push([`新塘街道的${h}是谁`, 'street-heads'], [`谁是新塘的${h}`, 'street-heads'], [`新塘街道${h}是哪位`, 'street-heads']);
  for (const v of ['负责', '主政', '掌舵']) cases.push([`谁${v}新塘街道`, 'street-heads'], [`新塘街道由谁${v}`, 'street-heads'], [`邵意丽${v}哪个街道`, 'official-streets']);
  for (const e of ['企业', '公司']) {
    for (const w of ['哪些', '哪几家', '什么']) {
      cases.push([`新塘街道有${w}${e}`, 'street-enterprises'], [`三星羽绒数字工厂是${w}${e}的`, 'project-enterprises']);
      cases.push([`${w}${e}参与了杭州南站商务圈`, 'project-enterprises'], [`银泰百货这家${e}有哪些项目`, 'enterprise-projects']);
    }
  }
  return cases;
}

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = lexiconOfGraph((await buildGraph(['graph/corpus'])).graph.entities);
});

describe('ask: the phrasings of the issue', () => {
  it('read as the kind of question they are', () => {
    const grammar = loadGrammar();
    const cases = phrasings();
    expect(cases.length).toBeGreaterThan(500);
    const wrong = cases.flatMap(([q, intent]) => {
      const u = understand(q, lexicon, grammar);
      const got = u.kind === 'plan' ? u.plan.intent : u.kind;
      return got === intent ? [] : [`${q} → ${got} (not ${intent})`];
    });
    expect(wrong).toEqual([]);
  });
});
