/**
 * The article layout on graphs of our own (issue 12): deterministic, a column per street with
 * its own nodes in reading order, shared nodes between the streets that share them, unlinked
 * nodes aside, and no layout (null) for a graph without streets.
 */
import { describe, expect, it } from 'vitest';
import { articleLayout, type LayoutEntity, type LayoutRelation } from '../../src/layout/index.ts';

const e = (type: string, name: string, at?: number): LayoutEntity => ({ id: `${type.toLowerCase()}:${name}`, type, name, firstSeen: at === undefined ? undefined : ['d', at] });
const r = (type: string, from: LayoutEntity, to: LayoutEntity, at: number): LayoutRelation => ({ type, from: from.id, to: to.id, at: ['d', at] });

describe('articleLayout', () => {
  const [a, b] = [e('Street', '甲街道', 10), e('Street', '乙街道', 5)];
  const [oa, ob] = [e('Official', '张三'), e('Official', '李四')];
  const [p1, p2] = [e('Project', '一号项目'), e('Project', '二号项目')];
  const firm = e('Enterprise', '某某集团');
  const shared = e('Program', '共同计划');
  const lonely = e('Person', '王五');
  const entities = [a, b, oa, ob, p1, p2, firm, shared, lonely];
  const relations = [
    r('HEADS', oa, a, 100), // 甲 is taken up first in the article (its head is named first)…
    r('HEADS', ob, b, 200),
    r('RUNS', a, p2, 120),
    r('RUNS', a, p1, 110),
    r('INVOLVES', p1, firm, 111),
    r('IMPLEMENTS', a, shared, 130),
    r('IMPLEMENTS', b, shared, 230),
  ];
  const at = articleLayout(entities, relations)!;

  it('is the same every time, whatever the input order', () => {
    expect(articleLayout([...entities].reverse(), [...relations].reverse())).toEqual(at);
  });

  it('puts the streets in the order the article takes them up, each with its own nodes to its right, in reading order', () => {
    expect(at[a.id]![0]).toBeLessThan(at[b.id]![0]); // …though 乙 is mentioned earlier
    const column = [oa, p1, firm, p2].map((n) => at[n.id]!);
    for (const [x] of column) expect(x).toBeGreaterThan(at[a.id]![0]);
    // Top to bottom (y grows upwards): official, then projects in the order stated, the firm under its project.
    const ys = column.map(([, y]) => y);
    expect([...ys].sort((m, n) => n - m)).toEqual(ys);
    expect(at[firm.id]![0]).toBeGreaterThan(at[p1.id]![0]);
  });

  it('puts a shared program between its streets, below them, and the unlinked aside on the right', () => {
    const [sx, sy] = at[shared.id]!;
    expect(sx).toBeGreaterThanOrEqual(at[a.id]![0]);
    expect(sx).toBeLessThanOrEqual(at[b.id]![0]);
    expect(sy).toBeLessThan(Math.min(...[oa, ob, p1, p2, firm].map((n) => at[n.id]![1])));
    const rightmost = Math.max(...entities.filter((n) => n !== lonely).map((n) => at[n.id]![0]));
    expect(at[lonely.id]![0]).toBeGreaterThan(rightmost);
  });

  it('gives no layout to a graph without streets', () => {
    expect(articleLayout([p1, firm], [r('INVOLVES', p1, firm, 1)])).toBeNull();
  });
});
