/**
 * Patterns of the genre found on the blind dev2 set (issue 9), each on sentences written for
 * these tests: the rule must hold on the next article, not on the words of one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

async function graphOf(text: string, file = 'article.txt'): Promise<KnowledgeGraph> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-genre-'));
  writeFileSync(path.join(dir, file), text);
  return (await buildGraph([path.join(dir, file)], { curationPath: null })).graph;
}
const names = (kg: KnowledgeGraph, type: string) => kg.entities.filter((e) => e.type === type).map((e) => e.name).sort();
const linked = (kg: KnowledgeGraph, type: string) =>
  kg.relations
    .filter((r) => r.type === type)
    .map((r) => `${kg.entities.find((e) => e.id === r.from)!.name}→${kg.entities.find((e) => e.id === r.to)!.name}`)
    .sort();

describe('projects: where a name starts and whether it is one', () => {
  it('never runs over a person, a post or a verb whose object is the projects', async () => {
    const kg = await graphOf(
      [
        '最后,副县长孙立新宣布项目正式开工。',
        '随后,孙立新到柯岩街道督察项目推进情况,听取了街道负责同志关于鉴湖综合体的介绍。',
        '各地要树牢抢项目的意识。',
      ].join('\n'),
    );
    expect(names(kg, 'Project')).toEqual(['鉴湖综合体']);
  });

  it('a list closed by a count of projects names each; a company named as a project is both', async () => {
    const kg = await graphOf('今年,南山街道已引进“远航照明”和“新晶电子”两个项目,并加快推进金桥机械、华丰五金、禾田齿轮三个项目建设。');
    expect(names(kg, 'Enterprise')).toEqual(['华丰五金', '新晶电子', '禾田齿轮', '远航照明', '金桥机械'].sort());
    expect(names(kg, 'Project')).toEqual(['华丰五金项目', '新晶电子项目', '禾田齿轮项目', '远航照明项目', '金桥机械项目'].sort());
    expect(linked(kg, 'INVOLVES')).toContain('禾田齿轮项目→禾田齿轮');
    expect(linked(kg, 'RUNS')).toContain('南山街道→禾田齿轮项目');
  });

  it('a count that does not match its list names nothing', async () => {
    const kg = await graphOf('南山街道今年共实施金桥机械等12个项目。');
    expect(names(kg, 'Project')).toEqual([]);
  });
});
