/**
 * The viewer's pure parts of asking: which typed text reads as a question (no real name does),
 * and how an answer's rows of names become the graph's facts (what the 问 tab draws, lights up
 * and fetches evidence for).
 */
import { existsSync } from 'node:fs';
import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import { factsOfAnswer, factsOfRow, idsByName, stringsOf } from '../../viewer/src/ask/answer-facts.ts';
import { looksLikeQuestion } from '../../viewer/src/ask/question-words.ts';
import type { ViewerGraph } from '../../viewer/src/graph/build.ts';
import { DEV2_DIR, DEV_DIR } from '../eval/evaluate.ts';

describe('looksLikeQuestion', () => {
  it('reads questions, with or without a mark, and not names', () => {
    for (const q of ['哪些街道都在推进一网统管?', '新塘有哪些项目', '邵意丽在哪个街道任职', '新塘街道的一把手是谁', '一共有多少个项目', '列出所有街道', '新塘有没有推进一网统管', '三星羽绒和洪泉良有什么联系？']) {
      expect(looksLikeQuestion(q), q).toBe(true);
    }
    for (const name of ['新塘', '新塘街道', 'xintang', 'xtjd', '一网统管', '浙江三星羽绒股份有限公司', '谁']) expect(looksLikeQuestion(name), name).toBe(false);
  });

  for (const [label, input] of [['the sample corpus', 'graph/corpus'], ['dev', DEV_DIR], ['dev2', DEV2_DIR]] as const) {
    it.skipIf(!existsSync(input))(`takes no entity name of ${label} for a question`, async () => {
      const { graph } = await buildGraph([input]);
      expect(graph.entities.flatMap((e) => [e.name, ...e.aliases]).filter(looksLikeQuestion)).toEqual([]);
    });
  }
});

function graphOf(nodes: Array<[string, string, string]>, edges: Array<[string, string, string, string]>): ViewerGraph {
  const g: ViewerGraph = new DirectedGraph();
  for (const [id, kind, label] of nodes) g.addNode(id, { label, kind, x: 0, y: 0, size: 1, color: '#000' });
  for (const [id, type, from, to] of edges) g.addDirectedEdgeWithKey(id, from, to, { relType: type, size: 1, color: '#000' });
  return g;
}

const graph = graphOf(
  [
    ['street:城厢', 'Street', '城厢街道'],
    ['street:北干', 'Street', '北干街道'],
    ['program:一网统管', 'Program', '一网统管'],
    ['program:未来社区', 'Program', '未来社区'],
    ['project:湘湖', 'Project', '湘湖未来社区'],
    ['enterprise:银泰', 'Enterprise', '银泰百货'],
  ],
  [
    ['i1', 'IMPLEMENTS', 'street:城厢', 'program:一网统管'],
    ['i2', 'IMPLEMENTS', 'street:北干', 'program:一网统管'],
    ['i3', 'IMPLEMENTS', 'street:北干', 'program:未来社区'],
    ['r1', 'RUNS', 'street:城厢', 'project:湘湖'],
    ['v1', 'INVOLVES', 'project:湘湖', 'enterprise:银泰'],
    ['n1', 'LOCATED_IN', 'street:北干', 'street:城厢'],
  ],
);
const byName = idsByName(graph);

describe('factsOfRow', () => {
  it('finds the relation between the row\'s entity and the question\'s', () => {
    expect(factsOfRow(graph, byName, ['program:一网统管'], { street: '北干街道', program: '一网统管' })).toEqual({ nodes: ['street:北干', 'program:一网统管'], relations: ['i2'] });
  });

  it('follows names in lists, and relations among the row\'s own names', () => {
    const facts = factsOfRow(graph, byName, ['street:城厢'], { project: '湘湖未来社区', investment: null, enterprises: ['银泰百货'] });
    expect(facts.relations.sort()).toEqual(['r1', 'v1']);
    expect(facts.nodes.sort()).toEqual(['enterprise:银泰', 'project:湘湖', 'street:城厢']);
  });

  it('does not give every row the relation between the question\'s own entities', () => {
    const { perRow, relations } = factsOfAnswer(graph, byName, ['street:城厢', 'street:北干'], [{ kind: 'Program', name: '一网统管' }]);
    expect(perRow[0]!.relations.sort()).toEqual(['i1', 'i2']);
    expect(relations.has('n1')).toBe(false);
  });

  it('finds nothing for names the graph does not hold, or values that are not names', () => {
    expect(factsOfRow(graph, byName, ['street:城厢'], { name: '瓜沥镇', count: 3, title: '书记' })).toEqual({ nodes: [], relations: [] });
    expect(stringsOf({ a: ['x', ['y']], b: { c: 'z' }, d: 1 })).toEqual(['x', 'y', 'z']);
  });
});
