import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { recognize } from '../../../src/domain/recognition/recognize';
import { seedWorkbook } from '../../support/seedWorkbook';
import { tableOf } from './blankTables';

describe('表12 unit subtotal', () => {
  it('is the sum of the project lines when left blank', () => {
    const published = seedWorkbook('000');
    const t12 = tableOf(published, 12);
    const panel = t12.panels[0];
    const total = panel.rows.find((r) => r.level === 'total')!;
    const cols = panel.columns.filter((c) => c.key === 'total' || c.key === 'gpb');
    const wb = {
      ...published,
      sheets: published.sheets.map((s) =>
        s.name === t12.sheet ? { ...s, values: s.values.map((row, r) => (r === total.row ? row.map((v, c) => (cols.some((x) => x.col === c) ? null : v)) : row)) } : s,
      ),
    };
    const plan = planFill(wb, recognize(wb), builtinCatalog(2025));
    // Published 2460.09 is 0.01 below the 12 project lines (尾数差异, a 提示 in the checks); fill
    // derives the exact sum, so this is the one place a refill differs from the published figure.
    expect(plan.writes).toEqual([
      expect.objectContaining({ sheet: t12.sheet, address: 'B7', value: 2460.1, previous: null, reason: '表12 汾阳市社会保险中心“合计”= 各行之和' }),
      expect.objectContaining({ sheet: t12.sheet, address: 'C7', value: 2460.1, previous: null, reason: '表12 汾阳市社会保险中心“一般公共预算”= 各行之和' }),
    ]);
    // A sum copies no single cell, so it names its target but no source.
    expect(plan.writes.map((w) => [w.target?.table, w.target?.column, w.sources])).toEqual([
      ['表12', '合计', undefined],
      ['表12', '一般公共预算', undefined],
    ]);
    expect(plan.conflicts).toEqual([]);
  });
});
