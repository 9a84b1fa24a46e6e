/**
 * The whole extraction pipeline as one call: read → segment → extract → resolve → curate.
 * Writers (Neo4j, exports) and the viewer take its `KnowledgeGraph`.
 *
 * Each file is extracted once. A name found by a strong pattern in one article is recognised in
 * every other by a second, cheap pass (no segmentation) that sweeps the texts for those names.
 * Between files only names, small per-document summaries and, up to a fixed budget, the
 * normalised texts are kept, so memory stays bounded however many files a folder holds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentMeta, KnowledgeGraph, Problem } from './types.ts';
import { isProblem, listInputFiles, normalizeText, readDocument, type NormalizedText, type ReadDocument } from './read/index.ts';
import { DocContext, extractDocument, type EntityCandidate, type KnownName, type RelationCandidate } from './extract/index.ts';
import type { Section } from './extract/context.ts';
import { indexKnownNames, sweepKnownNames } from './extract/sweep.ts';
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

/**
 * Normalised texts kept for the sweep, up to this many characters in all; past it the sweep
 * reads the files again, so memory stays bounded whatever the corpus size.
 */
const SWEEP_TEXT_BUDGET = 32_000_000;

/** What the sweep needs of a document it has already extracted. */
interface DocSummary {
  file: string;
  /** The document as read and normalised, while the budget lasts. */
  cached?: { plain: string; norm: NormalizedText };
  id: string;
  title: string;
  entities: EntityCandidate[];
  heads: RelationCandidate[];
  sections: Section[];
  excluded: { start: number; end: number }[];
}

function metaOf(doc: ReadDocument): DocumentMeta {
  const { text: _text, plain: _plain, bodyStart: _body, ...meta } = doc;
  return meta;
}

/** Stable, unique document ids from file names (a second `a.txt` elsewhere is `a~2`). */
function documentIds(files: string[]): Map<string, string> {
  const seen = new Map<string, number>();
  return new Map(
    files.map((file) => {
      const base = path.basename(file).replace(/\.[^.]+$/, '').normalize('NFC');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return [file, n === 1 ? base : `${base}~${n}`];
    }),
  );
}

/** Read, extract and resolve every document under `inputs` into one graph. */
export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { files, problems } = listInputFiles(inputs);
  const curationPath = options.curationPath === undefined ? (existsSync(DEFAULT_CURATION) ? DEFAULT_CURATION : null) : options.curationPath;
  const curation = curationPath ? loadCuration(curationPath) : null;
  const ids = documentIds(files);
  const builder = new GraphBuilder();
  const known = new Map<string, KnownName>();
  const summaries: DocSummary[] = [];
  let chars = 0;
  let cachedChars = 0;
  for (const [i, file] of files.entries()) {
    const doc = readDocument(file, ids.get(file));
    if (isProblem(doc)) {
      problems.push(doc);
      continue;
    }
    chars += doc.chars;
    const norm = normalizeText(doc.plain, doc.bodyStart);
    const ctx = extractDocument(doc.id, norm.text, doc.title);
    builder.addDocument(metaOf(doc), doc.plain, norm, ctx);
    for (const e of ctx.entities) {
      if (!e.strong || e.type === 'Person') continue;
      const key = `${e.type}\u0000${e.name}`;
      const k = known.get(key) ?? { type: e.type, name: e.name, aliases: [] };
      for (const a of e.aliases ?? []) if (!k.aliases.includes(a)) k.aliases.push(a);
      known.set(key, k);
    }
    const cache = cachedChars + doc.plain.length <= SWEEP_TEXT_BUDGET;
    if (cache) cachedChars += doc.plain.length;
    summaries.push({
      ...(cache ? { cached: { plain: doc.plain, norm } } : {}),
      file,
      id: doc.id,
      title: doc.title,
      entities: ctx.entities.map(({ type, name, start, end }) => ({ type, name, start, end })),
      heads: ctx.relations.filter((r) => r.type === 'HEADS'),
      sections: ctx.sections,
      excluded: ctx.excluded,
    });
    options.onProgress?.({ filesRead: i + 1, files: files.length, chars, pass: 1 });
  }
  if (summaries.length > 1 && known.size > 0) {
    const index = indexKnownNames([...known.values()]);
    for (const [i, s] of summaries.entries()) {
      let plain: string;
      let norm: NormalizedText;
      if (s.cached) ({ plain, norm } = s.cached);
      else {
        const doc = readDocument(s.file, s.id);
        if (isProblem(doc)) continue;
        plain = doc.plain;
        norm = normalizeText(doc.plain, doc.bodyStart);
      }
      const ctx = new DocContext(s.id, norm.text, s.title);
      ctx.entities.push(...s.entities);
      ctx.relations.push(...s.heads);
      ctx.sections = s.sections;
      ctx.excluded.push(...s.excluded);
      const seeded = ctx.relations.length;
      const added = sweepKnownNames(ctx, index);
      if (added.length > 0) builder.addCandidates(s.id, plain, norm, added, ctx.relations.slice(seeded));
      options.onProgress?.({ filesRead: i + 1, files: summaries.length, chars, pass: 2 });
    }
  }
  let graph = builder.build();
  if (curation) {
    const curated = applyCuration(graph, curation);
    graph = curated.graph;
    problems.push(...curated.problems);
  }
  return { graph, problems, filesRead: summaries.length, filesSkipped: files.length - summaries.length };
}
