/**
 * Runs the pipeline over document groups and scores each document against its gold file.
 * Shared by `npm run eval` (run.ts) and test/quality.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BuildOptions, BuildResult } from '../../src/pipeline.ts';
import type { DocumentMeta, KnowledgeGraph } from '../../src/types.ts';
import { docStem, loadGoldDir, type GoldDoc } from './gold.ts';
import { combine, scoreDocument, scoreGraph, type Score } from './score.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const GOLD_DIR = join(ROOT, 'test', 'gold');
/**
 * Our own pages of the genre, in sets of fourteen (test/fixtures/written, written2 … written14),
 * each written and annotated blind (its gold in test/gold/<set>, before the extractor was run on
 * it) once the sets before it had been tuned on; kept apart from the real texts' gold.
 */
export const WRITTEN_SETS = ['written', 'written2', 'written3', 'written4', 'written5', 'written6', 'written7', 'written8', 'written9', 'written10', 'written11', 'written12', 'written13', 'written14', 'written15', 'written16', 'written17', 'written18', 'written19'] as const;
export type WrittenSet = (typeof WRITTEN_SETS)[number];
export const writtenDir = (set: WrittenSet) => join(ROOT, 'test', 'fixtures', set);
export const writtenGoldDir = (set: WrittenSet) => join(GOLD_DIR, set);
/**
 * Real articles are other people's writing: they stay outside the repository, in
 * `../shared/corpus/` beside it (CI always has it), or wherever ZHENJIE_CORPUS points.
 */
export const CORPUS_DIR = resolve(process.env.ZHENJIE_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'));
/** The seed article: the published column the extractor's first rules were written against. */
export const SEED_PATH = join(CORPUS_DIR, 'xiaoshan-daily-zhenjie-interview.txt');
export const DEV_DIR = join(CORPUS_DIR, 'dev');
export const DEV2_DIR = join(CORPUS_DIR, 'dev2');

export interface Group {
  name: string;
  paths: string[];
}

/** Why the real corpus cannot be read, or null when it can. */
export function corpusMissing(): string | null {
  return existsSync(SEED_PATH) && existsSync(DEV_DIR) && existsSync(DEV2_DIR)
    ? null
    : `the real corpus is not at ${CORPUS_DIR} (the seed article, dev/ and dev2/); set ZHENJIE_CORPUS to its folder`;
}

const textsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));

/** Our own sample article (graph/corpus), what `npm start` builds: shipped, so always there. */
export const BUNDLED_DIR = join(ROOT, 'graph', 'corpus');

/**
 * The real corpus's groups: the seed article alone; the twelve dev excerpts; the twenty-four dev2
 * excerpts (annotated blind, before any rule was tuned on them). Throws when the corpus is missing.
 */
export function realGroups(): Group[] {
  const missing = corpusMissing();
  if (missing) throw new Error(missing);
  return [
    { name: 'seed', paths: [SEED_PATH] },
    { name: 'dev', paths: textsIn(DEV_DIR) },
    { name: 'dev2', paths: textsIn(DEV2_DIR) },
  ];
}

/** The bundled sample, then the real corpus's groups when it is there. */
export function defaultGroups(): Group[] {
  return [{ name: 'bundled', paths: textsIn(BUNDLED_DIR) }, ...(corpusMissing() ? [] : realGroups())];
}

/** A set of written pages, built as one corpus; not a default group (see `WRITTEN_SETS`). */
export function writtenGroup(set: WrittenSet): Group {
  return { name: set, paths: textsIn(writtenDir(set)) };
}

/**
 * The gold of every group: test/gold and test/gold/written, written2 … written14 (documents are
 * mapped to gold by stem, so a stem in two of them is an error).
 */
export function loadAllGolds(): Map<string, GoldDoc> {
  const golds = loadGoldDir(GOLD_DIR);
  const from = new Map([...golds.keys()].map((stem) => [stem, GOLD_DIR]));
  for (const dir of WRITTEN_SETS.map(writtenGoldDir)) {
    for (const [stem, gold] of loadGoldDir(dir)) {
      if (golds.has(stem)) throw new Error(`${join(dir, `${stem}.json`)}: a gold file of the same name is in ${from.get(stem)}`);
      golds.set(stem, gold);
      from.set(stem, dir);
    }
  }
  return golds;
}

/** Groups scored against per-type floors (a single article each), not a macro floor. */
export const SINGLE_ARTICLE_GROUPS = new Set(['bundled', 'seed']);

export type Mode = 'corpus' | 'separate';

export interface DocResult {
  stem: string;
  path: string;
  /** Id of the pipeline's document, or undefined when the pipeline returned none for the file. */
  docId?: string;
  score: Score;
}
export interface GroupResult {
  name: string;
  mode: Mode;
  docs: DocResult[];
  total: Score;
  /** Pipeline documents that could not be mapped to an input file / gold file. */
  unmapped: string[];
  problems: string[];
  millis: number;
}

/** The title a reader should find: the `title:` header line, else the first non-empty line. */
function expectedTitle(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return '';
  }
  const header = /^title:\s*(.*)$/m.exec(text.split('\n').slice(0, 5).join('\n'));
  if (header) return header[1].trim();
  return text.split('\n').find((l) => l.trim())?.trim() ?? '';
}

/** Map pipeline documents to input files: by `path` basename, else by `id`, else by title. */
export function mapDocuments(docs: DocumentMeta[], paths: string[]): { byStem: Map<string, DocumentMeta>; unmapped: string[] } {
  const stems = new Map(paths.map((p) => [docStem(p), p]));
  const byStem = new Map<string, DocumentMeta>();
  const unmapped: string[] = [];
  let titles: Map<string, string> | undefined;
  for (const d of docs) {
    let stem = [d.path, d.id].filter((x): x is string => !!x).map(docStem).find((s) => stems.has(s));
    if (!stem) {
      titles ??= new Map(paths.map((p) => [expectedTitle(p), docStem(p)]));
      stem = d.title.trim() ? titles.get(d.title.trim()) : undefined;
    }
    if (stem && !byStem.has(stem)) byStem.set(stem, d);
    else unmapped.push(d.path ?? d.id);
  }
  return { byStem, unmapped };
}

function scoreFile(gold: GoldDoc, graph: KnowledgeGraph, doc: DocumentMeta | undefined): Score {
  return doc ? scoreGraph(gold, graph, doc.id) : scoreDocument({ gold, entities: [], relations: [] });
}

/**
 * Evaluate one group. `corpus` mode builds one graph from all files of the group (as a user
 * would run it; names learnt in one file are recognised in the others) and scores each document
 * on its part of the graph; `separate` mode builds one graph per file.
 */
export async function evaluateGroup(
  group: Group,
  options: {
    mode?: Mode;
    golds?: Map<string, GoldDoc>;
    only?: (stem: string) => boolean;
    /** Curation file for the pipeline; default none, so the extractor itself is measured. */
    curationPath?: string | null;
    /** Replaces the pipeline (tests, `--oracle`). */
    build?: (paths: string[], options: BuildOptions) => Promise<BuildResult>;
  } = {},
): Promise<GroupResult> {
  const mode = options.mode ?? 'corpus';
  const golds = options.golds ?? loadAllGolds();
  const only = options.only ?? (() => true);
  // Imported lazily, so that the scorer and `--oracle` work while the pipeline does not load.
  const build = options.build ?? (await import('../../src/pipeline.ts')).buildGraph;
  const started = Date.now();
  const docs: DocResult[] = [];
  const unmapped: string[] = [];
  const problems: string[] = [];

  const missingGold = group.paths.filter((p) => !golds.has(docStem(p)));
  if (missingGold.length) throw new Error(`no gold file for: ${missingGold.map((p) => basename(p)).join(', ')}`);

  const runs = mode === 'corpus' ? [group.paths] : group.paths.filter((p) => only(docStem(p))).map((p) => [p]);
  for (const paths of runs) {
    const result = await build(paths, { curationPath: options.curationPath ?? null });
    for (const p of result.problems) problems.push(`${p.file ?? ''}${p.file ? ': ' : ''}${p.message}`);
    const mapped = mapDocuments(result.graph.documents, paths);
    unmapped.push(...mapped.unmapped);
    for (const path of paths) {
      const stem = docStem(path);
      if (!only(stem)) continue;
      const doc = mapped.byStem.get(stem);
      docs.push({ stem, path, docId: doc?.id, score: scoreFile(golds.get(stem)!, result.graph, doc) });
    }
  }
  return {
    name: group.name,
    mode,
    docs,
    total: combine(docs.map((d) => d.score)),
    unmapped,
    problems,
    millis: Date.now() - started,
  };
}
