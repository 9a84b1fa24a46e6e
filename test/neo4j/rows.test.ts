/** The writer's pure part: which documents support which facts, and when a document counts as changed. */
import { describe, expect, it } from 'vitest';
import { planWrite } from '../../src/write/plan.ts';
import { prepareGraph, toProperties } from '../../src/write/rows.ts';
import { doc, entity, graphOf, relation, twoArticles } from './graphs.ts';

describe('prepareGraph', () => {
  it('a relation without evidence is supported by the documents that mention both ends', () => {
    const a = doc('a', '城厢街道推进一网统管。');
    const b = doc('b', '城厢街道很好。');
    const street = entity('Street', '城厢街道', [a, b]);
    const program = entity('Program', '一网统管', [a]);
    const bare = { ...relation('IMPLEMENTS', street, program, [a]), evidence: [] };
    const prepared = prepareGraph(graphOf([a, b], [street, program], [bare]));
    expect(prepared.contributions.get('a')!.relationIds).toEqual([bare.id]);
    expect(prepared.contributions.get('b')!.relationIds).toEqual([]);
  });

  it('the ends of a relation are supported wherever it is, and an entity nobody mentions by every document', () => {
    const a = doc('a', '洪泉良说,城厢街道推进一网统管。');
    const b = doc('b', '别的文章。');
    const hong = entity('Official', '洪泉良', [a]);
    const program = entity('Program', '一网统管', []); // no mention anywhere
    const orphan = entity('Program', '腾笼换鸟', []);
    const link = relation('IMPLEMENTS', hong, program, [a]);
    const prepared = prepareGraph(graphOf([a, b], [hong, program, orphan], [link]));
    expect(prepared.contributions.get('a')!.entityIds).toEqual([hong.id, program.id, orphan.id].sort());
    expect(prepared.contributions.get('b')!.entityIds).toEqual([orphan.id]);
    const mention = prepared.contributions.get('a')!.mentions.find((m) => m.entity === program.id)!;
    expect(mention).toMatchObject({ starts: [], ends: [] });
  });

  it('refuses relations it cannot write, saying which and why', () => {
    const a = doc('a', '城厢街道推进一网统管。');
    const street = entity('Street', '城厢街道', [a]);
    const program = entity('Program', '一网统管', [a]);
    const badType = { ...relation('IMPLEMENTS', street, program, [a]), id: 'x', type: 'implements; DROP' };
    const badEnd = { ...relation('IMPLEMENTS', street, program, [a]), id: 'y', to: 'program:nowhere' };
    const { problems, relations } = prepareGraph(graphOf([a], [street, program], [badType, badEnd]));
    expect(relations.size).toBe(0);
    expect(problems).toEqual([expect.stringMatching(/relation x: type 'implements; DROP'/), expect.stringMatching(/relation y: end 'program:nowhere'/)]);
  });

  it('stores props Neo4j can hold as they are, the rest as JSON, and never overwrites its own keys', () => {
    expect(toProperties({ a: 1, b: 'x', c: [1, 2], d: [1, 'x'], e: { f: 1 }, g: null, name: 'n' }, new Set(['name']))).toEqual({
      a: 1,
      b: 'x',
      c: [1, 2],
      d: '[1,"x"]',
      e: '{"f":1}',
      prop_name: 'n',
    });
  });
});

describe('planWrite', () => {
  const { both } = twoArticles();
  const prepared = prepareGraph(both);
  const stored = (hashOf: (id: string) => string | null) =>
    new Map([...prepared.contributions].map(([id, c]) => [id, { id, hash: hashOf(id), relationIds: c.relationIds, relationTypes: c.document.relationTypes }]));

  it('skips documents whose hash is stored, rewrites the others', () => {
    const same = planWrite(prepared, stored((id) => prepared.contributions.get(id)!.document.hash));
    expect(same).toMatchObject({ added: [], changed: [], unchanged: ['a', 'b'], entities: [], relations: [], mentions: [] });
    const unfinished = planWrite(prepared, stored((id) => (id === 'a' ? null : prepared.contributions.get(id)!.document.hash)));
    expect(unfinished.changed).toEqual(['a']);
    expect(unfinished.relations.every((r) => r.sources.every((s) => s === 'a'))).toBe(true);
  });

  it('a document that no longer supports a relation withdraws from it', () => {
    const old = stored(() => 'old');
    old.get('a')!.relationIds = [...old.get('a')!.relationIds, 'runs:gone'];
    old.get('a')!.relationTypes = [...old.get('a')!.relationTypes, 'RUNS'];
    const plan = planWrite(prepared, old);
    expect(plan.withdrawals.get('RUNS')).toEqual([{ id: 'runs:gone', docs: ['a'] }]);
  });
});
