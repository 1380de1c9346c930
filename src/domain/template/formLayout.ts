import type { ColumnDef, FixedRowDef, FormDef, PanelDef } from '../forms/formTypes';
import { fillYear } from '../forms/formTypes';
import type { AmountUnit } from '../profiles/profile';
import { rangeAddress } from '../workbook/a1';
import type { CellStyle, LayoutCell, SheetLayout } from './sheetLayout';
import { sumRules, type BodyLine, type BodyLineKind, type PlacedPanel } from './sumRules';

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

export function formLayout(form: FormDef, year: number, unit: string, sheetName: string, amountUnit: AmountUnit = '万元'): SheetLayout {
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
  // Excel does not grow a row for wrapped text written by a program: give each header row the
  // lines its longest label needs in its (merged) width.
  const fit = (row: number, text: string, from: number, to: number) => {
    const room = widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
    const lines = Math.ceil((text.length * 2 + 1) / Math.max(room - 1, 1));
    if (lines > 1) rowHeights[row] = Math.max(rowHeights[row] ?? 0, 13.5 * lines + 3);
  };
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
        put(row, j, path[level], 'header');
        fit(row, path[level], j, end);
        if (end > j) merges.push(rangeAddress(row, j, row, end));
        for (let k = j + 1; k <= end; k++) put(row, k, null, 'header');
        continue;
      }
      put(row, j, path[level], 'header');
      if (level < depth - 1) merges.push(rangeAddress(row, j, HEADER_TOP + depth - 1, j));
      else fit(row, path[level], j, j);
    }
  }
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
    for (const line of bodyLines(panel, unit)) {
      lines.push({ ...line, row: row++ });
      const section = line.kind === 'fixed' ? panel.sections?.find((s) => s.heading === line.def.key) : undefined;
      if (section?.header) sectionHeaders.push({ row: row++, cols: cols.map((c) => c.col), labels: section.header });
    }
    return { panel, columns: cols, lines };
  });
  for (const h of sectionHeaders) {
    headerRows.push(h.row);
    h.cols.forEach((col, k) => {
      const label = h.labels[k] ? fillYear(h.labels[k], year) : null;
      put(h.row, col, label, 'header');
      if (label) fit(h.row, label, col, col);
    });
  }
  headerRows.sort((a, b) => a - b);
  for (const p of placed) {
    const totalRows = totalRowKeys(p.panel);
    const openers = new Set((p.panel.sections ?? []).map((s) => s.heading));
    for (const line of p.lines) {
      writeLine(line, p, totalRows, put);
      // A section heading spans its panel (its 行次 and 统计数 cells take no figure).
      if (line.kind === 'fixed' && openers.has(line.def.key) && p.columns.length > 1) {
        merges.push(rangeAddress(line.row, p.columns[0].col, line.row, p.columns[p.columns.length - 1].col));
      }
    }
    // The seeds print a coded panel's 合计 across 科目编码 and 科目名称 ("合计 | | 2911.06").
    const code = p.columns.find((c) => c.type === 'code');
    const name = p.columns.find((c) => c.type === 'name');
    const total = p.lines.find((l) => l.kind === 'total');
    if (p.panel.rows.mode === 'coded' && total && code && name && name.col === code.col + 1) {
      merges.push(rangeAddress(total.row, code.col, total.row, name.col));
    }
  }
  let lastRow = Math.max(bodyFirst - 1, ...placed.flatMap((p) => p.lines.map((l) => l.row)), ...sectionHeaders.map((h) => h.row));

  if (form.footnote) {
    const row = lastRow + 1;
    put(row, 0, form.footnote, 'note');
    merges.push(rangeAddress(row, 0, row, last));
    const tableWidth = widths.reduce((a, b) => a + b, 0);
    // A wrapped note needs room: about two Excel width units per CJK character.
    const lines = Math.max(1, Math.ceil((form.footnote.length * 2) / Math.max(tableWidth, 1)));
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
    print: { landscape: true, fitToWidth: true, paper: 'A4' },
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
  put(UNIT_ROW, Math.max(last, 1), `${form.unitLine.amountUnitLabel}：${amountUnit}`, 'unitLine');
}

/** The lines of a panel's body, top to bottom (rows are assigned by the caller). */
function bodyLines(panel: PanelDef, unit: string): BodyLineKind[] {
  const blanks = Array.from({ length: BLANK_ROWS }, () => ({ kind: 'blank' as const }));
  const rows = panel.rows;
  if (rows.mode === 'fixed') return rows.rows.map((def) => ({ kind: 'fixed' as const, def }));
  if (rows.mode === 'coded') return [{ kind: 'total' as const, label: rows.totalLabel ?? '合计' }, ...blanks];
  if (!rows.totalLabel) return blanks;
  const total = { kind: 'total' as const, label: rows.totalLabel === '{unit}' ? unit : rows.totalLabel };
  return rows.totalPosition === 'bottom' ? [...blanks, total] : [total, ...blanks];
}

/** Fixed rows that are the total of a column sum print bold, like the published 合计 lines. */
function totalRowKeys(panel: PanelDef): Set<string> {
  return new Set((panel.columnSums ?? []).map((s) => s.total));
}

function writeLine(
  line: BodyLine,
  p: PlacedPanel,
  totalRows: Set<string>,
  put: (row: number, col: number, value: string | number | null, style: CellStyle) => void,
): void {
  const def: FixedRowDef | undefined = line.kind === 'fixed' ? line.def : undefined;
  const isTotal = line.kind === 'total' || (def !== undefined && totalRows.has(def.key));
  const code = p.columns.find((c) => c.type === 'code');
  const codeHoldsTotal = p.panel.rows.mode === 'coded' && code !== undefined && p.columns.some((c) => c.type === 'name' && c.col === code.col + 1);
  for (const c of p.columns) {
    switch (c.type) {
      case 'name':
        if (line.kind === 'total') put(line.row, c.col, codeHoldsTotal ? null : line.label, 'totalName');
        else put(line.row, c.col, def?.label ? def.label : null, isTotal ? 'totalName' : 'name');
        break;
      case 'code':
        if (line.kind === 'total') put(line.row, c.col, codeHoldsTotal ? line.label : null, 'totalName');
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
