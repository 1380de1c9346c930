import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { withParameters } from '../narrative/narrativeFixtures';

/** Every check can be switched off or re-levelled on the 说明参数 sheet (design.md §4). */
describe('rule levels from the 说明参数 sheet', () => {
  const base = checkWorkbook(withParameters('000', 'budget', {}, '事业单位'));

  it('leaves every rule at its default when the cells are blank', () => {
    expect(base.findings.filter((f) => f.rule === 'row-sum').length).toBe(8);
    expect(base.findings.every((f) => f.rule !== 'row-sum' || f.severity === 'warning')).toBe(true);
  });

  it('关闭 drops a rule, 错误 raises its default findings, 信息 lowers even its 尾数差异', () => {
    const r = checkWorkbook(
      withParameters('000', 'budget', { 'rule.row-sum': '关闭', 'rule.subject-hierarchy': '信息', 'rule.column-sum': '错误' }, '事业单位'),
    );
    expect(r.findings.filter((f) => f.rule === 'row-sum')).toEqual([]);
    const hierarchy = r.findings.filter((f) => f.rule === 'subject-hierarchy');
    expect(hierarchy.length).toBe(base.findings.filter((f) => f.rule === 'subject-hierarchy').length);
    expect(hierarchy.every((f) => f.severity === 'info')).toBe(true);
    // 错误 raises the rule's default level only: its 尾数差异 stay 提示.
    const columns = r.findings.filter((f) => f.rule === 'column-sum');
    expect(columns.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.counts.errors).toBe(0);
  });
});
