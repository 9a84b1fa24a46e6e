/**
 * Sweep results kept across a change of the corpus's strong names (src/pipeline/sweep-reuse.ts):
 * only documents whose text may hold a name that changed are swept again, and the graph is that of
 * a cold run.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline.ts';
import { indexKnownNames } from '../../src/extract/sweep.ts';
import type { KnownName } from '../../src/extract/index.ts';
import { changedSurfaces, mayHold, textPairs } from '../../src/pipeline/sweep-reuse.ts';
import { corpusTextFiles } from '../setup/corpus.ts';

const graphOf = async (dir: string, cacheDir?: string) => {
  const result = await buildGraph([dir], { curationPath: null, ...(cacheDir ? { cacheDir } : {}) });
  return { json: JSON.stringify(result.graph), cache: result.cache! };
};

const name = (type: string, n: string, aliases: string[] = []): KnownName => ({ type, name: n, aliases });

describe('sweep results kept when the strong names change', () => {
  it('a text may hold every surface it contains (the pairs never say no wrongly)', () => {
    for (const file of corpusTextFiles().slice(0, 8)) {
      const text = readText(file);
      const pairs = textPairs(text);
      for (let i = 0; i + 6 < text.length; i += 7) expect(mayHold(pairs, text.slice(i, i + 2 + (i % 5)))).toBe(true);
    }
    // And most surfaces it does not contain are ruled out.
    const pairs = textPairs('新塘街道推进一网统管工作。');
    expect(['龙湖科创园', '五星护航机制', '城厢街道办事处'].filter((s) => mayHold(pairs, s))).toEqual([]);
  });

  it('names the surfaces whose names changed: new names and aliases, names gone, the order of a shared surface', () => {
    const before = [name('Program', '五星护航机制', ['五星护航']), name('Project', '龙湖科创园'), name('Enterprise', '杭州华联集团', ['华联集团'])];
    const index = (known: KnownName[]) => indexKnownNames(known);
    expect(changedSurfaces(index(before), index(before))).toEqual([]);
    // A new name, an alias added to one known before.
    const after = [name('Program', '五星护航机制', ['五星护航', '五星护航工作']), name('Project', '龙湖科创园'), name('Enterprise', '杭州华联集团', ['华联集团']), name('Project', '青山湖科创园')];
    expect(changedSurfaces(index(before), index(after)).sort()).toEqual(['五星护航工作', '青山湖科创园']);
    // A name gone.
    expect(changedSurfaces(index(before), index(before.slice(1))).sort()).toEqual(['五星护航', '五星护航机制']);
    // Two names of one surface in another order: the sweep takes the first.
    const shared = [name('Project', '华联集团'), name('Enterprise', '杭州华联集团', ['华联集团'])];
    expect(changedSurfaces(index(shared), index([...shared].reverse()))).toEqual(['华联集团']);
  });

  it('sweeps again only documents that may hold a new strong name; the graph is that of a cold run, with or without the pairs file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-reuse-corpus-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-reuse-'));
    for (const [i, file] of corpusTextFiles().entries()) copyFileSync(file, path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(file)}`));
    // Names a later article makes strong, in a sentence that does not make them strong here.
    writeFileSync(path.join(dir, 'zz-b.txt'), '义桥镇党委书记陈立新表示,将继续深化五星护航机制,服务龙湖科创园企业。\n');
    const n = readdirSync(dir).length;
    await graphOf(dir, cacheDir);

    writeFileSync(path.join(dir, 'zz-a.txt'), '以“五星护航”机制为抓手,推进龙湖科创园建设。\n');
    const added = await graphOf(dir, cacheDir);
    expect(added.json).toBe((await graphOf(dir)).json);
    // zz-a is new, zz-b holds its names: those two are swept; the real articles keep their results
    // (unless one happens to hold every character pair of a new name).
    expect(added.cache.swept + added.cache.sweepsReused).toBe(n + 1);
    expect(added.cache.swept).toBeGreaterThanOrEqual(2);
    expect(added.cache.sweepsReused).toBeGreaterThanOrEqual(n - 3);

    // Another new strong name, without the pairs file of the names before (a cache written before
    // pairs were kept): every document is swept again.
    for (const file of readdirSync(cacheDir)) if (file.endsWith('.pairs')) rmSync(path.join(cacheDir, file));
    writeFileSync(path.join(dir, 'zz-c.txt'), '以“三色护航”机制为抓手,推进龙湖科创园建设。\n');
    const again = await graphOf(dir, cacheDir);
    expect(again.json).toBe((await graphOf(dir)).json);
    expect(again.cache).toMatchObject({ swept: n + 2, sweepsReused: 0 });

    // With the pairs written by that run, a damaged results file: every document swept again too.
    for (const file of readdirSync(cacheDir)) if (file.startsWith('sweep-') && file.endsWith('.json')) writeFileSync(path.join(cacheDir, file), '{"x": ');
    writeFileSync(path.join(dir, 'zz-d.txt'), '以“四色护航”机制为抓手,推进龙湖科创园建设。\n');
    const damaged = await graphOf(dir, cacheDir);
    expect(damaged.json).toBe((await graphOf(dir)).json);
    expect(damaged.cache).toMatchObject({ swept: n + 3, sweepsReused: 0 });
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });
});

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
