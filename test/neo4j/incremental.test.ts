/**
 * Adding, changing and deleting articles with the cache (issue 14): each run's exports are those of
 * a cold run on the same files, byte for byte, and Neo4j holds what a cold ingest of them gives.
 * An article that changes nothing else is added to the last build's snapshot (pipeline/append.ts).
 * When the pipeline can say which documents' contributions changed (pipeline/run-state.ts), the
 * writer hashes only those; when it cannot (a new strong name, a merge, a new alias, a deleted
 * file), it says nothing and every document is hashed as before.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph, type BuildResult } from '../../src/pipeline.ts';
import { EXPORT_FORMATS, writeExports } from '../../src/export/index.ts';
import { exportReuse, readRecord, writeRecord } from '../../src/commands/inputs-record.ts';
import { deleteEverything, ingestGraph, removeDocuments, type Connection, type IngestReport } from '../../src/write/index.ts';
import { corpusTextFiles } from '../setup/corpus.ts';
import { graphDump, useEmptyDatabase } from './graphs.ts';

let conn: Connection;
useEmptyDatabase((c) => (conn = c));

const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-incr-corpus-'));
const cacheDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-incr-cache-'));
const outDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-incr-out-'));
const coldDir = mkdtempSync(path.join(tmpdir(), 'zhenjie-incr-cold-'));
/** Whether the last step's exports were spliced from the ones before (export/splice.ts). */
let spliced = false;

/** Every file of the corpus written an hour ago, so that the stat index vouches for it. */
function backdate(): void {
  const past = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), past, past);
}

const exportsOf = (out: string) => Object.fromEntries(readdirSync(out).filter((n) => n.startsWith('kg.') && n !== 'kg.inputs.json').map((n) => [n, readFileSync(path.join(out, n))]));

/**
 * One run as `zhenjie ingest` makes it (cached build, exports, write with the pipeline's changes),
 * checked against a cold run on the same files: the same exports, byte for byte, and the same
 * graph in Neo4j as a cold ingest into an empty database gives. Leaves Neo4j holding that graph
 * and its digest, as the incremental run left it.
 */
async function step(): Promise<{ result: BuildResult; report: IngestReport }> {
  backdate();
  const result = await buildGraph([dir], { curationPath: null, cacheDir });
  // As `zhenjie ingest` writes them: the exports keep what an added article did not change.
  const reuse = exportReuse(readRecord(outDir), result);
  spliced = reuse !== undefined;
  // Both at once, Neo4j started first, as `zhenjie ingest` writes them.
  const [report, { files, index }] = await Promise.all([
    ingestGraph(conn, result.graph, { inputDigest: result.inputDigest!, ...(result.changes ? { changes: result.changes } : {}) }),
    writeExports(result.graph, outDir, EXPORT_FORMATS, reuse, { spare: true }),
  ]);
  writeRecord(outDir, { inputDigest: result.inputDigest!, exports: files, documents: [], entities: 0, relations: 0, index });
  const incremental = await graphDump(conn);

  const cold = await buildGraph([dir], { curationPath: null });
  await writeExports(cold.graph, coldDir);
  expect(readdirSync(outDir).filter((n) => n.startsWith('kg.') && n !== 'kg.inputs.json').sort()).toEqual(['kg.cypher', 'kg.gexf', 'kg.graphml', 'kg.json']);
  expect(exportsOf(outDir)).toEqual(exportsOf(coldDir));
  await deleteEverything(conn);
  await ingestGraph(conn, cold.graph, { inputDigest: result.inputDigest! });
  expect(incremental).toEqual(await graphDump(conn));
  return { result, report };
}

describe('adding, changing and deleting articles with the cache', () => {
  // The real articles (and the bundled sample), but for the pair the sweep links, added later.
  const files = corpusTextFiles();
  const name = (i: number, file: string) => `${String(i).padStart(3, '0')}-${path.basename(file)}`;
  files.forEach((file, i) => copyFileSync(file, path.join(dir, name(i, file))));
  const names = readdirSync(dir).sort();
  const all = (r: BuildResult) => r.graph.documents.length;

  it('a first run says nothing of changes; an unchanged one, that none changed', async () => {
    const first = await step();
    expect(first.result.changes).toBeUndefined();
    expect(first.report.planning?.documentsHashed).toBe(all(first.result));
    const again = await step();
    expect(again.result.changes?.documents).toEqual([]);
  });

  it('(a) an article bringing only known names: added to the snapshot, only it hashed and written', async () => {
    // The same text as an article already there, under a new name (the copy lives in a temporary folder only).
    copyFileSync(path.join(dir, names[3]!), path.join(dir, 'zz-copy.txt'));
    const { result, report } = await step();
    expect(result.changes?.documents).toEqual(['zz-copy']);
    // Added to the last build's snapshot: no other document's entry parsed, the corpus not resolved again.
    expect(result.appended?.documents).toEqual(['zz-copy']);
    expect(result.cache).toMatchObject({ hits: 0, misses: 1, entryBytes: 0 });
    expect(spliced).toBe(true);
    expect(report.planning?.documentsHashed).toBe(1);
    expect(report.documents.added).toEqual(['zz-copy']);
    // Written whole in one transaction (write/ingest.ts), the graph still a cold ingest's (step).
    expect(report.transactions).toBe(1);
    expect(report.documents.unchanged).toHaveLength(all(result) - 1);
    expect(report.entities.updated + report.entities.added).toBeGreaterThan(0);
  });

  it('an article whose name sorts among the others: its evidence takes its place in every list, as in a cold run', async () => {
    // Between the 5th and 6th files: a cold run lists its evidence and sources before theirs.
    copyFileSync(path.join(dir, names[2]!), path.join(dir, `${names[4]!.replace(/\.txt$/, '')}-b.txt`));
    const { result, report } = await step();
    expect(result.appended?.documents).toEqual([`${names[4]!.replace(/\.txt$/, '')}-b`]);
    expect(report.planning?.documentsHashed).toBe(1);
    expect(report.relations.updated).toBeGreaterThan(0);
  });

  it('an article sorting before the articles it shares relations with: the full path, its evidence first in every list', async () => {
    // A copy of a later article under a name that sorts first: it would create the drafts, so no append.
    const early = `${names[0]!.replace(/\.txt$/, '')}-a`;
    copyFileSync(path.join(dir, names[10]!), path.join(dir, `${early}.txt`));
    const { result, report } = await step();
    expect(result.appended).toBeUndefined();
    expect(report.documents.added).toEqual([early]);
    expect(result.graph.relations.some((r) => r.evidence[0]?.doc === early && r.evidence.some((e) => e.doc !== early))).toBe(true);
  });

  it('(b) an article bringing a new strong name: the full path, every document hashed again (swept again where its text may hold the name)', async () => {
    writeFileSync(path.join(dir, 'zz-strong.txt'), '以“云帆护航”机制为抓手,推进青山湖科创园建设。\n');
    const { result, report } = await step();
    expect(result.graph.entities.some((e) => e.name === '青山湖科创园')).toBe(true);
    expect(result.changes).toBeUndefined();
    expect(result.appended).toBeUndefined();
    expect(report.planning?.documentsHashed).toBe(all(result));
  });

  it('(c) an article whose name merges into an existing entity, adding an alias to it', async () => {
    writeFileSync(path.join(dir, 'a-company.txt'), '杭州华盛新材料有限公司位于新塘街道。\n');
    await step();
    writeFileSync(path.join(dir, 'zz-company.txt'), '华盛公司投资建设新材料项目。\n');
    const { result, report } = await step();
    const company = result.graph.entities.find((e) => e.name === '杭州华盛新材料有限公司')!;
    expect(company.aliases).toContain('华盛公司');
    expect(company.mentions.map((m) => m.doc)).toContain('zz-company');
    expect(result.changes).toBeUndefined();
    expect(result.appended).toBeUndefined();
    expect(report.planning?.documentsHashed).toBe(all(result));
  });

  it('a changed article: only it is hashed, its old facts withdrawn', async () => {
    const changed = names[7]!;
    const id = changed.replace(/\.txt$/, '');
    writeFileSync(path.join(dir, changed), readFileSync(path.join(dir, changed), 'utf8') + '\n会议强调要抓好落实。\n');
    const { result, report } = await step();
    expect(result.changes?.documents).toEqual([id]);
    expect(result.appended).toBeUndefined();
    expect(report.planning?.documentsHashed).toBe(1);
    expect(report.documents.changed).toEqual([id]);
  });

  it('a deleted article: no claim, every document hashed; after `remove`, the graph of a cold run', async () => {
    const deleted = names[8]!;
    rmSync(path.join(dir, deleted));
    backdate();
    const result = await buildGraph([dir], { curationPath: null, cacheDir });
    expect(result.changes).toBeUndefined();
    const report = await ingestGraph(conn, result.graph, { inputDigest: result.inputDigest! });
    expect(report.planning?.documentsHashed).toBe(all(result));
    // An ingest keeps documents no longer among its files (README: `zhenjie remove`).
    await removeDocuments(conn, [deleted.replace(/\.txt$/, '')]);
    const incremental = await graphDump(conn);
    const cold = await buildGraph([dir], { curationPath: null });
    expect(JSON.stringify(result.graph)).toBe(JSON.stringify(cold.graph));
    await deleteEverything(conn);
    await ingestGraph(conn, cold.graph);
    expect(incremental).toEqual(await graphDump(conn));
    // The run after it compares with this one: an article added now is planned alone again.
    await ingestGraph(conn, result.graph, { inputDigest: result.inputDigest! });
    copyFileSync(path.join(dir, names[4]!), path.join(dir, 'zz-copy-2.txt'));
    const next = await step();
    expect(next.result.changes?.documents).toEqual(['zz-copy-2']);
    expect(next.result.appended?.documents).toEqual(['zz-copy-2']);
    // The exports before it were of the run before the deletion: kg.json written whole, still the cold run's bytes.
    expect(spliced).toBe(false);
    expect(next.report.planning?.documentsHashed).toBe(1);
    for (const d of [dir, cacheDir, outDir, coldDir]) rmSync(d, { recursive: true, force: true });
  });
});
