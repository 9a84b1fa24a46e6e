/**
 * What the genre tests share: a graph of one article written for a test, and its names and links
 * as sorted strings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/pipeline.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

export async function graphOf(text: string, file = 'article.txt'): Promise<KnowledgeGraph> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhenjie-genre-'));
  writeFileSync(path.join(dir, file), text);
  return (await buildGraph([path.join(dir, file)], { curationPath: null })).graph;
}
export const names = (kg: KnowledgeGraph, type: string) => kg.entities.filter((e) => e.type === type).map((e) => e.name).sort();
export const linked = (kg: KnowledgeGraph, type: string) =>
  kg.relations
    .filter((r) => r.type === type)
    .map((r) => `${kg.entities.find((e) => e.id === r.from)!.name}→${kg.entities.find((e) => e.id === r.to)!.name}`)
    .sort();
