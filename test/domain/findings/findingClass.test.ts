import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { CLASS_LABEL, classCounts, countsText, findingClass } from '../../../src/domain/findings/findingClass';
import { byReportOrder, LEADING_RULES } from '../../../src/domain/findings/findingOrder';
import type { Finding } from '../../../src/domain/findings/finding';
import { seedWorkbook } from '../../support/seedWorkbook';

describe('the four words, one meaning each', () => {
  const result = checkWorkbook(seedWorkbook('000'));

  it('错误 is severity error; 尾数差异 a warning rounding explains; 提示 any other warning; 信息 info', () => {
    for (const f of result.findings) {
      const c = findingClass(f);
      if (f.severity === 'error') expect(c).toBe('error');
      if (f.severity === 'info') expect(c).toBe('info');
      if (f.severity === 'warning') expect(c).toBe(f.detail && 'rounding' in f.detail && f.detail.rounding ? 'rounding' : 'hint');
    }
    expect(Object.values(CLASS_LABEL)).toEqual(['错误', '尾数差异', '提示', '信息']);
  });

  it('a rule re-levelled to 错误 makes its 尾数差异 an 错误 (the class follows the severity the user set)', () => {
    const rounding = result.findings.find((f) => findingClass(f) === 'rounding')!;
    expect(findingClass({ ...rounding, severity: 'error' })).toBe('error');
    expect(findingClass({ ...rounding, severity: 'info' })).toBe('info');
  });

  it('counts add up to the checks’ own counts, and are said in the four words', () => {
    const n = classCounts(result.findings);
    expect(n.error).toBe(result.counts.errors);
    expect(n.rounding + n.hint).toBe(result.counts.warnings);
    expect(n.info).toBe(result.counts.info);
    expect(countsText(n)).toBe(`错误 0 个 · 尾数差异 22 个 · 提示 ${n.hint} 个 · 信息 ${n.info} 个`);
  });
});

describe('report order', () => {
  const base: Finding = { severity: 'error', rule: 'row-sum', table: 3, sheet: 'S', cell: 'C6', row: null, column: null, expected: null, actual: null, difference: null, message: '' };

  it('错误, 提示, 尾数差异, 信息; a leading rule first within its class', () => {
    const info = { ...base, severity: 'info' as const };
    const hint = { ...base, severity: 'warning' as const };
    const rounding = { ...hint, detail: { kind: 'sum' as const, parts: [], rounding: true } };
    const sorted = [info, rounding, hint, base].sort(byReportOrder);
    expect(sorted).toEqual([base, hint, rounding, info]);
    const lead = { ...base, rule: 'explains-others' };
    (LEADING_RULES as string[]).push('explains-others');
    try {
      expect([base, lead].sort(byReportOrder)).toEqual([lead, base]);
    } finally {
      (LEADING_RULES as string[]).pop();
    }
  });
});
