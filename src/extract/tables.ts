/**
 * Project tables: a page's table of key projects (`序号 | 项目名称 | 建设内容 | 总投资`) names a
 * project in every row's name cell, however plain the name (文化广场, 金融商务区): its place in
 * the table says what it is. A row that only names a kind of works (民生保障工程, 路网完善工程) is
 * a category, not a project, and is left out.
 */
import type { DocContext, Extractor } from './context.ts';
import { addProject, projectHeadOf } from './projects.ts';
import { hasDistinctiveWord, tagSpan } from './spans.ts';

/** The cells of a table line: pieces between `|` or tabs. */
const CELL_SEPARATOR = /\s*[|\t]\s*/;
/** The header of the column that names the projects. */
const NAME_HEADER = /^(项目名称|工程名称|项目|名称)$/;
/** What the name cell may carry after the name: the works on it (文化广场项目建设 is 文化广场项目). */
const TRAILING_WORKS = /(建设|推进|实施)$/;
/** A category of works (民生保障工程): a cell ending so needs a distinctive word to be one project. */
const CATEGORY_HEAD = /(工程|项目)$/;

/**
 * Is the part before 工程/项目 a kind of works (民生保障, 路网完善: ending in what is done) rather
 * than a thing named by its own head (文化广场) or by distinctive words (中弘晶能智能制造)?
 */
function isCategory(ctx: DocContext, start: number, end: number): boolean {
  if (projectHeadOf(ctx.text.slice(start, end))) return false;
  // (…or opening with a preposition or a verb: 为民办实事.)
  const tags = tagSpan(ctx, start, end);
  const doing = (t: { tag: string } | undefined) => t !== undefined && (t.tag === 'v' || t.tag === 'vn' || t.tag === 'p');
  return !hasDistinctiveWord(ctx, start, end) || doing(tags.at(-1)) || doing(tags[0]);
}

interface Column {
  index: number;
  cells: number;
}

export const extractTables: Extractor = {
  id: 'tables',
  run(ctx) {
    const { text } = ctx;
    let column: Column | null = null;
    for (const line of ctx.lines) {
      const raw = text.slice(line.start, line.end);
      if (!raw.includes('|') && !raw.includes('\t')) {
        column = null;
        continue;
      }
      // Cells with their offsets in the text.
      const cells: { text: string; start: number }[] = [];
      let pos = 0;
      for (const piece of raw.split(CELL_SEPARATOR)) {
        const at = raw.indexOf(piece, pos);
        cells.push({ text: piece, start: line.start + at });
        pos = at + piece.length;
      }
      const header = cells.findIndex((c) => NAME_HEADER.test(c.text));
      if (header >= 0) {
        column = { index: header, cells: cells.length };
        continue;
      }
      // A row: as many cells as the header (a wrapped row's rest has fewer and names nothing).
      // A row opens with its number or its category, and numbers itself before the name (1 | 某某项目);
      // the rest of a wrapped row (`| 已完成 |`) does neither.
      if (!column || cells.length < column.cells - 1 || !cells[0]!.text) continue;
      if (!cells.slice(0, column.index).some((c) => /^\d{1,3}$/.test(c.text))) continue;
      const cell = cells[column.index];
      if (!cell || cell.text.length < 2 || cell.text.length > 30 || /[,。;:!?]/.test(cell.text)) continue;
      const name = cell.text.replace(TRAILING_WORKS, '');
      const start = cell.start;
      const end = start + name.length;
      // A cell a name was already found in has been read (青果巷历史文化街区 in 青果巷…街区及…风貌区).
      if (name.length < 2 || ctx.overlapped(start, end, ['Project', 'Street', 'Official', 'Person', 'Program', 'Enterprise'])) continue;
      if (CATEGORY_HEAD.test(name) && isCategory(ctx, start, end - 2)) continue;
      addProject(ctx, start, end);
    }
  },
};
