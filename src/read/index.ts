/**
 * read: files and folders → documents. Walks folders recursively for .txt/.md/.html, decodes
 * UTF-8 or GB18030, splits off a `key: value` metadata header, and reports (not throws) every
 * file it cannot read, with its path and what is wrong.
 */
import { readFileSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Problem, SourceDocument } from '../types.ts';
import { decodeText, DecodeError } from './decode.ts';
import { htmlToText } from './html.ts';

export { normalizeText, toOriginal, type NormalizedText } from './normalize.ts';

const EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
const HEADER_KEYS = new Set(['source', 'title', 'date', 'partial', 'author', 'url']);

/** A document as read, with where its article text starts (after the metadata header). */
export interface ReadDocument extends SourceDocument {
  /** Offset in `text` where the article body starts. */
  bodyStart: number;
  /** For HTML: the text with tags blanked out (same length as `text`); extractors read this. */
  plain: string;
  /** The title is the body's first line (no header or HTML title gave one): the page stage picks that line past the furniture. */
  titleFromBody: boolean;
  /** Read with a warning (a few invalid bytes replaced): reported with the file, the text kept. */
  warning?: string;
  /** The header's `title:` as written (a store may describe an untitled page there): page metadata for places. */
  headerTitle?: string;
}

/** Every file under the inputs, in a stable order; missing inputs are problems. */
export function listInputFiles(inputs: string[]): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  // Each real file and folder once: a symlink loop or two links to one file read it once.
  const seen = new Set<string>();
  const walk = (p: string, explicit: boolean) => {
    let stat;
    let real: string;
    try {
      stat = statSync(p);
      real = realpathSync(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'a loop of symbolic links' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code ?? (error as Error).message})`;
      problems.push({ file: p, message: why });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    if (stat.isDirectory()) walkFolder(p, real);
    else if (EXTENSIONS.has(path.extname(p).toLowerCase())) files.push(p);
    else if (explicit) problems.push({ file: p, message: `not a .txt, .md or .html file` });
  };
  const walkFolder = (p: string, real: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: p, message: `cannot list this folder (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message)}); skipped` });
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      // A folder's README says what the folder holds: it is no article (named on its own, it is read).
      if (name.startsWith('.') || name === 'node_modules' || /^readme\./i.test(name)) continue;
      const child = path.join(p, name);
      // A plain file in a folder whose real path is known is that path and its name: no system
      // call for it (a link, or an entry whose type the listing does not give, is looked up).
      if (entry.isFile()) {
        if (!EXTENSIONS.has(path.extname(name).toLowerCase())) continue;
        const realChild = path.join(real, name);
        if (seen.has(realChild)) continue;
        seen.add(realChild);
        files.push(child);
      } else walk(child, false);
    }
  };
  for (const input of inputs) walk(input, true);
  return { files, problems };
}

/** A stable document id from the file name: the same file gives the same id on every machine. */
export function documentIdFor(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '').normalize('NFC');
}

/** Split a leading block of `key: value` lines off the text. */
export function parseHeader(text: string): { meta: Record<string, string>; bodyStart: number } {
  const meta: Record<string, string> = {};
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const m = /^([a-z]+)\s*[::]\s*(.*)$/i.exec(line);
    if (!m || !HEADER_KEYS.has(m[1]!.toLowerCase())) break;
    meta[m[1]!.toLowerCase()] = m[2]!.trim();
    if (nl < 0) return { meta, bodyStart: text.length };
    pos = nl + 1;
  }
  return { meta, bodyStart: Object.keys(meta).length ? pos : 0 };
}

/** Read one file into a document, or a problem naming the file. */
export function readDocument(file: string, id = documentIdFor(file)): ReadDocument | Problem {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { file, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  let text: string;
  let warning: string | undefined;
  try {
    ({ text, warning } = decodeText(bytes));
  } catch (error) {
    if (error instanceof DecodeError) return { file, message: error.message };
    throw error;
  }
  const isHtml = /\.html?$/i.test(file);
  const html = isHtml ? htmlToText(text) : null;
  const plain = html ? html.text : text;
  const { meta, bodyStart } = parseHeader(plain);
  const firstLine = /^\s*(\S[^\n]*)/.exec(plain.slice(bodyStart, bodyStart + 2000))?.[1]?.trim() || id;
  // The dev corpus marks a missing title as `[no title stored] (description)`: keep the description.
  const described = meta.title?.replace(/^\[[^\]]*\]\s*/, '').replace(/^\((.*)\)$/, '$1').trim();
  const title = described || html?.title || firstLine;
  const doc: ReadDocument = {
    id,
    title: title.slice(0, 200),
    chars: text.length,
    path: file,
    text,
    plain,
    bodyStart,
    titleFromBody: !described && !html?.title,
  };
  if (meta.title) doc.headerTitle = meta.title;
  if (warning) doc.warning = warning;
  const source = meta.source ?? meta.url;
  if (source) doc.source = source;
  if (meta.date) doc.date = meta.date;
  if (meta.partial) doc.partial = /^(yes|true|1)$/i.test(meta.partial);
  return doc;
}

export function isProblem(x: ReadDocument | Problem): x is Problem {
  return !('text' in x);
}
