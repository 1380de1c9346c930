import { parseAddress } from '../../src/domain/workbook/a1';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';

/** The workbook with one cell of one sheet changed (an accountant's typo, a deleted figure, a pasted text). */
export function withCell(wb: WorkbookSnapshot, sheet: string, a1: string, value: CellValue): WorkbookSnapshot {
  const { row, col } = parseAddress(a1);
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === sheet ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((x, c) => (c === col ? value : x)) : r)) } : s)) };
}
