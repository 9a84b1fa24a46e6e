/**
 * The named questions: one `queries/<name>.cypher` file each, whose leading `//` comment lines
 * give `title:`, `description:` and `param: NAME = JSON-DEFAULT what it is` lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';

/** queries/ at the root of the repository. */
export const QUERIES_DIR = resolve(import.meta.dirname, '..', '..', 'queries');

const ParamDefault = z.union([z.string(), z.number(), z.boolean()]);

export const QueryParam = z.object({
  name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
  default: ParamDefault,
  description: z.string(),
});
export type QueryParam = z.infer<typeof QueryParam>;

export const NamedQuery = z.object({
  name: z.string(),
  title: z.string().min(1),
  description: z.string().min(1),
  params: z.array(QueryParam),
  cypher: z.string().min(1),
  file: z.string(),
});
export type NamedQuery = z.infer<typeof NamedQuery>;

export class QueryCatalogError extends Error {}

const PARAM_LINE = /^param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false)\s*(.*)$/;

/** Parses one query file's text; errors name the file and line. */
export function parseQueryFile(file: string, text: string): NamedQuery {
  const lines = text.split(/\r?\n/);
  const header: Record<string, string> = {};
  const params: QueryParam[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.startsWith('//')) break;
    const body = line.slice(2).trim();
    const where = `${file}:${i + 1}`;
    if (body.startsWith('param:')) {
      const m = PARAM_LINE.exec(body);
      if (!m) throw new QueryCatalogError(`${where}: a param line reads 'param: NAME = DEFAULT description' (DEFAULT is JSON: "text", 4 or true): ${body}`);
      params.push({ name: m[1]!, default: JSON.parse(m[2]!) as string | number | boolean, description: m[3]!.trim() });
    } else {
      const m = /^(title|description):\s*(.*)$/.exec(body);
      if (m) header[m[1]!] = m[2]!.trim();
    }
  }
  const parsed = NamedQuery.safeParse({
    name: basename(file, '.cypher'),
    title: header.title,
    description: header.description,
    params,
    cypher: text,
    file,
  });
  if (!parsed.success) {
    throw new QueryCatalogError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'header'}: ${i.message}`).join('; ')} (a header needs '// title:' and '// description:' lines)`);
  }
  const used = new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  const undeclared = [...used].filter((p) => !params.some((d) => d.name === p));
  if (undeclared.length) throw new QueryCatalogError(`${file}: uses $${undeclared.join(', $')} without a '// param:' line giving a default`);
  return parsed.data;
}

/** Every named question in `dir` (default queries/), sorted by name. */
export function listQueries(dir: string = QUERIES_DIR): NamedQuery[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  } catch (error) {
    throw new QueryCatalogError(`cannot read the questions folder ${dir}: ${(error as Error).message}`);
  }
  return files.sort().map((f) => parsedFile(join(dir, f)));
}

/** Parsed files by path, re-read when their mtime changes: edits show up, unchanged files cost a stat. */
const parsed = new Map<string, { mtimeMs: number; query: NamedQuery }>();

function parsedFile(file: string): NamedQuery {
  const mtimeMs = statSync(file).mtimeMs;
  const hit = parsed.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.query;
  const query = parseQueryFile(file, readFileSync(file, 'utf8'));
  parsed.set(file, { mtimeMs, query });
  return query;
}

/** One named question; the error lists the names there are. */
export function getQuery(name: string, dir: string = QUERIES_DIR): NamedQuery {
  const all = listQueries(dir);
  const found = all.find((q) => q.name === name);
  if (!found) throw new QueryCatalogError(`no question '${name}' in ${dir}; there are: ${all.map((q) => q.name).join(', ')}`);
  return found;
}

/**
 * The parameters a question runs with: its defaults, overridden by `given`. Strings given for a
 * numeric or boolean parameter (from `--param k=v`) are converted; unknown names are refused.
 */
export function resolveParams(query: NamedQuery, given: Record<string, unknown> = {}): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = Object.fromEntries(query.params.map((p) => [p.name, p.default]));
  for (const [key, value] of Object.entries(given)) {
    const spec = query.params.find((p) => p.name === key);
    if (!spec) throw new QueryCatalogError(`question '${query.name}' has no parameter '${key}'; it has: ${query.params.map((p) => p.name).join(', ') || 'none'}`);
    out[key] = coerce(query.name, spec, value);
  }
  return out;
}

function coerce(queryName: string, spec: QueryParam, value: unknown): string | number | boolean {
  const kind = typeof spec.default;
  if (typeof value === kind) return value as string | number | boolean;
  const text = String(value);
  if (kind === 'number') {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) throw new QueryCatalogError(`question '${queryName}': parameter '${spec.name}' is a number, not '${text}'`);
    return n;
  }
  if (kind === 'boolean') {
    if (text === 'true' || text === 'false') return text === 'true';
    throw new QueryCatalogError(`question '${queryName}': parameter '${spec.name}' is true or false, not '${text}'`);
  }
  return text;
}
