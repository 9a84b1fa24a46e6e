/** Files of the extraction cache: read as JSON (a file that cannot be parsed is none), written atomically. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The parsed file and its size in bytes, or undefined when it is missing or cannot be parsed. */
export function readJson<T>(file: string): { value: T; bytes: number } | undefined {
  try {
    const bytes = readFileSync(file);
    return { value: JSON.parse(bytes.toString('utf8')) as T, bytes: bytes.length };
  } catch {
    return undefined;
  }
}

/** Write to a temporary file, then rename: a crash never leaves half a file behind. */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
