import { matchPerformanceTitle } from '../../forms/performance/registry';
import type { SheetSnapshot } from '../../workbook/snapshot';
import type { TitleHit } from '../findTitles';
import type { PerformanceTable } from './performanceTable';
import { readPerformanceTable } from './readPerformanceTable';

/**
 * The one point where recognition meets the performance tables: a title that names a 绩效目标表,
 * 申报表, 整体支出绩效目标表 or 自评表 is read here, up to the next title; anything else is left to
 * the budget/决算 forms. Undefined when the title is no performance table.
 */
export function recognizePerformanceTable(sheet: SheetSnapshot, hit: TitleHit, endRow: number): PerformanceTable | undefined {
  const form = matchPerformanceTitle(hit.title);
  if (!form) return undefined;
  return readPerformanceTable(sheet, form, { titleRow: hit.titleRow, titleCol: hit.titleCol, title: hit.title, endRow });
}
