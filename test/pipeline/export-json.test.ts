/**
 * kg.json spliced from the file before (src/export/json.ts): the bytes of `toJson`, and only when
 * the file is still the one its index describes.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline.ts';
import { toJson } from '../../src/export/index.ts';
import { spliceJson, unchangedBy, writeJson } from '../../src/export/json.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

/** `graph` with one more document mentioning its first entity and supporting its first relation. */
function withArticle(graph: KnowledgeGraph): KnowledgeGraph {
  const doc = { id: 'zz-added', title: '新增', chars: 40 };
  const [e0, ...entities] = graph.entities;
  const [r0, ...relations] = graph.relations;
  return {
    documents: [...graph.documents, doc],
    entities: [{ ...e0!, mentions: [...e0!.mentions, { doc: doc.id, start: 1, end: 3 }] }, ...entities],
    relations: [{ ...r0!, evidence: [...r0!.evidence, { doc: doc.id, start: 0, end: 9, text: '一句"引号"\\与\n换行' }] }, ...relations],
  };
}

describe('kg.json spliced from the file before', () => {
  it('gives the bytes of toJson, copying unchanged items, and refuses a file changed since', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-json-'));
    const file = path.join(dir, 'kg.json');
    const { graph } = await buildGraph(['graph/corpus'], { curationPath: null });
    const index = writeJson(file, toJson(graph), graph)!;
    expect(readFileSync(file, 'utf8')).toBe(toJson(graph));
    expect(index.ids.entities).toEqual(graph.entities.map((e) => e.id));

    const next = withArticle(graph);
    const unchanged = unchangedBy(next, { documents: ['zz-added'], entities: [graph.entities[0]!.id], relations: [graph.relations[0]!.id] });
    expect(unchanged.entities.has(graph.entities[0]!.id)).toBe(false);
    expect(unchanged.entities.size).toBe(graph.entities.length - 1);
    const spliced = spliceJson(file, next, index, unchanged);
    expect(spliced?.index).toBeDefined();
    expect(readFileSync(file, 'utf8')).toBe(toJson(next));
    expect(spliced!.index!.ids.documents).toEqual(next.documents.map((d) => d.id));

    // The bytes of an item said unchanged come from the file: a wrong claim would show.
    const again = withArticle(next);
    const lie = unchangedBy(again, { documents: ['zz-added'], entities: [], relations: [] });
    spliceJson(file, again, spliced!.index!, lie);
    expect(readFileSync(file, 'utf8')).not.toBe(toJson(again));

    // A file written since its index was made is not spliced (the caller writes it whole).
    const before = writeJson(file, toJson(next), next)!;
    appendFileSync(file, ' ');
    expect(spliceJson(file, withArticle(next), before, unchanged)).toBeUndefined();
    // A graph of another shape has no index.
    expect(writeJson(file, toJson({ ...graph, extra: 1 } as KnowledgeGraph), { ...graph, extra: 1 } as KnowledgeGraph)).toBeUndefined();
    rmSync(dir, { recursive: true });
  });
});
