/**
 * The whole extraction pipeline as one call: read → segment → extract → resolve → curate.
 * Writers (Neo4j, exports) and the viewer take its `KnowledgeGraph`.
 */
import type { KnowledgeGraph, Problem, SourceDocument } from './types.ts';

export interface BuildOptions {
  /** Curation file (yaml or json); defaults to graph/curation.yaml when it exists. */
  curationPath?: string | null;
  /** Progress reports for long runs (files read so far). */
  onProgress?: (progress: { filesRead: number; chars: number }) => void;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  problems: Problem[];
  filesRead: number;
  filesSkipped: number;
}

export async function buildGraph(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  void inputs;
  void options;
  throw new Error('not implemented yet');
}

export type { SourceDocument };
