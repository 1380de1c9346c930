import { catalogFromRows } from '../src/domain/catalog/catalogImport';
import { catalogToXml } from '../src/domain/catalog/catalogXml';
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

/**
 * The synthetic budget names its 款/项 "科目2010201" and most of its codes are not in the built-in
 * catalog, which would add ~27 000 科目 warnings a real workbook does not have. A unit would import
 * the year's 科目表: store one holding the workbook's own codes and names, as the pane's import does.
 */
export function withOwnCatalog(wb: WorkbookSnapshot): WorkbookSnapshot {
  const rows: string[][] = [['科目编码', '科目名称']];
  const seen = new Set<string>();
  for (const s of wb.sheets) {
    for (const r of s.values) {
      const [code, name] = r;
      if (typeof code === 'string' && /^\d{3}(\d{2}){0,2}$/.test(code) && typeof name === 'string' && !seen.has(code)) {
        seen.add(code);
        rows.push([code, name]);
      }
    }
  }
  return { ...wb, catalogXml: catalogToXml(catalogFromRows(rows, 2025, '基准测试科目表').catalog) };
}

