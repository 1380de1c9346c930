import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
import { performanceTemplateLayouts, projectsWithoutTable } from '../../../src/domain/template/performanceLayout';
import type { SheetLayout } from '../../../src/domain/template/sheetLayout';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { withCell } from '../../support/editWorkbook';
import { seedWorkbook } from '../../support/seedWorkbook';
import { layoutSnapshot } from './layoutSnapshot';

/**
 * The 绩效目标表 template: one table per 表12 line that has none, pre-filled from 表12, read back by
 * recognition as a 项目支出绩效目标表 of that project, and consistent with 表12 for the checks.
 */
function withTemplates(wb: WorkbookSnapshot): { wb: WorkbookSnapshot; layouts: SheetLayout[]; notices: string[] } {
  const r = recognize(wb);
  const todo = projectsWithoutTable(r)!;
  const { layouts, notices } = performanceTemplateLayouts({ year: r.year!, unit: r.unit!, projects: todo.projects, existingSheets: wb.sheets.map((s) => s.name) });
  return { wb: { ...wb, sheets: [...wb.sheets, ...layouts.map(layoutSnapshot)] }, layouts, notices };
}

test('001 with its 20 tables: templates for the two 表12 lines without one, nothing else', () => {
  const before = seedWorkbook('001', { performance: true });
  const { wb, layouts } = withTemplates(before);
  expect(layouts.map((l) => l.name)).toEqual(['绩效-2025年中央财政就业补助资金', '绩效-单位长期聘用人员经费']);
  const r = recognize(wb);
  expect(r.performance).toHaveLength(22);
  const added = r.performance.filter((t) => layouts.some((l) => l.name === t.sheet));
  expect(added.map((t) => [t.form.id, t.project, t.year, t.identity.implementer.text, t.funding.annual?.total?.amount?.amount.value?.toString()])).toEqual([
    ['performance/target', '2025年中央财政就业补助资金', 2025, '汾阳市人力资源和社会保障局', '9890000'],
    ['performance/target', '单位长期聘用人员经费', 2025, '汾阳市人力资源和社会保障局', '103200'],
  ]);
  // Coverage now complete: no 表12 line is left without a table.
  const coverage = checkWorkbook(wb).findings.filter((f) => f.rule === 'performance-coverage' && f.table === 12);
  expect(coverage).toEqual([]);
});

test('every 表12 line of 000 gets a table in a workbook without any; they agree with 表12 and read back whole', () => {
  const { wb, layouts } = withTemplates(seedWorkbook('000'));
  expect(layouts).toHaveLength(12);
  const r = checkWorkbook(wb);
  expect(r.recognition.performance.map((t) => t.project)).toEqual(projectsWithoutTable(recognize(seedWorkbook('000')))!.projects.map((p) => p.name));
  const perf = r.findings.filter((f) => f.rule.startsWith('performance-'));
  // Nothing about funds, names, periods or dates: only the indicators the template leaves to fill.
  expect(perf.filter((f) => f.severity === 'error')).toEqual([]);
  expect(new Set(perf.map((f) => f.rule))).toEqual(new Set(['performance-indicators']));
  const t = r.recognition.performance[0];
  expect(t.scopes).toEqual(['period', 'annual']);
  expect(t.hierarchy.id).toBe('shanxi');
  expect(t.indicators.filter((i) => i.scope === 'annual').map((i) => i.level2)).toEqual([
    '数量指标',
    '质量指标',
    '时效指标',
    '成本指标',
    '经济效益指标',
    '社会效益指标',
    '生态效益指标',
    '可持续影响指标',
    '服务对象满意度指标',
  ]);
});

test('the funding block: 年度资金总额 from 表12 in 元, 实施期 the SUM of its sources, a rule for the parts', () => {
  const { layouts } = withTemplates(seedWorkbook('002'));
  const l = layouts.find((x) => x.name === '绩效-社会保险业务经费')!;
  const at = (a: string) => l.cells.find((c) => `${String.fromCharCode(65 + c.col)}${c.row + 1}` === a);
  expect(at('H6')!.value).toBe(750000);
  expect(at('D6')!.formula).toBe('=SUM(D7:D11)');
  expect(l.sumRules).toEqual([{ range: 'H6', formula: '=AND(COUNT(H7:H11)>0,ABS(H6-SUM(H7:H11))>0.005)' }]);
  expect(l.choices).toMatchObject({ B5: ['一次性项目（1年结束）', '延续性项目（阶段开展）', '经常性项目（长期开展）'], G5: ['其他运转类', '特定目标类'] });
});

test('filled in, the template is a table like the published ones: sources add up, 项目类别 read', () => {
  const { wb } = withTemplates(seedWorkbook('002'));
  const sheet = '绩效-驻村工作人员补助经费';
  let filled = withCell(wb, sheet, 'H9', 84000); // 市县（区）财政资金
  filled = withCell(filled, sheet, 'G5', '其他运转类');
  filled = withCell(filled, sheet, 'D9', 84000);
  filled = withCell(filled, sheet, 'D6', 84000); // the SUM's result, as Excel would show it
  const r = checkWorkbook(filled);
  const t = r.recognition.performance.find((x) => x.sheet === sheet)!;
  expect(t.identity.category.text).toBe('其他运转类');
  expect(t.funding.annual!.parts.find((p) => p.key === 'local')!.amount!.amount.value!.toString()).toBe('84000');
  expect(r.findings.filter((f) => f.sheet === sheet && ['performance-funding', 'performance-period', 'performance-amount'].includes(f.rule))).toEqual([]);
  const broken = checkWorkbook(withCell(filled, sheet, 'H9', 80000));
  expect(broken.findings.filter((f) => f.sheet === sheet && f.rule === 'performance-funding')).toHaveLength(1);
});

test('a sheet name already taken gets another, and the template never replaces it', () => {
  const wb = seedWorkbook('002');
  const r = recognize(wb);
  const { layouts, notices } = performanceTemplateLayouts({
    year: 2023,
    unit: r.unit!,
    projects: projectsWithoutTable(r)!.projects,
    existingSheets: [...wb.sheets.map((s) => s.name), '绩效-法律顾问聘用经费'],
  });
  expect(layouts.map((l) => l.name)).toContain('绩效-法律顾问聘用经费 (2)');
  expect(notices).toEqual(['项目“法律顾问聘用经费”的绩效目标表放在工作表“绩效-法律顾问聘用经费 (2)”']);
});
