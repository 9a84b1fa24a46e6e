/**
 * Tables copied from a page's markup a cell a line (`序号`, `项目名称`, `建设单位`… then `1`, a
 * name, a company…). Read line by line they are a column of numbers and short names, which the
 * furniture finder takes for navigation; read as a table they say which company builds which
 * project. This finds them, so that the page keeps their lines and the normaliser writes each
 * row's cells on one line, between tabs, as a table's rows are.
 */

/**
 * A header cell: a short label, no sentence in it, perhaps with its year (`2027年计划投资(万元)`).
 * A row's number (`1`) has no Han character, so it ends the header.
 */
const HEADER_CELL = /^(?:\d{4}年)?[\p{Script=Han}()\uff08\uff09]{2,12}$/u;
const NAME_HEADER = /^(项目名称|工程名称|名称)$/;

export interface CellTables {
  /** Offsets (in the text) of the line breaks between cells of one row. */
  breaks: Set<number>;
  /** Where each table is, header to last row. */
  spans: { start: number; end: number }[];
}

/**
 * The cell-a-line tables of `text[from..]`: a header that starts with 序号 and names the projects,
 * and the rows after it that number themselves in turn (1, 2, 3…) with as many cells as the
 * header. Any other run of short lines is left alone.
 */
export function findCellTables(text: string, from = 0): CellTables {
  const found: CellTables = { breaks: new Set(), spans: [] };
  if (!text.includes('序号', from)) return found;
  const lines: { start: number; end: number; text: string }[] = [];
  for (let pos = from; pos <= text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl, text: text.slice(pos, nl).replace(/\r$/, '').trim() });
    pos = nl + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text !== '序号') continue;
    let width = 1;
    while (i + width < lines.length && HEADER_CELL.test(lines[i + width]!.text)) width++;
    if (width < 3 || !lines.slice(i, i + width).some((l) => NAME_HEADER.test(l.text))) continue;
    const rows = [i];
    for (let at = i + width, n = 1; at + width <= lines.length && lines[at]!.text === String(n); at += width, n++) {
      // Every cell of a row is there (an empty cell would shift the rest into the next row).
      if (lines.slice(at, at + width).some((l) => l.text === '')) break;
      rows.push(at);
    }
    if (rows.length < 2) continue;
    for (const row of rows) for (let k = 0; k < width - 1; k++) found.breaks.add(lines[row + k]!.end);
    found.spans.push({ start: lines[i]!.start, end: lines[rows.at(-1)! + width - 1]!.end });
    i = rows.at(-1)! + width - 1;
  }
  return found;
}
