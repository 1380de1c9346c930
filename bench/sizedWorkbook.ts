import { recognize } from '../src/domain/recognition/recognize';
import { parseRange } from '../src/domain/workbook/a1';
import type { WorkbookSnapshot } from '../src/domain/workbook/snapshot';
import { seedWorkbook } from '../test/support/seedWorkbook';
import { syntheticBudget, type SyntheticOptions } from '../test/support/syntheticWorkbook';

/** Cells inside the recognised tables' ranges (performance tables included): the size a benchmark scales by. */
export function tableCells(wb: WorkbookSnapshot): number {
  const rec = recognize(wb);
  return [...rec.tables, ...rec.performance].reduce((n, t) => {
    const r = parseRange(t.range);
    return n + (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1);
  }, 0);
}

/** The largest seed workbook's table cells. */
export function largestSeedCells(): number {
  return Math.max(...(['000', '001', '002', '004'] as const).map((id) => tableCells(seedWorkbook(id))));
}

/**
 * The smallest synthetic budget (consistent sums) with at least `factor` × the largest seed's table cells;
 * with `performance`, one 绩效目标表 per 表12 project line as well.
 */
export function syntheticTimes(factor: number, largest = largestSeedCells(), options: SyntheticOptions = {}): { wb: WorkbookSnapshot; items: number } {
  let items = 8;
  let wb = syntheticBudget(items, options);
  while (tableCells(wb) < largest * factor) {
    items = Math.ceil(items * 1.25);
    wb = syntheticBudget(items, options);
  }
  return { wb, items };
}
