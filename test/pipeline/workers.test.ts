import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline.ts';

describe('extraction in worker threads', () => {
  it('gives the graph of a serial run, byte for byte, and reports bad files the same way', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-workers-'));
    const sources = [
      'graph/corpus/xiaoshan-daily-zhenjie-interview.txt',
      ...readdirSync('test/fixtures/dev')
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join('test/fixtures/dev', f)),
    ];
    for (let i = 0; i < 70; i++) writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), readFileSync(sources[i % sources.length]!));
    writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0, 0, 0, 1]));
    const serial = await buildGraph([dir], { curationPath: null, workers: 0 });
    const parallel = await buildGraph([dir], { curationPath: null, workers: 2 });
    expect(parallel.filesRead).toBe(70);
    expect(parallel.problems).toEqual(serial.problems);
    expect(parallel.problems.map((p) => p.file)).toEqual([path.join(dir, 'broken.txt')]);
    expect(JSON.stringify(parallel.graph)).toBe(JSON.stringify(serial.graph));
    expect(parallel.graph.entities.some((e) => e.name === '大综合一体化行政执法改革')).toBe(true);
  });
});
