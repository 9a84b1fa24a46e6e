/**
 * What `ingest` leaves beside its exports (`<out>/kg.inputs.json`): the digest of the inputs they
 * were built from, and the graph's documents and counts. A later run whose inputs have the same
 * digest, whose exports are all still there, and whose Neo4j holds that graph, needs neither to
 * build the graph nor to write anything.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphSummary } from '../write/index.ts';

export interface InputsRecord extends GraphSummary {
  inputDigest: string;
  exports: string[];
}

const recordFile = (out: string) => path.join(out, 'kg.inputs.json');

/** The record, when it is for `inputDigest` and every export it lists is still there. */
export function currentRecord(out: string, inputDigest: string): InputsRecord | null {
  let record: InputsRecord;
  try {
    record = JSON.parse(readFileSync(recordFile(out), 'utf8')) as InputsRecord;
  } catch {
    return null; // none yet, or unreadable: the run builds and writes a new one
  }
  if (record.inputDigest !== inputDigest || !Array.isArray(record.exports) || !Array.isArray(record.documents)) return null;
  return record.exports.every((file) => existsSync(file)) ? record : null;
}

export function writeRecord(out: string, record: InputsRecord): void {
  const tmp = `${recordFile(out)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, recordFile(out));
}
