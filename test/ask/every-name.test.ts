/**
 * Every entity of a real graph, asked about in a fixed phrasing, is linked to itself (not to a
 * longer or shorter neighbour, not to a grammar word) and read with the intended question: the
 * sample corpus's graph, and the dev corpora's when ../shared/corpus is at hand.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconOfGraph, loadGrammar, understand } from '../../src/ask/index.ts';
import { buildGraph } from '../../src/pipeline.ts';
import { DEV2_DIR, DEV_DIR } from '../eval/evaluate.ts';

const TEMPLATES: Record<string, Array<[string, string]>> = {
  Street: [['{}有哪些项目', 'street-projects'], ['{}的书记是谁', 'street-heads'], ['哪个街道和{}最像', 'most-similar-street'], ['{}在推进哪些工作', 'street-programs'], ['{}有哪些企业?', 'street-enterprises']],
  Program: [['哪些街道在推进{}', 'streets-implementing-program'], ['{}在哪些街道实施', 'streets-implementing-program']],
  Project: [['{}背后是哪些企业', 'project-enterprises'], ['{}在哪个街道', 'project-location']],
  Enterprise: [['{}参与了哪些项目', 'enterprise-projects'], ['{}在哪个街道?', 'enterprise-streets']],
  Official: [['{}在哪个街道任职', 'official-streets'], ['{}的职务是什么', 'official-title']],
};

const grammar = loadGrammar();

describe.each([
  ['the sample corpus', 'graph/corpus'],
  ['dev', DEV_DIR],
  ['dev2', DEV2_DIR],
])('ask: every name of %s', (_label, input) => {
  it.skipIf(!existsSync(input))('is linked to itself and read as intended', async () => {
    const { graph } = await buildGraph([input]);
    const lexicon = lexiconOfGraph(graph.entities);
    const failures: string[] = [];
    let asked = 0;
    for (const e of graph.entities) {
      for (const [template, intent] of TEMPLATES[e.type] ?? []) {
        const q = template.replace('{}', e.name);
        const u = understand(q, lexicon, grammar);
        asked++;
        const got = u.kind === 'plan' ? `${u.plan.intent} ${u.entities.map((x) => x.id).join(',')}` : u.kind;
        if (got !== `${intent} ${e.id}`) failures.push(`${q} → ${got}`);
      }
    }
    expect(asked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
