/**
 * The whole extraction pipeline as one call: read → segment → extract → resolve → curate.
 * Writers (Neo4j, exports) and the viewer take its `KnowledgeGraph`.
 *
 * Two passes over the files, so that a name found by a strong pattern in one article is
 * recognised in every other: the first collects those names, the second extracts with them.
 * Only names and candidates are kept between files, never texts, so memory stays flat however
 * many files a folder holds. A single document needs one pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentMeta, KnowledgeGraph, Problem } from './types.ts';
import { isProblem, listInputFiles, normalizeText, readDocument, type ReadDocument } from './read/index.ts';
import { extractDocument, type KnownName } from './extract/index.ts';
import { GraphBuilder } from './resolve/index.ts';
import { applyCuration, loadCuration } from './curate/index.ts';

export const PROJECT_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CURATION = path.join(PROJECT_ROOT, 'graph', 'curation.yaml');

export interface BuildOptions {
  /** Curation file (yaml or json); defaults to graph/curation.yaml when it exists; null for none. */
  curationPath?: string | null;
  /** Progress reports for long runs (files read so far). */
  onProgress?: (progress: { filesRead: number; files: number; chars: number; pass: number }) => void;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  problems: Problem[];
  filesRead: number;
  filesSkipped: number;
}

function metaOf(doc: ReadDocument): DocumentMeta {
  const { text: _text, plain: _plain, bodyStart: _body, ...meta } = doc;
  return meta;
}

function extractFrom(doc: ReadDocument, known: KnownName[]) {
  const norm = normalizeText(doc.plain, doc.bodyStart);
  const ctx = extractDocument(doc.id, norm.text, doc.title, known);
  return { norm, ctx };
}

/** Read, extract and resolve every document under `inputs` into one graph. */
export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { files, problems } = listInputFiles(inputs);
  const curationPath = options.curationPath === undefined ? (existsSync(DEFAULT_CURATION) ? DEFAULT_CURATION : null) : options.curationPath;
  const curation = curationPath ? loadCuration(curationPath) : null;
  const ids = new Map<string, number>();
  const idFor = (file: string) => {
    const base = path.basename(file).replace(/\.[^.]+$/, '').normalize('NFC');
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  };
  const docIds = new Map(files.map((f) => [f, idFor(f)]));
  const readable: string[] = [];
  let chars = 0;
  // Pass 1: names found by strong patterns, corpus-wide.
  const known = new Map<string, KnownName>();
  const multi = files.length > 1;
  for (const [i, file] of files.entries()) {
    const doc = readDocument(file, docIds.get(file));
    if (isProblem(doc)) {
      problems.push(doc);
      continue;
    }
    readable.push(file);
    chars += doc.chars;
    if (!multi) break;
    const { ctx } = extractFrom(doc, []);
    for (const e of ctx.entities) {
      if (!e.strong || e.type === 'Person') continue;
      const key = `${e.type}\u0000${e.name}`;
      const k = known.get(key) ?? { type: e.type, name: e.name, aliases: [] };
      for (const a of e.aliases ?? []) if (!k.aliases.includes(a)) k.aliases.push(a);
      known.set(key, k);
    }
    options.onProgress?.({ filesRead: i + 1, files: files.length, chars, pass: 1 });
  }
  // Pass 2: extraction with the corpus's names.
  const builder = new GraphBuilder();
  const knownList = [...known.values()];
  for (const [i, file] of readable.entries()) {
    const doc = readDocument(file, docIds.get(file));
    if (isProblem(doc)) continue;
    const { norm, ctx } = extractFrom(doc, knownList.filter((k) => true));
    builder.addDocument(metaOf(doc), doc.plain, norm, ctx);
    options.onProgress?.({ filesRead: i + 1, files: readable.length, chars, pass: 2 });
  }
  let graph = builder.build();
  if (curation) {
    const curated = applyCuration(graph, curation);
    graph = curated.graph;
    problems.push(...curated.problems);
  }
  return { graph, problems, filesRead: readable.length, filesSkipped: files.length - readable.length };
}
