import type { RecognizedTable } from '../domain/recognition/recognizedTable';
import type { CellStyle, LayoutCell, SheetLayout } from '../domain/template/sheetLayout';
import { address, parseRange } from '../domain/workbook/a1';
import { cellKey, type SheetSnapshot } from '../domain/workbook/snapshot';
import { layoutFromSnapshot } from './snapshotLayout';

/** Widths in characters: a CJK character takes two. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 44;

/**
 * A sheet of figures as someone typed or pasted them, laid out the way the templates lay a table:
 * title large and merged across its table, label and unit lines above the headers (单位：万元 flush
 * right), bold bordered headers, amounts as #,##0.00 with total rows bold, codes as text, the 本表无数据
 * note, widths from what each column holds and header rows repeated on every printed page. Values stay
 * exactly as they are: only how they look changes (the bundled example is built this way).
 */
export function presentedLayout(sheet: SheetSnapshot, tables: readonly RecognizedTable[]): SheetLayout {
  const plain = layoutFromSnapshot(sheet);
  const mine = tables.filter((t) => t.sheet === sheet.name);
  if (mine.length === 0) return plain;
  const styles = new Map<string, CellStyle>();
  const merges = [...plain.merges];
  for (const t of mine) styleTable(sheet, t, styles, merges);
  const seen = new Set<string>();
  const cells: LayoutCell[] = plain.cells.map((c) => {
    const key = cellKey(c.row, c.col);
    seen.add(key);
    const style = styles.get(key);
    return style ? { ...c, style } : c;
  });
  // Empty cells inside a table still get their borders and number format.
  for (const [key, style] of styles) {
    if (seen.has(key)) continue;
    const [row, col] = key.split(',').map(Number);
    cells.push({ row, col, value: null, style });
  }
  const single = mine.length === 1 ? mine[0] : null;
  return {
    ...plain,
    cells,
    merges,
    columnWidths: widths(sheet, mine),
    freezeRows: single ? Math.max(...single.headerRows) + 1 : 0,
    print: {
      ...plain.print,
      ...(single && single.headerRows.length > 0 ? { titleRows: { first: Math.min(...single.headerRows), last: Math.max(...single.headerRows) } } : {}),
    },
  };
}

function styleTable(sheet: SheetSnapshot, t: RecognizedTable, styles: Map<string, CellStyle>, merges: string[]): void {
  const { start, end } = parseRange(t.range);
  const titleAt = parseRange(t.titleAddress).start;
  const titleRow = titleAt.row;
  const firstHeader = t.headerRows.length ? Math.min(...t.headerRows) : t.bodyRows.first;
  const value = (r: number, c: number) => sheet.values[r]?.[c] ?? null;
  const set = (r: number, c: number, s: CellStyle) => styles.set(cellKey(r, c), s);
  for (let r = start.row; r < titleRow; r++) for (let c = start.col; c <= end.col; c++) if (value(r, c) !== null) set(r, c, 'label');
  set(titleRow, titleAt.col, 'title');
  const titleSpan = `${address(titleRow, start.col)}:${address(titleRow, end.col)}`;
  const othersInTitleRow = Array.from({ length: end.col - start.col + 1 }, (_, i) => start.col + i).some(
    (c) => c !== titleAt.col && value(titleRow, c) !== null,
  );
  if (end.col > start.col && !othersInTitleRow && free(merges, titleRow, titleRow, start.col, end.col)) merges.push(titleSpan);
  for (let r = titleRow + 1; r < firstHeader; r++) {
    for (let c = start.col; c <= end.col; c++) {
      const v = value(r, c);
      if (v === null) continue;
      const unitLine = /单位[:：]\s*(万元|元)/.test(String(v));
      set(r, c, unitLine ? 'unitLineEnd' : 'unitLine');
      // 单位：万元 flush with the table's right edge: its cell merged up to there when that is empty.
      const rest = Array.from({ length: end.col - c }, (_, i) => c + 1 + i);
      if (unitLine && rest.length > 0 && rest.every((x) => value(r, x) === null) && free(merges, r, r, c, end.col)) {
        merges.push(`${address(r, c)}:${address(r, end.col)}`);
      }
    }
  }
  for (const r of t.headerRows) for (let c = start.col; c <= end.col; c++) set(r, c, 'header');
  mergeHeaders(t, start.col, end.col, value, merges);
  const totals = new Set(t.panels.flatMap((p) => p.rows.filter((x) => x.level === 'total').map((x) => x.row)));
  const amountCols = new Set(t.panels.flatMap((p) => p.columns.filter((c) => c.key !== null).map((c) => c.col)));
  for (let r = t.bodyRows.first; r <= t.bodyRows.last; r++) {
    const total = totals.has(r);
    for (let c = start.col; c <= end.col; c++) {
      const v = value(r, c);
      if (typeof v === 'number') set(r, c, total ? 'total' : 'amount');
      else if (v === null) set(r, c, amountCols.has(c) ? (total ? 'total' : 'amount') : 'text');
      else if (/^\d{3,}$/.test(String(v).trim()) || sheet.textFormatted?.has(cellKey(r, c))) set(r, c, 'code');
      else set(r, c, total ? 'totalName' : amountCols.has(c) ? 'text' : 'name');
    }
  }
  if (t.noDataNote) {
    const n = parseRange(t.noDataNote.address).start;
    set(n.row, n.col, 'note');
  }
}

/** No merge yet touches rows r0..r1 × columns c0..c1. */
function free(merges: readonly string[], r0: number, r1: number, c0: number, c1: number): boolean {
  return !merges.some((m) => {
    const x = parseRange(m);
    return x.start.row <= r1 && r0 <= x.end.row && x.start.col <= c1 && c0 <= x.end.col;
  });
}

/**
 * Multi-row headers merged as printed: a heading runs right over the empty cells beside it that
 * have sub-headings below (收入 over 项目 | 2025年), and down over a column that has none below it
 * (项目 over two header rows).
 */
function mergeHeaders(t: RecognizedTable, c0: number, c1: number, value: (r: number, c: number) => unknown, merges: string[]): void {
  const rows = [...t.headerRows].sort((a, b) => a - b);
  const last = rows[rows.length - 1];
  const below = (i: number, c: number) => rows.slice(i + 1).some((r) => value(r, c) !== null);
  rows.forEach((r, i) => {
    for (let c = c0; c <= c1; c++) {
      if (value(r, c) === null) continue;
      let right = c;
      while (r !== last && right + 1 <= c1 && value(r, right + 1) === null && below(i, right + 1)) right++;
      if (right > c && free(merges, r, r, c, right)) {
        merges.push(`${address(r, c)}:${address(r, right)}`);
        c = right;
        continue;
      }
      if (r !== last && !below(i, c) && free(merges, r, last, c, c)) merges.push(`${address(r, c)}:${address(last, c)}`);
    }
  });
}

/**
 * Each column as wide as the longest thing its tables' headers and rows hold (amounts as printed, with
 * separators); the label, title and unit lines above the headers run across columns and do not count.
 */
function widths(sheet: SheetSnapshot, tables: readonly RecognizedTable[]): number[] {
  const above = new Set<number>();
  for (const t of tables) {
    const first = t.headerRows.length ? Math.min(...t.headerRows) : t.bodyRows.first;
    for (let r = parseRange(t.range).start.row; r < first; r++) above.add(r);
  }
  const out: number[] = [];
  sheet.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === undefined || above.has(r)) return;
      const text = typeof v === 'number' ? v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(v);
      out[c] = Math.max(out[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, displayWidth(text) + 2));
    }),
  );
  return Array.from({ length: out.length }, (_, i) => out[i] ?? MIN_WIDTH);
}

/** Characters as Excel's column width counts them: a CJK or full-width character is two. */
function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 2 : 1;
  return n;
}
