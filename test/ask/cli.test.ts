/** `zhenjie ask` as a user runs it, against the tests' Neo4j holding the sample corpus. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import { ingestGraph } from '../../src/write/index.ts';
import { useEmptyDatabase } from '../neo4j/graphs.ts';

function zhenjie(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

useEmptyDatabase(
  () => undefined,
  async (c) => {
    await ingestGraph(c, (await buildGraph(['graph/corpus'])).graph);
  },
);

describe('zhenjie ask', () => {
  it('--format json: the contract on stdout, exit 0', () => {
    const run = zhenjie(['ask', '新塘有哪些项目', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ question: '新塘有哪些项目', understood: true, intent: 'street-projects', query: null });
    expect(json.entities).toEqual([{ mention: '新塘', id: 'street:新塘街道', type: 'Street', name: '新塘街道' }]);
    expect(json.rows.map((r: { project: string }) => r.project)).toContain('三星羽绒数字工厂');
    expect(json.params).toEqual({ street: 'street:新塘街道' });
    expect(json.answer).toMatch(/^新塘街道有 \d+ 个项目/);
  });

  it('table: the answer line, the rows, then the Cypher', () => {
    const run = zhenjie(['ask', '邵意丽在哪个街道任职?']);
    expect(run.code, run.stderr).toBe(0);
    const [answer] = run.stdout.split('\n');
    expect(answer).toContain('邵意丽 在 新塘街道 任职');
    const rowsAt = run.stdout.indexOf('新塘街道党工委副书记、办事处主任', answer!.length);
    expect(rowsAt).toBeGreaterThan(0);
    expect(run.stdout.indexOf('MATCH (o:Official {id: $official})')).toBeGreaterThan(rowsAt);
  });

  it('a name the graph lacks: understood, no rows, exit 0; a question it cannot read: exit 2 with examples', () => {
    const missing = zhenjie(['ask', '瓜沥镇有哪些项目', '--format', 'json']);
    expect(missing.code).toBe(0);
    expect(JSON.parse(missing.stdout)).toMatchObject({ understood: true, rows: [], cypher: null });
    expect(JSON.parse(missing.stdout).answer).toContain('瓜沥镇');
    const unknown = zhenjie(['ask', '今天天气怎么样', '--format', 'json']);
    expect(unknown.code).toBe(2);
    const json = JSON.parse(unknown.stdout);
    expect(json).toMatchObject({ understood: false, intent: null, rows: [] });
    expect(json.answer.split('\n').filter((l: string) => l.startsWith('- ')).length).toBeGreaterThanOrEqual(5);
  });

  it('usage errors exit 2; Neo4j down exits 4', () => {
    expect(zhenjie(['ask']).code).toBe(2);
    expect(zhenjie(['ask', '新塘有哪些项目', '--format', 'csv']).code).toBe(2);
    expect(zhenjie(['ask', '新塘有哪些项目'], { NEO4J_URI: 'bolt://127.0.0.1:1' }).code).toBe(4);
  });
});
