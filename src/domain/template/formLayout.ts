import type { ColumnDef, FixedRowDef, FormDef, PanelDef } from '../forms/formTypes';
import { fillYear } from '../forms/formTypes';
import type { AmountUnit } from '../profiles/profile';
import { parseRange, rangeAddress } from '../workbook/a1';
import type { CellStyle, LayoutCell, PrintSetup, SheetLayout } from './sheetLayout';
import { sumRules, type BodyLine, type BodyLineKind, type PlacedPanel } from './sumRules';
import { breakHeader } from './headerLines';
import { wrappedLineCount } from './textWidth';

/**
 * One disclosure table laid out as published: label line, merged title, 单位名称/单位 line, merged
 * header rows built from the FormDef's header paths, the 栏次 row, and a body ready to fill in:
 * fixed lines with their labels (and 行次), or a 合计 line and blank rows for the unit's subjects.
 * A panel printed in sections (公开10表) has no header on top: each section's heading line spans
 * the panel and is followed by the section's own header row, as published.
 * The 本表无数据 note is left out: the template does not know yet whether the table stays empty.
 */

/** Blank rows offered under a coded or list panel's total line. */
export const BLANK_ROWS = 15;

const TITLE_ROW = 1;
const UNIT_ROW = 2;
const HEADER_TOP = 3;

const DEFAULT_WIDTH: Record<ColumnDef['type'], number> = { code: 12, name: 30, amount: 14, lineNo: 6, text: 24, count: 12 };

interface SheetColumn {
  readonly panel: number;
  readonly def: ColumnDef;
  readonly col: number;
}

/** `blankRows`: how many blank rows a coded or list panel offers (more when fill knows the subjects to come). */
export function formLayout(form: FormDef, year: number, unit: string, sheetName: string, amountUnit: AmountUnit = '万元', blankRows = BLANK_ROWS): SheetLayout {
  const columns = sheetColumns(form);
  const width = columns.length;
  const last = width - 1;
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, value: string | number | null, style: CellStyle) =>
    cells.push({ row, col, value, style });

  // A region that prints no label line (the national sets) gets none.
  if (form.printsLabel !== false) put(0, 0, form.label, 'label');
  put(TITLE_ROW, 0, fillYear(form.title, year), 'title');
  merges.push(rangeAddress(TITLE_ROW, 0, TITLE_ROW, last));
  unitLine(form, year, unit, last, put, amountUnit);

  // Header rows: every column's path from the top; a short path's lowest label merges down.
  // A table printed in sections has none on top: its headers stand under the section headings.
  const sectioned = form.panels.every((p) => (p.sections ?? []).length > 0);
  const depth = sectioned ? 0 : Math.max(...columns.map((c) => c.def.header.length));
  const headerRows = Array.from({ length: depth }, (_, i) => HEADER_TOP + i);
  const labels = columns.map((c) => c.def.header.map((h) => fillYear(h, year)));
  const widths = columns.map((c) => c.def.width ?? DEFAULT_WIDTH[c.def.type]);
  const rowHeights: Record<number, number> = { [TITLE_ROW]: 30 };

  // Header cells first as (row, first column, last column, label), so that every label can widen
  // its columns before any is broken into lines.
  const headers: HeaderCell[] = [];
  for (let level = 0; level < depth; level++) {
    const row = HEADER_TOP + level;
    for (let j = 0; j < width; j++) {
      const path = labels[j];
      if (level >= path.length) continue; // covered by the merge of its lowest label above
      const isLowest = level === path.length - 1;
      if (!isLowest) {
        // An upper label: merge across the neighbours that share the same path down to this level.
        if (j > 0 && sharesUpper(labels[j - 1], path, level)) continue;
        let end = j;
        while (end + 1 < width && sharesUpper(labels[end + 1], path, level)) end++;
        headers.push({ row, from: j, to: end, label: path[level], rows: 1 });
        if (end > j) merges.push(rangeAddress(row, j, row, end));
        for (let k = j + 1; k <= end; k++) put(row, k, null, 'header');
        continue;
      }
      headers.push({ row, from: j, to: j, label: path[level], rows: depth - level });
      if (level < depth - 1) merges.push(rangeAddress(row, j, HEADER_TOP + depth - 1, j));
    }
  }
  placeHeaders(headers, widths, rowHeights, put);
  let next = HEADER_TOP + depth;
  if (form.columnNumbers) {
    const row = next++;
    headerRows.push(row);
    const panelFirst = new Set(form.panels.map((_, p) => columns.find((c) => c.panel === p)!.col));
    for (let j = 0; j < width; j++) {
      const n = form.columnNumbers.numbers[j] ?? null;
      // "栏次" stands in each panel's first column (公开01表 prints it on both sides).
      const value = n !== null ? n : form.columnNumbers.label && panelFirst.has(j) ? form.columnNumbers.label : null;
      put(row, j, value, 'columnNumber');
    }
  }

  // Body: each panel's lines side by side from the same sheet row; a section's header row takes
  // the row under its heading line.
  const bodyFirst = next;
  const sectionHeaders: { row: number; cols: readonly number[]; labels: readonly string[] }[] = [];
  const placed: PlacedPanel[] = form.panels.map((panel, p) => {
    const cols = columns.filter((c) => c.panel === p).map((c) => ({ key: c.def.key, type: c.def.type, col: c.col }));
    let row = bodyFirst;
    const lines: BodyLine[] = [];
    for (const line of bodyLines(panel, unit, blankRows)) {
      lines.push({ ...line, row: row++ });
      const section = line.kind === 'fixed' ? panel.sections?.find((s) => s.heading === line.def.key) : undefined;
      if (section?.header) sectionHeaders.push({ row: row++, cols: cols.map((c) => c.col), labels: section.header });
    }
    return { panel, columns: cols, lines };
  });
  for (const h of sectionHeaders) {
    headerRows.push(h.row);
    const cells: HeaderCell[] = [];
    h.cols.forEach((col, k) => {
      const label = h.labels[k] ? fillYear(h.labels[k], year) : null;
      if (label) cells.push({ row: h.row, from: col, to: col, label, rows: 1 });
      else put(h.row, col, null, 'header');
    });
    placeHeaders(cells, widths, rowHeights, put);
  }
  headerRows.sort((a, b) => a - b);
  const shared = sharedTotalLines(placed);
  merges.push(...shared.merges);
  for (const p of placed) {
    const totalRows = totalRowKeys(form, p.panel);
    const openers = new Set((p.panel.sections ?? []).map((s) => s.heading));
    const code = p.columns.find((c) => c.type === 'code');
    const name = p.columns.find((c) => c.type === 'name');
    // The seeds print a total line's label across 科目编码 and 科目名称 ("合计 | | 2911.06",
    // "人员经费合计 | | 435.23").
    const codeThenName = code !== undefined && name !== undefined && name.col === code.col + 1;
    for (const line of p.lines) {
      const opensShared = shared.openers.has(lineKey(p, line.row));
      // A fixed total line without a code of its own (人员经费合计), or a coded panel's 合计.
      const codeless =
        line.kind === 'fixed' ? totalRows.has(line.def.key) && !line.def.code : line.kind === 'total' && p.panel.rows.mode === 'coded';
      let labelAt: LabelPlace = 'name';
      if (shared.hidden.has(lineKey(p, line.row))) labelAt = 'none';
      else if (codeThenName && (opensShared || codeless)) labelAt = 'code';
      writeLine(line, p, totalRows, labelAt, put);
      if (labelAt === 'code' && !opensShared) merges.push(rangeAddress(line.row, code!.col, line.row, name!.col));
      // A section heading spans its panel (its 行次 and 统计数 cells take no figure).
      if (line.kind === 'fixed' && openers.has(line.def.key) && p.columns.length > 1) {
        merges.push(rangeAddress(line.row, p.columns[0].col, line.row, p.columns[p.columns.length - 1].col));
      }
    }
  }
  bodyRowHeights(cells, bodyFirst, widths, merges, rowHeights);
  let lastRow = Math.max(bodyFirst - 1, ...placed.flatMap((p) => p.lines.map((l) => l.row)), ...sectionHeaders.map((h) => h.row));

  if (form.footnote) {
    const row = lastRow + 1;
    put(row, 0, form.footnote, 'note');
    merges.push(rangeAddress(row, 0, row, last));
    const lines = wrappedLineCount(form.footnote, widths.reduce((a, b) => a + b, 0));
    if (lines > 1) rowHeights[row] = 14 * lines + 2;
    lastRow = row;
  }

  return {
    name: sheetName,
    cells,
    merges,
    columnWidths: widths,
    rowHeights,
    // A sectioned table freezes its title and unit line only: its first header belongs to section 一.
    freezeRows: sectioned ? next : headerRows[headerRows.length - 1] + 1,
    print: { landscape: true, fitToWidth: true, paper: 'A4', ...printTitles(headerRows, sectioned) },
    tables: [
      {
        formId: form.id,
        range: rangeAddress(0, 0, lastRow, last),
        titleAddress: rangeAddress(TITLE_ROW, 0, TITLE_ROW, 0),
        headerRows,
      },
    ],
    sumRules: sumRules(form, placed),
  };
}

/**
 * Body rows tall enough for their wrapped labels (公开06表 39908 对民间非营利组织和群众性自治组织补贴
 * in a 22-unit column): Excel and LibreOffice keep a program-written row at its height and would
 * print the second line over the next row.
 */
function bodyRowHeights(cells: readonly LayoutCell[], bodyFirst: number, widths: readonly number[], merges: readonly string[], rowHeights: Record<number, number>): void {
  const spans = new Map(merges.map((m) => { const { start, end } = parseRange(m); return [`${start.row},${start.col}`, end.col] as const; }));
  for (const c of cells) {
    if (c.row < bodyFirst || typeof c.value !== 'string' || !(c.style === 'name' || c.style === 'text')) continue;
    const to = spans.get(`${c.row},${c.col}`) ?? c.col;
    const lines = wrappedLineCount(c.value, widths.slice(c.col, to + 1).reduce((a, b) => a + b, 0));
    if (lines > 1) rowHeights[c.row] = Math.max(rowHeights[c.row] ?? 0, HEADER_LINE * lines + 3);
  }
}

/**
 * The header rows above the body repeat on every printed page. A table printed in sections (公开10表)
 * has its headers inside the body, one per section: nothing above the body to repeat.
 */
function printTitles(headerRows: readonly number[], sectioned: boolean): Pick<PrintSetup, 'titleRows'> {
  if (sectioned || headerRows.length === 0) return {};
  let last = headerRows[0];
  while (headerRows.includes(last + 1)) last++;
  return { titleRows: { first: headerRows[0], last } };
}

/** A header label and the cells it spans: columns `from`–`to`, `rows` rows down from `row`. */
interface HeaderCell {
  readonly row: number;
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly rows: number;
}

/** Points per line of the 10 pt header font, and a default row's height. */
const HEADER_LINE = 13.5;
const DEFAULT_ROW = 14;

/**
 * Writes header labels broken between words (headerLines): a word too long for its column widens
 * the column (the last one of a merged label), then each row gets the height its tallest label needs.
 */
function placeHeaders(
  cells: readonly HeaderCell[],
  widths: number[],
  rowHeights: Record<number, number>,
  put: (row: number, col: number, value: string | number | null, style: CellStyle) => void,
): void {
  const room = (c: HeaderCell) => widths.slice(c.from, c.to + 1).reduce((a, b) => a + b, 0);
  // Single columns first: a merged label then sees the widths its columns finally have.
  for (const c of [...cells].sort((a, b) => a.to - a.from - (b.to - b.from))) {
    const need = breakHeader(c.label, room(c)).width - room(c);
    if (need > 0) widths[c.to] += need;
  }
  for (const c of cells) {
    const broken = breakHeader(c.label, room(c));
    put(c.row, c.from, broken.text, 'header');
    if (broken.lines <= 1) continue;
    const bottom = c.row + c.rows - 1;
    const height = HEADER_LINE * broken.lines + 3 - DEFAULT_ROW * (c.rows - 1);
    if (height > DEFAULT_ROW) rowHeights[bottom] = Math.max(rowHeights[bottom] ?? 0, height);
  }
}

function sheetColumns(form: FormDef): SheetColumn[] {
  const out: SheetColumn[] = [];
  form.panels.forEach((panel, p) => {
    for (const def of panel.columns) out.push({ panel: p, def, col: out.length });
  });
  return out;
}

/** Two columns share an upper header at `level` when their paths agree from the top down to it. */
function sharesUpper(other: readonly string[], path: readonly string[], level: number): boolean {
  if (other.length - 1 <= level) return false;
  for (let i = 0; i <= level; i++) if (other[i] !== path[i]) return false;
  return true;
}

/** 单位名称：X … 单位：万元; 决算 tables: 部门名称：X … 2024年度 … 金额单位：万元. */
function unitLine(
  form: FormDef,
  year: number,
  unit: string,
  last: number,
  put: (row: number, col: number, value: string, style: CellStyle) => void,
  amountUnit: AmountUnit,
): void {
  const name = `${form.unitLine.nameLabel}：${unit}`;
  // A table of three columns (公开10表) has only the narrow 行次 column in the middle: the year goes
  // after the unit's name instead of running into 金额单位.
  if (form.showsYearOnUnitLine && last < 3) {
    put(UNIT_ROW, 0, `${name}\u3000\u3000${year}年度`, 'unitLine');
  } else {
    put(UNIT_ROW, 0, name, 'unitLine');
    if (form.showsYearOnUnitLine) put(UNIT_ROW, Math.max(1, Math.min(last - 1, Math.floor(last / 2))), `${year}年度`, 'unitLine');
  }
  put(UNIT_ROW, Math.max(last, 1), `${form.unitLine.amountUnitLabel}：${amountUnit}`, 'unitLineEnd');
}

/** The lines of a panel's body, top to bottom (rows are assigned by the caller). */
function bodyLines(panel: PanelDef, unit: string, blankRows: number): BodyLineKind[] {
  const blanks = Array.from({ length: blankRows }, () => ({ kind: 'blank' as const }));
  const rows = panel.rows;
  if (rows.mode === 'fixed') return rows.rows.map((def) => ({ kind: 'fixed' as const, def }));
  if (rows.mode === 'coded') return [{ kind: 'total' as const, label: rows.totalLabel ?? '合计' }, ...blanks];
  if (!rows.totalLabel) return blanks;
  const total = { kind: 'total' as const, label: rows.totalLabel === '{unit}' ? unit : rows.totalLabel };
  return rows.totalPosition === 'bottom' ? [...blanks, total] : [total, ...blanks];
}

/**
 * Fixed rows that are the total of a column sum print bold, like the published 合计 lines, and so
 * do totals whose parts stand in other panels (公开06表 310 资本性支出).
 */
function totalRowKeys(form: FormDef, panel: PanelDef): Set<string> {
  const cross = (form.crossPanelSums ?? []).filter((s) => s.total.panel === panel.key).map((s) => s.total.row);
  return new Set([...(panel.columnSums ?? []).map((s) => s.total), ...cross]);
}

/** Where a line's label goes: its name cell, its code cell (merged with the name cell), or nowhere. */
type LabelPlace = 'name' | 'code' | 'none';

/**
 * A total line printed across two panels (公开06表 公用经费合计: the label under the first 公用经费
 * triple, the figure under the last): a heading line of one panel and a line of a later panel with
 * the same label on the same sheet row. The label is written once, merged across to the later
 * panel's name cell. Returns the merges and the lines whose label is left out.
 */
function sharedTotalLines(placed: readonly PlacedPanel[]): { merges: string[]; openers: Set<string>; hidden: Set<string> } {
  const merges: string[] = [];
  const openers = new Set<string>();
  const hidden = new Set<string>();
  placed.forEach((p, i) => {
    for (const line of p.lines) {
      if (line.kind !== 'fixed' || !line.def.heading || !line.def.label) continue;
      for (const q of placed.slice(i + 1)) {
        const twin = q.lines.find((l) => l.row === line.row && l.kind === 'fixed' && !l.def.heading && l.def.label === line.def.label);
        const name = q.columns.find((c) => c.type === 'name');
        if (!twin || !name) continue;
        merges.push(rangeAddress(line.row, p.columns[0].col, line.row, name.col));
        openers.add(lineKey(p, line.row));
        hidden.add(lineKey(q, line.row));
        break;
      }
    }
  });
  return { merges, openers, hidden };
}

function lineKey(p: PlacedPanel, row: number): string {
  return `${p.panel.key}\u0000${row}`;
}

function writeLine(
  line: BodyLine,
  p: PlacedPanel,
  totalRows: Set<string>,
  labelAt: LabelPlace,
  put: (row: number, col: number, value: string | number | null, style: CellStyle) => void,
): void {
  const def: FixedRowDef | undefined = line.kind === 'fixed' ? line.def : undefined;
  const isTotal = line.kind === 'total' || (def !== undefined && (totalRows.has(def.key) || labelAt === 'code'));
  const label = line.kind === 'total' ? line.label : def?.label ? def.label : null;
  for (const c of p.columns) {
    switch (c.type) {
      case 'name':
        put(line.row, c.col, labelAt === 'name' ? label : null, isTotal ? 'totalName' : 'name');
        break;
      case 'code':
        if (labelAt === 'code') put(line.row, c.col, label, 'totalName');
        else if (line.kind === 'total') put(line.row, c.col, null, 'totalName');
        else put(line.row, c.col, def?.code && !def.spacer ? def.code : null, 'code');
        break;
      case 'lineNo':
        put(line.row, c.col, def?.lineNo ?? null, 'columnNumber');
        break;
      case 'text':
        put(line.row, c.col, null, 'text');
        break;
      case 'amount':
      case 'count': {
        const counts = c.type === 'count' || def?.count === true;
        // Counts keep #,##0 even on their total line (公开10表 车辆数合计).
        const style: CellStyle = counts ? 'count' : isTotal ? 'total' : 'amount';
        // 基本支出 never uses 309/311 (公开06表 prints a dash there).
        put(line.row, c.col, def?.notApplicable ? '—' : null, style);
        break;
      }
    }
  }
}
