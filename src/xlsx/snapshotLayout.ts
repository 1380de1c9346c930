import type { CellStyle, LayoutCell, SheetLayout } from '../domain/template/sheetLayout';
import type { SheetSnapshot } from '../domain/workbook/snapshot';
import { cellKey, columnCount, isCellError } from '../domain/workbook/snapshot';

/**
 * A snapshot sheet as a plain layout, so a workbook built in memory (the seed fixtures) can be
 * saved as a real .xlsx: numbers as amounts, digit strings and text-formatted cells as codes.
 */
export function layoutFromSnapshot(sheet: SheetSnapshot): SheetLayout {
  const cells: LayoutCell[] = [];
  sheet.values.forEach((line, row) =>
    line.forEach((v, col) => {
      if (v === null || v === undefined) return;
      const value = isCellError(v) ? v.error : typeof v === 'boolean' ? String(v) : v;
      cells.push({ row, col, value, style: styleOf(value, sheet.textFormatted?.has(cellKey(row, col)) ?? false) });
    }),
  );
  const widths = Array.from({ length: columnCount(sheet) }, (_, i) => (i === 1 ? 36 : 14));
  return {
    name: sheet.name,
    cells,
    merges: [...(sheet.merges ?? [])],
    columnWidths: widths,
    freezeRows: 0,
    print: { landscape: true, fitToWidth: true, paper: 'A4' },
    tables: [],
  };
}

function styleOf(v: string | number, textFormatted: boolean): CellStyle {
  if (typeof v === 'number') return 'amount';
  if (textFormatted || /^\d{3,}$/.test(v.trim())) return 'code';
  return 'text';
}
