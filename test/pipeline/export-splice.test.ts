/**
 * The exports spliced from the files before (src/export/splice.ts): the bytes of a whole write, in
 * every format, and only from files that are still the ones their index describes.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, linkSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline.ts';
import { EXPORT_FORMATS, toCypher, toGexf, toGraphml, toJson, unchangedBy, writeExports } from '../../src/export/index.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

/** `graph` with one more document mentioning its first entity and supporting its first relation (a text with quotes, a backslash, a line break, markup). */
function withArticle(graph: KnowledgeGraph, id: string): KnowledgeGraph {
  const doc = { id, title: '新增', chars: 40 };
  const [e0, ...entities] = graph.entities;
  const [r0, ...relations] = graph.relations;
  return {
    documents: [...graph.documents, doc].sort((a, b) => (a.id < b.id ? -1 : 1)),
    entities: [{ ...e0!, mentions: [...e0!.mentions, { doc: id, start: 1, end: 3 }] }, ...entities],
    relations: [{ ...r0!, evidence: [...r0!.evidence, { doc: id, start: 0, end: 9, text: `一句"引号"'单'\\与\n换行<b>&` }] }, ...relations],
  };
}

const touched = (graph: KnowledgeGraph, id: string) => ({ documents: [id], entities: [graph.entities[0]!.id], relations: [graph.relations[0]!.id] });
/** The files a user sees (not the spares). */
const files = (dir: string) => Object.fromEntries(readdirSync(dir).filter((n) => !n.startsWith('.')).sort().map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]));
const spares = (dir: string) => Object.fromEntries(readdirSync(dir).filter((n) => n.startsWith('.')).sort().map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]));
const expected = (kg: KnowledgeGraph) => ({ 'kg.cypher': toCypher(kg), 'kg.gexf': toGexf(kg), 'kg.graphml': toGraphml(kg), 'kg.json': toJson(kg) });

describe('exports spliced from the files before', () => {
  it('give the bytes of a whole write in every format, copying unchanged items', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-splice-'));
    const { graph } = await buildGraph(['graph/corpus'], { curationPath: null });
    // Unchanged edges with several sentences are rendered from a stand-in: the sample must have some.
    expect(graph.relations.filter((r) => r.evidence.length > 1).length).toBeGreaterThan(0);
    const first = await writeExports(graph, dir);
    expect(files(dir)).toEqual(expected(graph));
    for (const format of EXPORT_FORMATS) expect(first.index.files[format]).toBeDefined();

    // Documents added at the end and at the start of the list.
    let kg = graph;
    let index = first.index;
    for (const id of ['zz-added', '0-added']) {
      const next = withArticle(kg, id);
      const written = await writeExports(next, dir, EXPORT_FORMATS, { previous: index, unchanged: unchangedBy(next, touched(kg, id)) });
      expect(files(dir)).toEqual(expected(next));
      expect(written.index.ids.documents).toEqual(next.documents.map((d) => d.id));
      [kg, index] = [next, written.index];
    }

    // The bytes of an item said unchanged come from the file before: a wrong claim shows in every format.
    const again = withArticle(kg, 'zz-again');
    const lie = unchangedBy(again, { documents: ['zz-again'], entities: [], relations: [] });
    const lied = await writeExports(again, dir, EXPORT_FORMATS, { previous: index, unchanged: lie });
    for (const [name, text] of Object.entries(expected(again))) expect(readFileSync(path.join(dir, name), 'utf8')).not.toBe(text);

    // A file written since its index was made is written whole, whatever the claim.
    for (const name of Object.keys(expected(again))) appendFileSync(path.join(dir, name), ' ');
    const third = withArticle(again, 'zz-third');
    await writeExports(third, dir, EXPORT_FORMATS, { previous: lied.index, unchanged: unchangedBy(third, { documents: ['zz-third'], entities: [], relations: [] }) });
    expect(files(dir)).toEqual(expected(third));

    // An item said unchanged that the file before does not hold (a new relation): the file is written whole.
    const { index: fresh } = await writeExports(third, dir);
    const r0 = third.relations[0]!;
    const extra = { ...r0, id: `${r0.id}-new`, evidence: [...r0.evidence, ...r0.evidence] };
    const withRelation = { ...third, relations: [...third.relations, extra] };
    await writeExports(withRelation, dir, EXPORT_FORMATS, { previous: fresh, unchanged: unchangedBy(withRelation, { documents: [], entities: [], relations: [] }) });
    expect(files(dir)).toEqual(expected(withRelation));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('give the bytes of a whole write when the files run over several buffers and the changes are scattered', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-splice-'));
    // ~10 MB of kg.json: copies run over the 8 MB buffer, the text between items laid over them.
    const docs = Array.from({ length: 4000 }, (_, i) => `doc-${String(i * 2).padStart(5, '0')}`);
    const graph: KnowledgeGraph = {
      documents: docs.map((id) => ({ id, title: `标题${id}`, chars: 900 })),
      entities: Array.from({ length: 400 }, (_, e) => ({
        id: `program:项目${String(e).padStart(3, '0')}`,
        type: 'Program' as const,
        name: `项目${String(e).padStart(3, '0')}`,
        aliases: [],
        props: {},
        mentions: docs.filter((_, d) => (d + e) % 6 === 0).map((doc) => ({ doc, start: e, end: e + 4 })),
      })),
      relations: Array.from({ length: 200 }, (_, r) => ({
        id: `implements:street:某街道->program:项目${String(r).padStart(3, '0')}`,
        type: 'IMPLEMENTS' as const,
        from: 'street:某街道',
        to: `program:项目${String(r).padStart(3, '0')}`,
        props: {},
        evidence: docs.filter((_, d) => (d + r) % 40 === 0).map((doc) => ({ doc, start: 0, end: 30, text: `某街道推进项目${r}建设,“${doc}”一句` })),
      })),
    };
    graph.entities.push({ id: 'street:某街道', type: 'Street', name: '某街道', aliases: [], props: {}, mentions: [{ doc: docs[0]!, start: 0, end: 3 }] });
    graph.entities.sort((a, b) => (a.id < b.id ? -1 : 1));
    const { index } = await writeExports(graph, dir);
    expect(readFileSync(path.join(dir, 'kg.json')).length).toBeGreaterThan(9 << 20);
    // A document sorted into the middle that mentions every 37th entity and supports every 23rd relation.
    const id = 'doc-04001';
    const entities = new Set(graph.entities.filter((_, i) => i % 37 === 5).map((e) => e.id));
    const relations = new Set(graph.relations.filter((_, i) => i % 23 === 7).map((r) => r.id));
    const next: KnowledgeGraph = {
      documents: [...graph.documents, { id, title: '新增', chars: 40 }].sort((a, b) => (a.id < b.id ? -1 : 1)),
      entities: graph.entities.map((e) => (entities.has(e.id) ? { ...e, mentions: [...e.mentions, { doc: id, start: 1, end: 3 }].sort((a, b) => (a.doc < b.doc ? -1 : 1)) } : e)),
      relations: graph.relations.map((r) => (relations.has(r.id) ? { ...r, evidence: [...r.evidence, { doc: id, start: 0, end: 5, text: '新"句"\\n' }].sort((a, b) => (a.doc < b.doc ? -1 : 1)) } : r)),
    };
    await writeExports(next, dir, EXPORT_FORMATS, { previous: index, unchanged: unchangedBy(next, { documents: [id], entities: [...entities], relations: [...relations] }) });
    expect(files(dir)).toEqual(expected(next));
    rmSync(dir, { recursive: true });
  });

  it('written over the spare each run keeps (the file it replaced), with the bytes of a whole write', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-splice-'));
    const { graph } = await buildGraph(['graph/corpus'], { curationPath: null });
    const spare = { spare: true };
    const larger = withArticle(withArticle(graph, 'zz-one'), 'zz-two');
    // Nothing to keep yet: no spare.
    await writeExports(larger, dir, EXPORT_FORMATS, undefined, spare);
    expect(Object.keys(spares(dir))).toEqual([]);
    // The files replaced become the spares: here longer than what is written over them next.
    let { index } = await writeExports(graph, dir, EXPORT_FORMATS, undefined, spare);
    expect(files(dir)).toEqual(expected(graph));
    const renamed = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([n, text]) => [`.${n}.spare`, text]));
    expect(spares(dir)).toEqual(renamed(expected(larger)));
    let kg = graph;
    for (const id of ['zz-added', '0-added']) {
      const inodes = EXPORT_FORMATS.map((f) => statSync(path.join(dir, `.kg.${f}.spare`)).ino);
      const next = withArticle(kg, id);
      const written = await writeExports(next, dir, EXPORT_FORMATS, { previous: index, unchanged: unchangedBy(next, touched(kg, id)) }, spare);
      expect(files(dir)).toEqual(expected(next));
      expect(spares(dir)).toEqual(renamed(expected(kg)));
      // Written over in place: each file is the spare before.
      expect(EXPORT_FORMATS.map((f) => statSync(path.join(dir, `kg.${f}`)).ino)).toEqual(inodes);
      [kg, index] = [next, written.index];
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.before'))).toEqual([]);
    rmSync(dir, { recursive: true });
  });

  it('never writes over the file itself, and takes up what a killed run left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-splice-'));
    const { graph } = await buildGraph(['graph/corpus'], { curationPath: null });
    const spare = { spare: true };
    let { index } = await writeExports(graph, dir, EXPORT_FORMATS, undefined, spare);
    // A spare that is the file under a second name: written over, the splice would read what it writes.
    for (const f of EXPORT_FORMATS) linkSync(path.join(dir, `kg.${f}`), path.join(dir, `.kg.${f}.spare`));
    // Added first in every list: every later byte moves.
    let kg = withArticle(graph, '0-first');
    ({ index } = await writeExports(kg, dir, EXPORT_FORMATS, { previous: index, unchanged: unchangedBy(kg, touched(graph, '0-first')) }, spare));
    expect(files(dir)).toEqual(expected(kg));
    // What a killed run left (its pid gone): a temporary file and a second name of the file.
    const dead = spawnSync('true').pid;
    rmSync(path.join(dir, '.kg.json.spare'));
    writeFileSync(path.join(dir, `.kg.json.${dead}.tmp`), 'partial');
    linkSync(path.join(dir, 'kg.json'), path.join(dir, `.kg.json.${dead}.before`));
    const next = withArticle(kg, 'zz-last');
    await writeExports(next, dir, EXPORT_FORMATS, { previous: index, unchanged: unchangedBy(next, touched(kg, 'zz-last')) }, spare);
    expect(files(dir)).toEqual(expected(next));
    expect(readdirSync(dir).filter((n) => n.includes(`.${dead}.`))).toEqual([]);
    expect(Object.keys(spares(dir))).toEqual(EXPORT_FORMATS.map((f) => `.kg.${f}.spare`).sort());
    rmSync(dir, { recursive: true });
  });
});
