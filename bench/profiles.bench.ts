import { recognize } from '../src/domain/recognition/recognize';
import { checkRecognized } from '../src/domain/checks/checkWorkbook';
import { findTitles } from '../src/domain/recognition/findTitles';
import { pickProfile } from '../src/domain/recognition/pickProfile';
import { ALL_FORMS } from '../src/domain/forms/registry';
import { PROFILES } from '../src/domain/profiles';
import type { WorkbookSnapshot } from '../src/domain/workbook/snapshot';
import { seedWorkbook } from '../test/support/seedWorkbook';
import { shanghaiWorkbook } from '../test/support/shanghaiWorkbook';
import { yuanBudgetWorkbook } from '../test/support/yuanBudgetWorkbook';
import { medianMs, printTable } from './measure';
import { syntheticTimes, tableCells } from './sizedWorkbook';

/**
 * Recognition with the four profiles, per table cell (flat across sizes = linear), and what picking
 * the profile costs: finding every title against every profile's forms and scoring the profiles
 * (an upper bound — recognition needs the titles anyway), as a share of a whole check.
 */
function pick(wb: WorkbookSnapshot): string {
  const hits = wb.sheets.flatMap((s) => findTitles(s, undefined, ALL_FORMS));
  return pickProfile(hits, PROFILES, null).id;
}

test('profiles: recognition time per cell and the cost of picking the profile', () => {
  const workbooks: { name: string; wb: WorkbookSnapshot }[] = [
    ...(['000', '001', '002', '004'] as const).map((id) => ({ name: `seed ${id}`, wb: seedWorkbook(id) })),
    { name: '上海 社会工作部 (national-final-9)', wb: shanghaiWorkbook('social-work') },
    { name: '上海 规划资源局 (national-final-9)', wb: shanghaiWorkbook('planning-resources') },
    { name: '元 budget (national-budget-9)', wb: yuanBudgetWorkbook() },
  ];
  const largest = Math.max(...workbooks.map((s) => tableCells(s.wb)));
  for (const factor of [1, 10, 100]) {
    const { wb, items } = syntheticTimes(factor, largest, { performance: false });
    workbooks.push({ name: `synthetic ${factor}× (${items} 项)`, wb });
  }
  const rows = workbooks.map(({ name, wb }) => {
    const cells = tableCells(wb);
    const runs = cells > 100000 ? 3 : 7;
    const recognition = medianMs(() => recognize(wb), runs, 1);
    const check = medianMs(() => checkRecognized(wb, recognize(wb)), runs, 1);
    const picking = medianMs(() => pick(wb), runs, 1);
    return [
      name,
      recognize(wb).profile.id,
      cells,
      recognition.toFixed(1),
      ((recognition * 1000) / cells).toFixed(2),
      check.toFixed(1),
      picking.toFixed(2),
      `${((picking / check) * 100).toFixed(1)}%`,
    ];
  });
  printTable(
    'recognize with 4 profiles; picking the profile (all titles × all profiles + scoring) against the whole check (median of runs)',
    ['workbook', 'profile', 'table cells', 'recognize ms', 'µs/cell', 'check ms', 'pick ms', 'pick / check'],
    rows,
  );
  expect(rows).toHaveLength(10);
});
