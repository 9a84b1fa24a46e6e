/** Query results as a table (for people), JSON or CSV (for scripts). */
import type { QueryResult } from './run.ts';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cell).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function clip(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

export function formatTable(result: QueryResult, maxCell = 60): string {
  if (result.rows.length === 0) return '(no rows)';
  const cols = result.columns.length ? result.columns : Object.keys(result.rows[0]!);
  const cells = result.rows.map((r) => cols.map((c) => clip(cell(r[c]), maxCell)));
  const widths = cols.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]!))));
  const pad = (t: string, w: number) => t + ' '.repeat(w - width(t));
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return [line(cols), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line), `(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`].join('\n');
}

const quote = (t: string) => (/[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
const csvValue = (v: unknown) => (Array.isArray(v) || (v && typeof v === 'object') ? JSON.stringify(v) : cell(v));

/** One CSV line: the header (the columns) or a row. */
export const csvLine = (columns: string[], row?: Record<string, unknown>): string => columns.map((c) => quote(row ? csvValue(row[c]) : c)).join(',');

export function formatCsv(result: QueryResult): string {
  const cols = result.columns.length ? result.columns : Object.keys(result.rows[0] ?? {});
  return [csvLine(cols), ...result.rows.map((r) => csvLine(cols, r))].join('\n');
}

export function formatResult(result: QueryResult, format: Format): string {
  if (format === 'json') return JSON.stringify(result.rows, null, 2);
  if (format === 'csv') return formatCsv(result);
  return formatTable(result);
}
