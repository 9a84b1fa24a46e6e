import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline.ts';
import { CurationError, loadCuration } from '../../src/curate/index.ts';

const SAMPLE = 'graph/corpus/xiaoshan-zhenjie-column.txt';
const write = (name: string, text: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'zhenjie-cur-')), name);
  writeFileSync(file, text);
  return file;
};

describe('curation', () => {
  it('applies aliases, merges, rejections, retyping and hand-added facts on every run', async () => {
    const base = (await buildGraph([SAMPLE], { curationPath: null })).graph;
    const project = base.entities.find((e) => e.type === 'Project' && e.name === '梅岭书院')!;
    const enterprise = base.entities.find((e) => e.type === 'Enterprise' && e.name === '之江有机硅')!;
    expect(project && enterprise).toBeTruthy();
    const file = write(
      'curation.yaml',
      [
        'aliases:',
        '  - { entity: Street/新塘街道, add: [新塘镇] }',
        'reject:',
        '  - Project/梅岭书院',
        'retype:',
        '  - { entity: Enterprise/之江有机硅, to: Program }',
        'merge:',
        '  - { from: Program/未来乡村, into: Program/美丽乡村 }',
        'facts:',
        '  entities: [ { type: Enterprise, name: 杭州湘湖示范科技有限公司, aliases: [湘湖示范] } ]',
        '  relations: [ { type: INVOLVES, from: Project/湘湖未来社区, to: Enterprise/杭州湘湖示范科技有限公司, source: by hand } ]',
      ].join('\n'),
    );
    const { graph, problems } = await buildGraph([SAMPLE], { curationPath: file });
    expect(problems).toEqual([]);
    expect(graph.entities.find((e) => e.name === '新塘街道')!.aliases).toContain('新塘镇');
    expect(graph.entities.some((e) => e.id === project.id)).toBe(false);
    expect(graph.relations.some((r) => r.from === project.id || r.to === project.id)).toBe(false);
    expect(graph.entities.find((e) => e.name === '之江有机硅')!.type).toBe('Program');
    const merged = graph.entities.find((e) => e.name === '美丽乡村')!;
    expect(merged.aliases).toContain('未来乡村');
    expect(graph.entities.some((e) => e.name === '未来乡村')).toBe(false);
    const fact = graph.relations.find((r) => r.type === 'INVOLVES' && r.to === 'enterprise:杭州湘湖示范科技有限公司')!;
    expect(fact.props).toMatchObject({ curated: true, source: 'by hand' });
  });

  it('names the file, the entry and what is wrong in an invalid file', () => {
    const file = write('bad.yaml', 'merge:\n  - { from: 一网统管, into: Program/一网统管 }\nreject: [ 5 ]\n');
    expect(() => loadCuration(file)).toThrow(CurationError);
    try {
      loadCuration(file);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(file);
      expect(message).toMatch(/merge\.0\.from/);
      expect(message).toMatch(/reject\.0/);
    }
  });

  it('refuses types outside the ontology, names merge cycles as cycles, and shows the form of a reference', () => {
    const cases: Array<[string, RegExp]> = [
      ['retype:\n  - { entity: Project/某项目, to: Enterprize }\n', /retype\.0\.to: unknown type "Enterprize"; the types are Official, Street/],
      ['retype:\n  - { entity: Project/某项目, to: "Street` SET n.x=1 //" }\n', /retype\.0\.to: unknown type/],
      ['facts:\n  entities: [ { type: Company, name: 某公司 } ]\n', /facts\.entities\.0\.type: unknown type "Company"/],
      ['rejectRelations:\n  - { type: OWNS, from: Street/甲街道, to: Project/乙 }\n', /rejectRelations\.0\.type: unknown relation type "OWNS"/],
      ['merge:\n  - { from: Program/甲, into: Program/乙 }\n  - { from: Program/乙, into: Program/甲 }\n', /merge\.0: a cycle of merges: Program\/甲 → Program\/乙 → Program\/甲/],
      ['reject: [ 一网统管 ]\n', /reject\.0: expected "Type\/Name", e\.g\. "Street\/新塘街道", or \{ type, name \}/],
      ['reject: [ Programme/一网统管 ]\n', /reject\.0: unknown type in "Programme\/一网统管"/],
    ];
    for (const [yaml, message] of cases) {
      const file = write('case.yaml', yaml);
      expect(() => loadCuration(file), yaml).toThrow(message);
    }
  });

  it('reports entries that name nothing in the graph instead of failing', async () => {
    const file = write('c.json', JSON.stringify({ reject: ['Project/不存在的项目'] }));
    const { problems } = await buildGraph([SAMPLE], { curationPath: file });
    expect(problems.map((p) => p.message).join('\n')).toContain('Project/不存在的项目');
  });
});
