import type { SheetLayout } from './sheetLayout';
import { cellKey, type CellValue, type SheetSnapshot } from '../workbook/snapshot';

/**
 * A layout as a host reads it back once written: values from the cells, merges, code cells as text.
 * Fill plans on it before the sheet exists (a summary table added from the template), and tests
 * read templates through it.
 */
export function layoutSnapshot(layout: SheetLayout): SheetSnapshot {
  const values: CellValue[][] = [];
  const textFormatted = new Set<string>();
  for (const c of layout.cells) {
    while (values.length <= c.row) values.push([]);
    const row = values[c.row];
    while (row.length <= c.col) row.push(null);
    row[c.col] = c.value;
    if (c.style === 'code') textFormatted.add(cellKey(c.row, c.col));
  }
  return { name: layout.name, values, merges: [...layout.merges], textFormatted };
}
