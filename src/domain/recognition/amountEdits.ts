import { parseAddress, address } from '../workbook/a1';
import type { CellChange } from '../workbook/cellChanges';
import { cellText, columnCount, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { amountInForm } from './amountInForm';
import { isAmountKey, isColumnNumberRow, noAmounts, notApplicable, tableRange } from './readTable';
import type { AmountCell, RecognitionResult, RecognizedPanel, RecognizedTable } from './recognizedTable';

/**
 * Recognition kept across edits that change amounts only (issue 13 item 2): an accountant typing
 * figures into a table's body changes no title, header, code or name, so the tables are the same
 * and only the edited amounts are read again. Recognition reads a figure cell only for whether it
 * holds a number and how many cells its row fills (a title has at most three, a 栏次 row only small
 * numbers, a line without a label counts when it has figures); a change that could alter one of
 * those, anything outside a recognised table's figure cells, text, or an edit near a title or
 * header returns null: recognise again.
 */
export interface AmountEdits {
  readonly recognition: RecognitionResult;
  /** The edited figure cells as the new recognition reads them, with their sheets. */
  readonly cells: readonly { readonly sheet: string; readonly cell: AmountCell }[];
}

export function recognitionAfterAmountEdits(
  recognition: RecognitionResult,
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  changes: readonly CellChange[],
): AmountEdits | null {
  const rows = new Map<string, CellChange[]>();
  for (const c of changes) {
    if (!isFigure(c.before) || !isFigure(c.after)) return null;
    const key = `${c.sheet}\u0000${c.row}`;
    rows.set(key, [...(rows.get(key) ?? []), c]);
  }
  const sheetsBefore = new Map(before.sheets.map((s) => [s.name, s]));
  const sheetsAfter = new Map(after.sheets.map((s) => [s.name, s]));
  for (const name of new Set(changes.map((c) => c.sheet))) {
    const a = sheetsBefore.get(name)!;
    const b = sheetsAfter.get(name)!;
    // Tables end where the sheet does, and rows are read as wide as the sheet.
    if (a.values.length !== b.values.length || columnCount(a) !== columnCount(b)) return null;
  }
  const tables = [...recognition.tables];
  const patched = new Map<number, Map<number, Map<string, AmountCell>>>();
  const cells: { sheet: string; cell: AmountCell }[] = [];
  for (const rowChanges of rows.values()) {
    const { sheet, row } = rowChanges[0];
    const ti = tables.findIndex((t) => t.sheet === sheet && row >= t.bodyRows.first && row <= t.bodyRows.last);
    if (ti < 0) return null;
    const table = tables[ti];
    const a = sheetsBefore.get(sheet)!;
    const b = sheetsAfter.get(sheet)!;
    if (!sameRowShape(table, a, b, row, rowChanges, nearTitle(recognition, sheet, row))) return null;
    for (const c of rowChanges) {
      const at = locate(table, row, c.col);
      if (!at) return null;
      const def = table.form.panels[at.panel];
      const cell: AmountCell = { row, col: c.col, address: address(row, c.col), amount: amountInForm(c.after, notApplicable(def, table.panels[at.panel].rows[at.index].key)) };
      const byPanel = patched.get(ti) ?? new Map<number, Map<string, AmountCell>>();
      const overrides = byPanel.get(at.panel) ?? new Map<string, AmountCell>();
      overrides.set(`${at.index}|${at.key}`, cell);
      byPanel.set(at.panel, overrides);
      patched.set(ti, byPanel);
      cells.push({ sheet, cell });
    }
  }
  for (const [ti, byPanel] of patched) {
    const t = tables[ti];
    const panels = t.panels.map((p, k) => (byPanel.has(k) ? withAmounts(p, byPanel.get(k)!) : p));
    const sheet = sheetsAfter.get(t.sheet)!;
    const range = parseAddress(t.range.split(':')[0]).row;
    const last = parseAddress(t.range.split(':')[1] ?? t.range.split(':')[0]).row;
    tables[ti] = { ...t, panels, empty: noAmounts(t.form, panels), range: tableRange(sheet, range, last) };
  }
  return { recognition: { ...recognition, tables }, cells };
}

/** A number, or nothing: what a figure cell may hold before and after an edit that keeps the recognition. */
function isFigure(v: CellValue): boolean {
  return v === null || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() === '');
}

/**
 * Does the row read the same to recognition after the edit? A number changed into another keeps
 * every cell filled; it could only make a row of small numbers a 栏次 row. A figure typed into an
 * empty cell (or deleted) changes how many cells the row fills: safe only away from titles and
 * headers, where it is not the row's first cell, where the row fills four or more cells before and
 * after (titles and label lines fill at most three) and where another figure of its panel keeps the
 * row a line with figures.
 */
function sameRowShape(table: RecognizedTable, a: SheetSnapshot, b: SheetSnapshot, row: number, changes: readonly CellChange[], nearTitle: boolean): boolean {
  const x = a.values[row] ?? [];
  const y = b.values[row] ?? [];
  if (isColumnNumberRow(texts(x)) !== isColumnNumberRow(texts(y))) return false;
  if (changes.every((c) => typeof c.before === 'number' && typeof c.after === 'number')) return true;
  const headerStart = table.headerRows[0] ?? table.bodyRows.first;
  if (nearTitle || row < headerStart + 8) return false;
  const filled = (line: readonly CellValue[]) => line.flatMap((v, c) => (cellText(v ?? null) !== '' ? [c] : []));
  const fx = filled(x);
  const fy = filled(y);
  if (fx[0] !== fy[0] || changes.some((c) => c.col === fx[0]) || Math.min(fx.length, 4) !== Math.min(fy.length, 4)) return false;
  const edited = new Set(changes.map((c) => c.col));
  return changes.every((c) => {
    const at = locate(table, row, c.col);
    if (!at) return false;
    const panel = table.panels[at.panel];
    const def = table.form.panels[at.panel];
    return panel.columns.some((k) => k.key !== null && isAmountKey(def, k.key) && !edited.has(k.col) && typeof x[k.col] === 'number' && typeof y[k.col] === 'number');
  });
}

function texts(line: readonly CellValue[]): string[] {
  return line.map((v) => cellText(v ?? null)).filter((t) => t !== '');
}

/** Within the rows around any title of the sheet (its label lines, the header words under it). */
function nearTitle(recognition: RecognitionResult, sheet: string, row: number): boolean {
  const titles = [
    ...recognition.tables.filter((t) => t.sheet === sheet).map((t) => t.titleAddress),
    ...recognition.performance.filter((t) => t.sheet === sheet).map((t) => t.titleAddress),
    ...recognition.unrecognized.filter((u) => u.sheet === sheet).map((u) => u.address),
  ].map((a) => parseAddress(a).row);
  return titles.some((t) => row >= t - 3 && row <= t + 8);
}

/** The figure cell at a sheet row and column of a table: its panel, row index and column key. */
function locate(table: RecognizedTable, row: number, col: number): { panel: number; index: number; key: string } | null {
  for (let p = 0; p < table.panels.length; p++) {
    const panel = table.panels[p];
    const column = panel.columns.find((c) => c.col === col && c.key !== null && isAmountKey(table.form.panels[p], c.key));
    if (!column) continue;
    const index = rowIndex(panel, row);
    if (index >= 0) return { panel: p, index, key: column.key! };
  }
  return null;
}

/** Binary search: a panel's rows are in sheet order. */
function rowIndex(panel: RecognizedPanel, row: number): number {
  let lo = 0;
  let hi = panel.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = panel.rows[mid].row;
    if (r === row) return mid;
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Each panel patched once from the recognised one: later edits add to its overrides instead of wrapping it again. */
const patchedFrom = new WeakMap<RecognizedPanel, { readonly base: RecognizedPanel; readonly overrides: ReadonlyMap<string, AmountCell> }>();

/** The panel with some amounts read again; every other cell is the recognised panel's own object. */
function withAmounts(panel: RecognizedPanel, edited: ReadonlyMap<string, AmountCell>): RecognizedPanel {
  const from = patchedFrom.get(panel);
  const base = from?.base ?? panel;
  const overrides = new Map(from?.overrides ?? []);
  for (const [k, v] of edited) overrides.set(k, v);
  const out: RecognizedPanel = {
    key: base.key,
    columns: base.columns,
    rows: base.rows,
    amount(rowIndex, columnKey) {
      return overrides.get(`${rowIndex}|${columnKey}`) ?? base.amount(rowIndex, columnKey);
    },
  };
  patchedFrom.set(out, { base, overrides });
  return out;
}
