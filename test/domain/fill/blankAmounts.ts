import { parseAmount, ZERO } from '../../../src/domain/money/amount';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { cellAt } from '../../../src/domain/workbook/snapshot';

/** The amount cells of the given tables' rows, by sheet, as "row,col". */
function amountCells(wb: WorkbookSnapshot, nos: readonly number[]): { sheet: string; row: number; cols: number[] }[] {
  const out: { sheet: string; row: number; cols: number[] }[] = [];
  for (const t of recognize(wb).tables.filter((x) => nos.includes(x.no))) {
    t.form.panels.forEach((def, p) => {
      const panel = t.panels[p];
      const cols = panel.columns.filter((c) => def.columns.find((d) => d.key === c.key)?.type === 'amount').map((c) => c.col);
      for (const r of panel.rows) out.push({ sheet: t.sheet, row: r.row, cols });
    });
  }
  return out;
}

/**
 * The fill scenario with the layout kept: every amount of the given tables emptied, codes, names
 * and line labels left as printed (a template whose subjects the user has typed in).
 */
export function blankAmounts(wb: WorkbookSnapshot, nos: readonly number[]): WorkbookSnapshot {
  const clear = new Set(amountCells(wb, nos).flatMap(({ sheet, row, cols }) => cols.map((c) => `${sheet}|${row},${c}`)));
  return {
    ...wb,
    sheets: wb.sheets.map((s) => ({
      ...s,
      values: s.values.map((row, r) => row.map((v, c): CellValue => (clear.has(`${s.name}|${r},${c}`) ? null : v))),
    })),
  };
}

/**
 * Rows of the given tables with a non-zero amount in `published`, and how many of them `filled`
 * has with every amount equal to the cent (blank = 0.00), read at the same cells.
 */
export function recreatedRows(published: WorkbookSnapshot, filled: WorkbookSnapshot, nos: readonly number[]): { rows: number; recreated: number; missed: string[] } {
  const value = (wb: WorkbookSnapshot, sheet: string, row: number, col: number) => {
    const s = wb.sheets.find((x) => x.name === sheet);
    return s ? (parseAmount(cellAt(s, row, col)).value ?? ZERO) : ZERO;
  };
  let rows = 0;
  let recreated = 0;
  const missed: string[] = [];
  for (const { sheet, row, cols } of amountCells(published, nos)) {
    if (cols.every((c) => value(published, sheet, row, c).isZero())) continue;
    rows++;
    if (cols.every((c) => value(published, sheet, row, c).equals(value(filled, sheet, row, c)))) recreated++;
    else missed.push(`${sheet}!${row + 1}`);
  }
  return { rows, recreated, missed };
}
