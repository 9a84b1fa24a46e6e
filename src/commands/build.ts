/**
 * The graph-building step every command shares: runs the pipeline, reports unreadable files and
 * progress on stderr, and fails (exit 3) only when no file at all could be read.
 */
import { buildGraph, type BuildResult, type ListedInputs } from '../pipeline.ts';
import type { Identified } from '../pipeline/cache.ts';
import { AUTO_BYTES_PER_WORKER, defaultJobs } from '../pipeline/lanes.ts';
import { CurationError } from '../curate/index.ts';
import { EXIT, UserError, type CommandIO, type OptionSpec } from './command.ts';

/** `--jobs N`, the same for every command that builds. */
export const JOBS_OPTION: OptionSpec = {
  type: 'string',
  short: 'j',
  help: `extract on N lanes: the main thread and N-1 worker threads (default: one per core, ${defaultJobs()} here, but a worker only per ${AUTO_BYTES_PER_WORKER / 1e6} MB of files to extract); the graph is the same for any N`,
};

/** The value of `--jobs`: undefined when not given. */
export function jobsOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`--jobs takes a positive whole number, not '${value}'`, EXIT.usage);
  return n;
}

export interface CommandBuildOptions {
  curation?: string;
  /** The inputs listed already (BuildOptions.listed). */
  listed?: ListedInputs;
  /** The extraction cache's folder (see pipeline/cache.ts); none when absent. */
  cacheDir?: string;
  /** The files as the input digest identified them (BuildOptions.identified). */
  identified?: Identified;
  jobs?: number;
}

export async function buildForCommand(inputs: string[], io: CommandIO, { curation, cacheDir, jobs, listed, identified }: CommandBuildOptions = {}): Promise<BuildResult> {
  if (inputs.length === 0) throw new UserError('no input: name files or folders of articles (.txt, .md, .html)', EXIT.usage);
  const started = Date.now();
  let lastReport = started;
  let result: BuildResult;
  try {
    result = await buildGraph(inputs, {
      curationPath: curation,
      ...(cacheDir ? { cacheDir } : {}),
      ...(jobs ? { jobs } : {}),
      ...(listed ? { listed } : {}),
      ...(identified ? { identified } : {}),
      onProgress: (p) => {
        const now = Date.now();
        if (now - lastReport < 2000) return;
        lastReport = now;
        io.err(`pass ${p.pass}: ${p.filesRead}/${p.files} files, ${p.chars} chars, ${Math.round(p.chars / ((now - started) / 1000))} chars/s${p.step ? `; now ${p.step}` : ''}`);
      },
    });
  } catch (error) {
    if (error instanceof CurationError) throw new UserError(error.message, EXIT.input);
    throw error;
  }
  for (const p of result.problems) io.err(`warning: ${p.file ? `${p.file}: ` : ''}${p.message}`);
  if (result.lanes?.workerFailure) io.err(`warning: a worker thread failed, and the build went on without it: ${result.lanes.workerFailure}`);
  if (result.filesSkipped > 0) io.err(`skipped ${result.filesSkipped} file(s) that could not be read`);
  if (result.filesRead === 0) throw new UserError(`nothing could be read from ${inputs.join(', ')}`, EXIT.input);
  const { graph } = result;
  const lanes = result.lanes && result.lanes.used > 1 ? ` on ${result.lanes.used} lanes` : '';
  io.err(`read ${result.filesRead} document(s): ${graph.entities.length} entities, ${graph.relations.length} relations in ${Date.now() - started} ms${lanes}`);
  const c = result.cache;
  if (result.appended) io.err(`cache ${cacheDir}: ${result.appended.documents.length} new document(s) added to the last build's graph (its snapshot); no other document read or resolved again`);
  else if (c) io.err(`cache ${cacheDir}: ${c.hits} document(s) from the cache, ${c.misses} extracted; ${c.sweepHits} sweep result(s) kept${c.sweepsReused ? `, ${c.sweepsReused} kept from the strong names before (no changed name in their text)` : ''}, ${c.swept} swept; ${c.hashed} file(s) hashed (${c.bytesHashed} bytes), ${c.statHits} known by size and mtime${c.corrupt ? `; ${c.corrupt} unreadable cache entr${c.corrupt === 1 ? 'y' : 'ies'} replaced` : ''}`);
  return result;
}
