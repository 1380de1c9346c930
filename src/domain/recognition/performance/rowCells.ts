import { address } from '../../workbook/a1';
import { cellAt, cellText, type CellValue, type SheetSnapshot } from '../../workbook/snapshot';
import type { TextCell } from './performanceTable';

/** A non-empty cell of a performance table's row. */
export interface RowCell extends TextCell {
  readonly value: CellValue;
}

/**
 * The non-empty cells of a row, left to right. Performance tables are read by what the cells say and
 * in which order, not by column: a table pasted from a PDF shifts cells left and right from row to row.
 */
export function rowCells(sheet: SheetSnapshot, r: number): RowCell[] {
  const row = sheet.values[r];
  if (!row) return [];
  const out: RowCell[] = [];
  for (let c = 0; c < row.length; c++) {
    const v = cellAt(sheet, r, c);
    const text = cellText(v);
    if (text === '') continue;
    out.push({ text, row: r, col: c, address: address(r, c), value: v });
  }
  return out;
}

export function textCell(c: RowCell): TextCell {
  return { text: c.text, row: c.row, col: c.col, address: c.address };
}
