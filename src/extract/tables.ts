/**
 * Project tables: a page's table of key projects (`序号 | 项目名称 | 建设内容 | 总投资 | 责任单位`)
 * names a project in every row's name cell, however plain the name (文化广场, 金融商务区): its
 * place in the table says what it is. A row that only names a kind of works (民生保障工程,
 * 路网完善工程) is a category, not a project, and is left out. A company in the row's column of
 * who builds it (责任单位, 建设单位…) is the project's.
 *
 * The table is read once per document (`tableRows`), before the extractors that would read a
 * name cell's words on their own: a cell is one name (上派镇老旧小区改造 is a project, not the
 * town and a program), so the project and program extractors leave single-name cells alone.
 */
import type { DocContext, Extractor } from './context.ts';
import { addProject, projectHeadOf } from './projects.ts';
import { hasDistinctiveWord, hasProperWord, tagSpan } from './spans.ts';
import { isPlaceName } from './divisions.ts';

/** The cells of a table line: pieces between `|` or tabs. */
const CELL_SEPARATOR = /\s*[|\t]\s*/;
/** The header of the column that names the projects. */
const NAME_HEADER = /^(项目名称|工程名称|项目|名称)$/;
/** The header of the column that says who builds or runs it. */
const BUILDER_ROLES = '责任单位|建设单位|实施单位|业主单位|实施主体|建设主体|承建单位|项目业主|投资主体';
const BUILDER_HEADER = new RegExp(`^(?:${BUILDER_ROLES}|(?:施工|运营|建设|代建|承建)(?:\\((?:施工|运营|建设|代建|承建)\\))?单位)$`);
/** What the name cell may carry after the name: the works on it (文化广场项目建设 is 文化广场项目). */
const TRAILING_WORKS = /(建设|推进|实施)$/;
/** A category of works (民生保障工程): a cell ending so needs a distinctive word to be one project. */
const CATEGORY_HEAD = /(工程|项目)$/;
/** A cell that lists several names (青果巷历史文化街区及…风貌区): its names are found word by word. */
const LISTED = /[及和与、,]/;

interface Cell {
  start: number;
  end: number;
  text: string;
}
export interface TableRow {
  /** The row's line. */
  line: { start: number; end: number };
  /** The name, without trailing works. */
  name: Cell;
  /** The cells of who builds or runs it: a table's column, a record's fields (建设单位, 代建单位, 施工单位…). */
  builders: Cell[];
  /** A table row's other cells (what is built, its sums, its dates): a company may be named there as doing the works. */
  others: Cell[];
}

function cellsOf(raw: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  for (const piece of raw.split(CELL_SEPARATOR)) {
    const at = raw.indexOf(piece, pos);
    cells.push({ text: piece, start: lineStart + at, end: lineStart + at + piece.length });
    pos = at + piece.length;
  }
  return cells;
}

/** A project notice's record, a field a line: `项目名称:某某` (numbered, bulleted or not: `二、项目名称:…`, `▲ 项目名称:…`), then `建设单位:某某有限公司`. */
const RECORD_NAME = /^\s*(?:[▲△●○◆◇■□▪•★☆►▶]\s*)?(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,3}\))?\s*(?:项目名称|工程名称)\s*[::]\s*/;
/** The fields of a record that name who builds, runs or rents its project. */
const RECORD_ROLES = `${BUILDER_ROLES}|代建单位|施工单位|施工总承包单位|总承包单位|运营单位|承租运营单位|承租单位|投资单位|项目法人|合作单位|合作企业|合作方`;
const RECORD_BUILDER = new RegExp(`^\\s*(?:${RECORD_ROLES})\\s*[::]\\s*`);
/** A record opened by its numbered name alone on a line (`三、某某工程`), its fields on the lines after. */
const RECORD_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])\s*([^:;,。]{2,40})\s*$/;
/**
 * A notice's record on one line: `2. 某某工程:建设单位为X;施工单位为Y;建设内容为…`. The name before the
 * colon is the project, a field of who builds or runs it names its company.
 */
const INLINE_RECORD = /^\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))\s*([^:;,。]{2,40}?):\s*(?=(?:项目)?(?:建设单位|实施单位|业主单位|投资单位|实施主体|建设主体)[为是])/;
const INLINE_FIELD = new RegExp(`(?:^|;)\\s*(?:项目)?(?:${RECORD_ROLES})[为是]([^;。]+)`, 'g');
/** A record's field of where the project is built (`建设地点:某某工业区`): a place, not another project. */
const RECORD_LOCATION = /^\s*(?:建设地点|项目地点|项目选址|地点|选址)\s*[::][^,。;]*$/;

/** Fits a record's name field: no sentence. */
const isRecordName = (text: string) => text.length >= 2 && text.length <= 40 && !/[,。;:!?]/.test(text);

/** Fits a name cell: one name, no sentence, no list. */
const isNameCell = (text: string) => text.length >= 2 && text.length <= 30 && !/[,。;:!?]/.test(text) && !LISTED.test(text);

/** A notice's record as a row: its name at `start`, the builders its fields name (more may follow a line each). */
function recordOf(line: { start: number; end: number }, start: number, text: string, builders: Cell[] = []): TableRow {
  return { line: { ...line }, name: { start, end: start + text.length, text }, builders, others: [] };
}

/**
 * The rows of the document's project tables whose name cell holds one name, and the records of
 * its project notices (a field a line), read as rows: the name is the cell, the builder its own.
 */
export function tableRows(ctx: DocContext): TableRow[] {
  return ctx.memo('tableRows', () => {
    const rows: TableRow[] = [];
    let header: { name: number; builders: number[]; cells: number } | null = null;
    let record: TableRow | null = null;
    const lines = ctx.lines;
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li]!;
      const raw = ctx.text.slice(line.start, line.end);
      const inline = INLINE_RECORD.exec(raw);
      if (inline && isRecordName(inline[1]!.trim())) {
        const text = inline[1]!.trim();
        const start = line.start + raw.indexOf(text, inline[0].indexOf(text));
        const fieldsFrom = line.start + inline[0].length;
        const builders: Cell[] = [];
        INLINE_FIELD.lastIndex = 0;
        const fields = raw.slice(inline[0].length);
        for (let f = INLINE_FIELD.exec(fields); f; f = INLINE_FIELD.exec(fields)) {
          const at = fieldsFrom + f.index + f[0].length - f[1]!.length;
          builders.push({ start: at, end: at + f[1]!.length, text: f[1]! });
        }
        rows.push(recordOf(line, start, text, builders));
        record = null;
        continue;
      }
      // (三、某某工程 then 建设单位:X on the next line: the heading names the record's project.)
      const heading = RECORD_HEADING.exec(raw);
      const next = heading ? lines[li + 1] : undefined;
      if (heading && next && RECORD_BUILDER.test(ctx.text.slice(next.start, next.end))) {
        const text = heading[1]!.trimEnd().replace(TRAILING_WORKS, '');
        record = isRecordName(text) ? recordOf(line, line.start + raw.indexOf(text), text) : null;
        if (record) rows.push(record);
        continue;
      }
      const named = RECORD_NAME.exec(raw);
      if (named) {
        const text = raw.slice(named[0].length).trimEnd().replace(TRAILING_WORKS, '');
        const start = line.start + named[0].length;
        // (A record names one project, whatever its name joins: 某某道路及配套管网工程.)
        record = isRecordName(text) ? recordOf(line, start, text) : null;
        if (record) rows.push(record);
        continue;
      }
      const field = record ? RECORD_BUILDER.exec(raw) : null;
      if (record && field) {
        const start = line.start + field[0].length;
        record.builders.push({ start, end: line.end, text: raw.slice(field[0].length) });
        record.line = { start: record.line.start, end: line.end };
        continue;
      }
      if (!raw.includes('|') && !raw.includes('\t')) {
        header = null;
        continue;
      }
      const cells = cellsOf(raw, line.start);
      const name = cells.findIndex((c) => NAME_HEADER.test(c.text));
      if (name >= 0) {
        // (Every column of who builds or runs it: 实施主体 and 施工(运营)单位 side by side.)
        const builders = cells.flatMap((c, k) => (BUILDER_HEADER.test(c.text) ? [k] : []));
        header = { name, builders, cells: cells.length };
        continue;
      }
      // A row: as many cells as the header (a wrapped row's rest has fewer and names nothing).
      // A row opens with its number or its category, and numbers itself before the name (1 | 某某项目);
      // the rest of a wrapped row (`| 已完成 |`) does neither.
      if (!header || cells.length < header.cells - 1 || !cells[0]!.text) continue;
      if (!cells.slice(0, header.name).some((c) => /^\d{1,3}$/.test(c.text))) continue;
      const cell = cells[header.name];
      if (!cell || !isNameCell(cell.text)) continue;
      const text = cell.text.replace(TRAILING_WORKS, '');
      if (text.length < 2) continue;
      const builders = header.builders.flatMap((k) => (cells[k] ? [cells[k]!] : []));
      const others = cells.filter((_, k) => k !== header!.name && !header!.builders.includes(k));
      rows.push({ line, name: { start: cell.start, end: cell.start + text.length, text }, builders, others });
    }
    return rows;
  });
}

/** Is `offset` in a record's field of where its project is built? */
export function inLocationField(ctx: DocContext, offset: number): boolean {
  return RECORD_LOCATION.test(ctx.text.slice(ctx.text.lastIndexOf('\n', offset - 1) + 1, offset));
}

/** Is `offset` inside a table's single-name cell (which the table names as a whole)? */
export function inNameCell(ctx: DocContext, offset: number): boolean {
  for (const row of tableRows(ctx)) if (offset >= row.name.start && offset < row.name.end) return true;
  return false;
}

/** A road, a river or a bridge named in a cell (长双路沿线, 后河两岸): works on a named place. */
const NAMED_PLACE = /\p{Script=Han}{1,4}(?:路|大道|大街|桥|河|溪|湖|港)(?:沿线|两侧|两岸|段)/u;

/**
 * Is the part before 工程/项目 a kind of works (民生保障, 路网完善: ending in what is done) rather
 * than a thing named by its own head (文化广场) or by distinctive words (中弘晶能智能制造)?
 */
function isCategory(ctx: DocContext, start: number, end: number): boolean {
  if (projectHeadOf(ctx.text.slice(start, end))) return false;
  // (…or opening with a preposition or a verb: 为民办实事.)
  const tags = tagSpan(ctx, start, end);
  const doing = (t: { tag: string } | undefined) => t !== undefined && (t.tag === 'v' || t.tag === 'vn' || t.tag === 'p');
  // (中弘晶能智能制造 ends in a verb but a name of its own stands before it, as 合肥某某汽车零部件扩产
  // has its city, whatever jieba tags it.)
  const named = () => hasProperWord(ctx, start, end) || tags.some((t) => t.word.length >= 2 && isPlaceName(t.word)) || NAMED_PLACE.test(ctx.text.slice(start, end));
  return !hasDistinctiveWord(ctx, start, end) || ((doing(tags.at(-1)) || doing(tags[0])) && !named());
}

/**
 * What a company named in a row's other cells does there, right after its name: it invests, builds,
 * runs or rents the row's project (`由某某公司实施`, `某某公司负责投资建设`, `与某某公司共建`,
 * `由某某公司整体租用`). A company named for anything else (`为某某公司配套`) is left alone.
 */
const DOES_THE_WORKS = /^(?:负责|整体|具体|共同)?(?:设计施工一体化|设计施工)?(?:投资建设|开发建设|投资|建设|实施|承建|施工|运营|代建|开发|共建|合作建设|租用|承租)/;

/** The companies a row's cells other than its name and builder name as doing its works. */
function companiesDoingTheWorks(ctx: DocContext, cells: Cell[]) {
  const found: { name: string }[] = [];
  for (const cell of cells) {
    for (const company of ctx.within('Enterprise', cell.start, cell.end)) {
      if (DOES_THE_WORKS.test(ctx.text.slice(company.end, cell.end))) found.push(company);
    }
  }
  return found;
}

export const extractTables: Extractor = {
  id: 'tables',
  run(ctx) {
    for (const { line, name, builders, others } of tableRows(ctx)) {
      const { start, end } = name;
      // A cell that is a street, a company or a person is no project (a table of companies).
      if (ctx.covered(start, end, ['Street', 'Official', 'Person', 'Enterprise'])) continue;
      if (CATEGORY_HEAD.test(name.text) && isCategory(ctx, start, end - 2)) continue;
      addProject(ctx, start, end);
      // The row names who builds it: a company there is the project's (a government office is not one).
      const project = ctx.findIn('Project', start, start + 1, (p) => p.start === start);
      // (Every company of the cell: `施工:X;建成后租给Y经营` names the builder and the operator.)
      for (const builder of builders) {
        for (const company of project ? ctx.within('Enterprise', builder.start, builder.end) : []) {
          ctx.addRelation({ type: 'INVOLVES', from: { type: 'Project', name: project!.name }, to: { type: 'Enterprise', name: company.name }, evidence: line });
        }
      }
      if (!project) continue;
      // A name cell that opens with its company (某某有限公司年产10万吨…) is that company's build.
      const owner = ctx.findIn('Enterprise', start, start + 1, (e) => e.start === start && e.end < end);
      for (const company of owner ? [owner, ...companiesDoingTheWorks(ctx, others)] : companiesDoingTheWorks(ctx, others)) {
        ctx.addRelation({ type: 'INVOLVES', from: { type: 'Project', name: project.name }, to: { type: 'Enterprise', name: company.name }, evidence: line });
      }
    }
  },
};
