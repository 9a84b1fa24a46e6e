/** The cache's compact facts (src/pipeline/cache-entry.ts): decoded, they build the graph the facts themselves build. */
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type DocumentFacts, type EntityFact } from '../../src/resolve/index.ts';
import { decodeFacts, encodeFacts } from '../../src/pipeline/cache-entry.ts';

const meta = { id: 'a', title: 't', chars: 100 };
const mention = (type: string, name: string, start: number, props: Record<string, unknown> = {}, aliases: string[] = []): EntityFact => ({
  type,
  name,
  aliases,
  props,
  mention: { doc: 'a', start, end: start + name.length },
});
const graphOf = (facts: DocumentFacts) => {
  const builder = new GraphBuilder();
  builder.addDocument(meta, facts);
  return JSON.stringify(builder.build());
};

describe('compact cached facts', () => {
  it('build the same graph, when one entity comes with different props and aliases in between others', () => {
    const facts: DocumentFacts = {
      entities: [
        mention('Street', '城厢街道', 0, { kind: '街道' }),
        mention('Program', '一网统管', 10),
        mention('Street', '城厢街道', 20, { kind: '镇', code: '1' }, ['城厢']),
        mention('Street', '城厢街道', 30, { kind: '街道' }),
        mention('Street', '城厢街道', 30, { kind: '街道' }),
      ],
      relations: [
        { type: 'IMPLEMENTS', from: ['Street', '城厢街道'], to: ['Program', '一网统管'], props: { since: 2020 }, evidence: [{ doc: 'a', start: 0, end: 14, text: '城厢街道推进一网统管。' }] },
        { type: 'RUNS', from: ['Street', '城厢街道'], to: ['Program', '一网统管'], props: {}, evidence: [{ doc: 'a', start: 0, end: 14, text: '城厢街道推进一网统管。' }] },
      ],
    };
    const stored = encodeFacts('a', facts)!;
    expect(stored.entities).toHaveLength(3); // one per entity, aliases and props: 城厢街道 twice, 一网统管
    expect(stored.texts).toEqual(['城厢街道推进一网统管。']); // the sentence of both relations, once
    const decoded = decodeFacts('a', JSON.parse(JSON.stringify(stored)));
    expect(graphOf(decoded)).toBe(graphOf(facts));
    expect(decoded.relations).toEqual(facts.relations);
  });

  it('are not made of facts that name another document', () => {
    expect(encodeFacts('b', { entities: [mention('Program', '一网统管', 0)], relations: [] })).toBeNull();
  });
});
