/**
 * The extraction cache (src/pipeline/cache.ts): a cached run gives the graph of a cold run byte
 * for byte, extracts only what changed, and re-sweeps when the corpus's strong names change.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph, digestInputs } from '../../src/pipeline.ts';
import { corpusTextFiles } from '../setup/corpus.ts';

const graphOf = async (dir: string, cacheDir?: string) => {
  const result = await buildGraph([dir], { curationPath: null, ...(cacheDir ? { cacheDir } : {}) });
  return { json: JSON.stringify(result.graph), graph: result.graph, cache: result.cache!, digest: result.inputDigest, appended: result.appended };
};

/** Files written an hour ago: their mtime is past the racy window, so the stat index vouches for them. */
function backdate(file: string): void {
  const past = new Date(Date.now() - 3_600_000);
  utimesSync(file, past, past);
}

const A = '以“五星护航”机制为抓手,推进龙湖科创园建设。\n';
const B = '义桥镇党委书记陈立新表示,将继续深化五星护航机制,服务龙湖科创园企业。\n';
const C = '新塘街道召开“三服务”活动推进会。街道党工委书记张三主持会议。\n';

describe('extraction cache', () => {
  it('gives the graph of a cold run byte for byte, and a second run reads and extracts nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-corpus-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-'));
    // Real articles (the bundled sample, and the real corpus when it is there), and a pair the sweep links.
    for (const [i, file] of corpusTextFiles().entries()) copyFileSync(file, path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(file)}`));
    writeFileSync(path.join(dir, 'zz-a.txt'), A);
    writeFileSync(path.join(dir, 'zz-b.txt'), B);
    for (const name of readdirSync(dir)) backdate(path.join(dir, name));
    const n = readdirSync(dir).length;

    const cold = await graphOf(dir);
    const first = await graphOf(dir, cacheDir);
    expect(first.json).toBe(cold.json);
    expect(first.cache).toMatchObject({ files: n, hits: 0, misses: n, hashed: n, swept: n, sweepHits: 0 });

    const second = await graphOf(dir, cacheDir);
    expect(second.json).toBe(cold.json);
    // Size and mtime vouch for every file: none read, none extracted, none swept.
    expect(second.digest).toBe(first.digest);
    // The digest alone, without reading an entry: the one the build gives.
    expect(digestInputs([dir], { curationPath: null, cacheDir })).toBe(first.digest);
    writeFileSync(path.join(dir, 'zz-b.txt'), B + '\n');
    expect(digestInputs([dir], { curationPath: null, cacheDir })).not.toBe(first.digest);
    expect(digestInputs([path.join(dir, 'missing')], { curationPath: null, cacheDir })).toBeUndefined();
    expect(second.cache).toMatchObject({ files: n, statHits: n, hashed: 0, bytesHashed: 0, hits: n, misses: 0, swept: 0, sweepHits: n });
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });

  it('a new article whose strong names appear in others re-sweeps them, and the graph is that of a cold run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-corpus-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-'));
    writeFileSync(path.join(dir, 'b.txt'), B);
    writeFileSync(path.join(dir, 'c.txt'), C);
    await graphOf(dir, cacheDir);
    const before = await graphOf(dir, cacheDir);
    const programDocs = (g: typeof before.graph) => new Set(g.entities.find((e) => e.name === '五星护航机制')?.mentions.map((m) => m.doc) ?? []);
    expect(programDocs(before.graph)).toEqual(new Set());

    writeFileSync(path.join(dir, 'a.txt'), A);
    const added = await graphOf(dir, cacheDir);
    expect(added.digest).not.toBe(before.digest);
    expect(added.json).toBe((await graphOf(dir)).json);
    // b.txt was not extracted again, but swept again: a's strong name is now found in it. (a.txt was
    // extracted by the attempt to add it to the last build's snapshot: its sweep part is read too.)
    // c.txt holds none of a's names: its result under the names before is kept (pipeline/sweep-reuse.ts).
    expect(added.appended).toBeUndefined();
    expect(added.cache).toMatchObject({ files: 3, hits: 2, misses: 1, swept: 2, sweepsReused: 1, sweepHits: 0, sweepParts: 2 });
    expect(programDocs(added.graph)).toEqual(new Set(['a', 'b']));

    // a.txt changes and its strong names go: b loses what the sweep had found in it.
    writeFileSync(path.join(dir, 'a.txt'), C.replace('新塘', '城厢'));
    const changed = await graphOf(dir, cacheDir);
    expect(changed.digest).not.toBe(added.digest);
    expect(changed.json).toBe((await graphOf(dir)).json);
    expect(changed.cache).toMatchObject({ hits: 2, misses: 1 });
    expect(programDocs(changed.graph)).toEqual(new Set());
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });

  it('an entry that cannot be parsed is a miss: the document is extracted again, the graph unchanged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-corpus-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-'));
    writeFileSync(path.join(dir, 'a.txt'), A);
    writeFileSync(path.join(dir, 'b.txt'), B);
    const cold = await graphOf(dir, cacheDir);
    const entries = readdirSync(cacheDir).find((d) => d.startsWith('extract-'))!;
    const [one] = readdirSync(path.join(cacheDir, entries));
    writeFileSync(path.join(cacheDir, entries, one!), '{"format": 1, "id": "a", "resu');
    const again = await graphOf(dir, cacheDir);
    expect(again.json).toBe(cold.json);
    expect(again.cache).toMatchObject({ corrupt: 1, misses: 1, hits: 1 });
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });

  it('a new article that brings no new strong name reads no other document\'s sweep part', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-corpus-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-'));
    writeFileSync(path.join(dir, 'a.txt'), A);
    writeFileSync(path.join(dir, 'b.txt'), B);
    writeFileSync(path.join(dir, 'c.txt'), C);
    await graphOf(dir, cacheDir);
    // The same names as a.txt, under another id: the corpus's strong names are unchanged. Added to
    // the last build's snapshot: no entry read, nothing swept but it.
    writeFileSync(path.join(dir, 'z.txt'), A);
    const added = await graphOf(dir, cacheDir);
    expect(added.json).toBe((await graphOf(dir)).json);
    expect(added.appended?.documents).toEqual(['z']);
    expect(added.cache).toMatchObject({ files: 4, hits: 0, misses: 1, entryBytes: 0, sweepParts: 0 });
    // Without the snapshot, the full path: every entry read, no sweep part but z's (an article added
    // to a snapshot keeps its sweep result there only: the full path sweeps it again).
    for (const name of readdirSync(cacheDir)) if (name.startsWith('snapshot-')) rmSync(path.join(cacheDir, name));
    writeFileSync(path.join(dir, 'y.txt'), A);
    const full = await graphOf(dir, cacheDir);
    expect(full.json).toBe((await graphOf(dir)).json);
    expect(full.appended).toBeUndefined();
    expect(full.cache).toMatchObject({ files: 5, hits: 4, misses: 1, swept: 2, sweepHits: 3, sweepParts: 1 });
    expect(full.cache.entryBytes).toBeGreaterThan(0);
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });

  it('a sweep part that cannot be parsed when a sweep needs it: the document is extracted again, the graph that of a cold run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-corpus-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-'));
    writeFileSync(path.join(dir, 'b.txt'), B);
    writeFileSync(path.join(dir, 'c.txt'), C);
    await graphOf(dir, cacheDir);
    const entries = path.join(cacheDir, readdirSync(cacheDir).find((d) => d.startsWith('extract-'))!);
    const parts = readdirSync(entries).filter((n) => n.endsWith('.sweep.json'));
    expect(parts).toHaveLength(2);
    const damaged = parts.find((n) => readFileSync(path.join(entries, n), 'utf8').includes('"id":"b"'))!;
    writeFileSync(path.join(entries, damaged), '{"format": 2, "id": "b", "summ');
    // a.txt brings a new strong name: every document is swept again, b from its file.
    writeFileSync(path.join(dir, 'a.txt'), A);
    const added = await graphOf(dir, cacheDir);
    expect(added.json).toBe((await graphOf(dir)).json);
    // (a.txt, extracted by the attempt to add it to the snapshot, is swept from its sweep part too;
    // c.txt, which holds none of a's names, keeps its result.)
    expect(added.cache).toMatchObject({ hits: 2, misses: 1, swept: 2, sweepsReused: 1, sweepParts: 1 });
    // b's sweep part was written again whole.
    expect(JSON.parse(readFileSync(path.join(entries, damaged), 'utf8'))).toMatchObject({ id: 'b', summary: { id: 'b' } });
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });
  it('documents named like properties of every object (constructor, __proto__) are documents like others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-corpus-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-cache-'));
    writeFileSync(path.join(dir, '__proto__.txt'), A);
    writeFileSync(path.join(dir, 'b.txt'), B);
    await graphOf(dir, cacheDir);
    writeFileSync(path.join(dir, 'constructor.txt'), A);
    const added = await graphOf(dir, cacheDir);
    expect(added.json).toBe((await graphOf(dir)).json);
    expect(added.appended?.documents).toEqual(['constructor']);
    // Changed: the claim names it, and only it.
    writeFileSync(path.join(dir, '__proto__.txt'), A + '\n');
    const changed = await buildGraph([dir], { curationPath: null, cacheDir });
    expect(JSON.stringify(changed.graph)).toBe((await graphOf(dir)).json);
    expect(changed.changes?.documents).toEqual(['__proto__']);
    rmSync(dir, { recursive: true });
    rmSync(cacheDir, { recursive: true });
  });
});
