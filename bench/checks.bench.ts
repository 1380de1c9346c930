import { recognize } from '../src/domain/recognition/recognize';
import { checkRecognized } from '../src/domain/checks/checkWorkbook';
import type { WorkbookSnapshot } from '../src/domain/workbook/snapshot';
import { seedWorkbook } from '../test/support/seedWorkbook';
import { medianMs, printTable } from './measure';
import { syntheticTimes, tableCells } from './sizedWorkbook';

/**
 * Recognition + all checks on the seed workbooks (alone and with their performance tables) and on
 * synthetic budgets 10× and 100× the size of the largest seed (in table cells), consistent sums,
 * alone and with one 绩效目标表 per 表12 project. Prints time per table cell: a flat figure across
 * sizes means cost grows linearly.
 */
function run(wb: WorkbookSnapshot): number {
  return checkRecognized(wb, recognize(wb)).findings.length;
}

test('recognition + checks: time per table cell', () => {
  const seeds = (['000', '001', '002', '004'] as const).map((id) => ({ name: `seed ${id}`, wb: seedWorkbook(id) }));
  // The same seeds with the performance tables they attach (12, 20, 5 and 17 tables).
  const withPerformance = (['000', '001', '002', '004'] as const).map((id) => ({ name: `seed ${id} + 绩效表`, wb: seedWorkbook(id, { performance: true }) }));
  const largest = Math.max(...seeds.map((s) => tableCells(s.wb)));
  const sized: { name: string; wb: WorkbookSnapshot }[] = [];
  for (const performance of [false, true]) {
    for (const factor of [1, 10, 100]) {
      const { wb, items } = syntheticTimes(factor, largest, { performance });
      const projects = recognize(wb).performance.length;
      sized.push({ name: `synthetic ${factor}× (${items} 项${performance ? `, ${projects} 张绩效目标表` : ''})`, wb });
    }
  }
  const rows = [...seeds, ...withPerformance, ...sized].map(({ name, wb }) => {
    const cells = tableCells(wb);
    const ms = medianMs(() => run(wb), cells > 100000 ? 3 : 7, 1);
    return [name, cells, ms.toFixed(1), ((ms * 1000) / cells).toFixed(2)];
  });
  printTable('recognize + checkRecognized (median of runs)', ['workbook', 'table cells', 'ms', 'µs/cell'], rows);
  expect(rows.length).toBe(14);
});
