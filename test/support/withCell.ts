import { parseAddress } from '../../src/domain/workbook/a1';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { withCell as withCellAt } from './mutants';

/** The workbook with one cell, given as A1, changed (an accountant's typo, a deleted figure, a pasted text). */
export function withCell(wb: WorkbookSnapshot, sheet: string, a1: string, value: CellValue): WorkbookSnapshot {
  const { row, col } = parseAddress(a1);
  return withCellAt(wb, sheet, row, col, value);
}
