import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { recurringSlips } from '../../../src/domain/findings/recurringSlips';
import { isRoundingDifference } from '../../../src/domain/findings/findingClass';
import { seedWorkbook } from '../../support/seedWorkbook';

describe('the same 尾数差异 in several tables (seed 000 as published)', () => {
  const result = checkWorkbook(seedWorkbook('000'));
  const slips = recurringSlips(result.findings);

  it('20805 行政事业单位养老支出 合计 252.37 against 252.36 recurs in 表2, 表3 and 表5: one slip naming all three', () => {
    const pension = slips.find((s) => s.findings[0].row?.code === '20805' && s.findings[0].column === '合计')!;
    expect(pension.findings.map((f) => [f.table, f.cell, f.actual, f.expected])).toEqual([
      [2, 'C10', '252.37', '252.36'],
      [3, 'C10', '252.37', '252.36'],
      [5, 'C10', '252.37', '252.36'],
    ]);
  });

  it('表5 repeats each of 表3’s slips (it prints the same rows); a slip found once is no recurring slip', () => {
    const t5 = result.findings.filter((f) => f.table === 5 && isRoundingDifference(f));
    expect(t5).toHaveLength(8);
    for (const f of t5) expect(slips.some((s) => s.findings.includes(f) && s.findings[0] !== f)).toBe(true);
    // 表6 and 表12 slips are their own.
    for (const f of result.findings.filter((x) => x.table === 6 || x.table === 12)) expect(slips.some((s) => s.findings.includes(f))).toBe(false);
  });

  it('errors are never folded together, even with the same figures', () => {
    const errors = result.findings.map((f) => ({ ...f, severity: 'error' as const }));
    expect(recurringSlips(errors)).toEqual([]);
  });
});
