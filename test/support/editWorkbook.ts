import { parseAddress } from '../../src/domain/workbook/a1';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

/** A copy of a workbook with one cell (A1 on a sheet) set to `value`, as a person would type it. */
export function withCell(wb: WorkbookSnapshot, sheet: string, a1: string, value: CellValue): WorkbookSnapshot {
  const { row, col } = parseAddress(a1);
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => r.slice());
      while (values.length <= row) values.push([]);
      values[row][col] = value;
      return { ...s, values };
    }),
  };
}
