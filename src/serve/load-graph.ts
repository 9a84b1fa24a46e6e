/**
 * Where the served graph comes from: a JSON export (validated against the contract) or a fresh
 * build of input files through the pipeline.
 */
import { readFile } from 'node:fs/promises';
import { buildGraph } from '../pipeline.ts';
import { KnowledgeGraph, type Problem } from '../types.ts';
import type { GraphSourceInfo } from './api.ts';

export class GraphLoadError extends Error {}

export async function loadGraphFile(path: string): Promise<{ graph: KnowledgeGraph; source: GraphSourceInfo }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GraphLoadError(
      code === 'ENOENT'
        ? `${path}: no such file. Export a graph first (\`zhenjie export graph/corpus --out out/\`), or run \`zhenjie serve --build <files|folders>\``
        : `${path}: ${(error as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GraphLoadError(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = KnowledgeGraph.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GraphLoadError(`${path}: not a zhenjie graph: at ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return {
    graph: parsed.data,
    source: { kind: 'export', label: `export ${path}`, loadedAt: new Date().toISOString() },
  };
}

export async function buildFromInputs(
  inputs: string[],
  onProblem: (problem: Problem) => void,
  jobs?: number,
): Promise<{ graph: KnowledgeGraph; source: GraphSourceInfo }> {
  const result = await buildGraph(inputs, jobs ? { jobs } : {});
  for (const problem of result.problems) onProblem(problem);
  if (result.filesRead === 0) throw new GraphLoadError(`nothing could be read from ${inputs.join(', ')}`);
  return {
    graph: result.graph,
    source: {
      kind: 'build',
      label: `built from ${inputs.join(', ')} (${result.filesRead} file${result.filesRead === 1 ? '' : 's'})`,
      loadedAt: new Date().toISOString(),
    },
  };
}
