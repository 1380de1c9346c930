import type { SheetLayout } from '../../../src/domain/template/sheetLayout';
import type { TemplateMetadata, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { cellKey } from '../../../src/domain/workbook/snapshot';
import { parseAddress } from '../../../src/domain/workbook/a1';

/** A written layout as a host reads it back: values from the cells, merges, code cells as text. */
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

export function layoutsWorkbook(layouts: readonly SheetLayout[], metadata?: TemplateMetadata): WorkbookSnapshot {
  const sheets = layouts.map(layoutSnapshot);
  return metadata ? { sheets, metadata } : { sheets };
}

/** The workbook with some cells typed in (A1 address → value) on one sheet. */
export function typed(wb: WorkbookSnapshot, sheet: string, entries: Record<string, CellValue>): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => [...r]);
      for (const [a1, v] of Object.entries(entries)) {
        const { row, col } = parseAddress(a1);
        while (values.length <= row) values.push([]);
        while (values[row].length <= col) values[row].push(null);
        values[row][col] = v;
      }
      return { ...s, values };
    }),
  };
}
