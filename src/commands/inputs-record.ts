/**
 * What `ingest` leaves beside its exports (`<out>/kg.inputs.json`): the digest of the inputs they
 * were built from, and the graph's documents and counts. A later run whose inputs have the same
 * digest, whose exports are all still there, and whose Neo4j holds that graph, needs neither to
 * build the graph nor to write anything.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphSummary } from '../write/index.ts';
import { unchangedBy, type ExportIndex, type ExportReuse } from '../export/index.ts';
import type { BuildResult } from '../pipeline.ts';

export interface InputsRecord extends GraphSummary {
  inputDigest: string;
  exports: string[];
  /** Where each item lies in each export (export/splice.ts): a run that adds articles renders only what changed. */
  index?: ExportIndex;
}

const recordFile = (out: string) => path.join(out, 'kg.inputs.json');

/** The record, whatever inputs it is for; null when there is none or it cannot be read. */
export function readRecord(out: string): InputsRecord | null {
  try {
    return JSON.parse(readFileSync(recordFile(out), 'utf8')) as InputsRecord;
  } catch {
    return null; // none yet, or unreadable: the run builds and writes a new one
  }
}

/** `record` (readRecord's: read once a run, 1.4 MB for 20,000 articles), when it is for `inputDigest` and every export it lists is still there. */
export function currentRecord(record: InputsRecord | null, inputDigest: string): InputsRecord | null {
  if (!record || record.inputDigest !== inputDigest || !Array.isArray(record.exports) || !Array.isArray(record.documents)) return null;
  return record.exports.every((file) => existsSync(file)) ? record : null;
}

export function writeRecord(out: string, record: InputsRecord): void {
  const tmp = `${recordFile(out)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, recordFile(out));
}

/**
 * What the exports in `out` can keep of themselves, by `previous` (readRecord's): when the build
 * only added articles to the graph the record's exports were written from, every item they are no part of (export/splice.ts).
 */
export function exportReuse(previous: InputsRecord | null, build: Pick<BuildResult, 'graph' | 'appended' | 'changes'>): ExportReuse | undefined {
  if (!build.appended || !build.changes) return undefined;
  if (!previous?.index || previous.inputDigest !== build.changes.since) return undefined;
  return { previous: previous.index, unchanged: unchangedBy(build.graph, build.appended) };
}
