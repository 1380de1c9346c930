import Decimal from 'decimal.js';
import { recognize } from '../../../../src/domain/recognition/recognize';
import type { PerformanceTable } from '../../../../src/domain/recognition/performance/performanceTable';
import { seedWorkbook, type SeedId } from '../../../support/seedWorkbook';
import { seedPerformanceTables } from '../../../support/seedPerformance';

/**
 * Every performance table the four seeds attach, recognised from the PDF text in both layouts (one
 * sheet per table, everything stacked on one sheet after the budget/决算 tables), with its funds and
 * indicators read. Counts: 000 12 绩效目标表, 001 20, 002 5 申报表, 004 17 自评表 (four of them printed
 * on the 绩效目标表 form).
 */
const LAYOUTS = ['sheetPerTable', 'oneSheet'] as const;
const EXPECTED: Record<SeedId, { form: string; count: number; budgetTables: number }> = {
  '000': { form: 'performance/target', count: 12, budgetTables: 13 },
  '001': { form: 'performance/target', count: 20, budgetTables: 13 },
  '002': { form: 'performance/application', count: 5, budgetTables: 13 },
  '004': { form: 'performance/self-evaluation', count: 17, budgetTables: 10 },
};

const read = (id: SeedId, layout: (typeof LAYOUTS)[number]) => recognize(seedWorkbook(id, { performance: true, layout }));
const byProject = (tables: readonly PerformanceTable[], name: string) => {
  const t = tables.find((x) => x.project === name);
  if (!t) throw new Error(`no table ${name}: ${tables.map((x) => x.project).join(' | ')}`);
  return t;
};
const annual = (t: PerformanceTable) => t.funding.annual?.total?.amount?.amount.value?.toString();
const period = (t: PerformanceTable) => t.funding.period?.total?.amount?.amount.value?.toString();

describe.each(LAYOUTS)('layout %s', (layout) => {
  test.each(Object.keys(EXPECTED) as SeedId[])('seed %s: every performance table recognised, the budget tables unchanged', (id) => {
    const r = read(id, layout);
    expect(seedPerformanceTables(id)).toHaveLength(EXPECTED[id].count);
    expect(r.performance).toHaveLength(EXPECTED[id].count);
    expect(r.performance.every((t) => t.form.id === EXPECTED[id].form)).toBe(true);
    expect(r.tables).toHaveLength(EXPECTED[id].budgetTables);
    expect(r.unrecognized).toEqual([]);
    // Each is identified by its 项目名称 and reads a non-empty indicator grid.
    expect(r.performance.every((t) => t.project !== null && t.indicators.length >= 6)).toBe(true);
    expect(new Set(r.performance.map((t) => t.project)).size).toBe(EXPECTED[id].count);
  });

  test('000: funds, period, indicators and footer of 在职人员职业年金做实 and 企业职工取暖费', () => {
    const tables = read('000', layout).performance;
    const pension = byProject(tables, '在职人员职业年金做实');
    expect(pension.attribute).toBe('一次性');
    expect(pension.amountUnit).toBe('元');
    expect(annual(pension)).toBe('1731707.84');
    expect(pension.funding.annual!.parts.map((p) => [p.key, p.amount?.amount.value?.toString() ?? null])).toEqual([
      ['central', '0'],
      ['provincial', '0'],
      ['local', '1731707.84'],
      ['self', '0'],
      ['other', null],
    ]);
    const staff = pension.indicators.find((i) => i.scope === 'annual' && i.level2 === '数量指标')!;
    expect(staff).toMatchObject({ level1: '产出指标', level3: '在职人员' });
    expect(staff.value).toMatchObject({ comparator: null, unit: '人' });
    expect(staff.value!.number!.toString()).toBe('34');
    expect(pension.footer.filledDate.text).toBe('20250103180411');
    expect(pension.year).toBe(2025);

    const heating = byProject(tables, '2025年企业职工取暖费以及缺口责任负担资金');
    expect([period(heating), annual(heating)]).toEqual(['24000000', '11000000']);
    const costs = heating.indicators.filter((i) => i.scope === 'annual' && i.level2 === '成本指标').map((i) => i.value!);
    expect(costs.map((v) => [v.comparator, v.number!.toString(), v.unit])).toEqual([
      ['≤', '1100', '万元'],
      ['≤', '1300', '万元'],
    ]);
    expect(heating.hierarchy.id).toBe('shanxi');
    expect(heating.scopes).toEqual(['period', 'annual']);
  });

  test('001: 遗属补助 (延续性, 3年) and the scanned 专项工作任务经费 (one triple, no 年度 in its header)', () => {
    const tables = read('001', layout).performance;
    const survivors = byProject(tables, '退休人员遗属补助');
    expect(survivors.attribute).toBe('延续性');
    expect(survivors.identity.projectPeriod.text).toBe('3年');
    expect([period(survivors), annual(survivors)]).toEqual(['69120', '23040']);
    expect(survivors.indicators.find((i) => i.level3 === '发放标准')!.value).toMatchObject({ unit: '元/人月' });
    const special = byProject(tables, '专项工作任务经费(医保)');
    expect(special.scopes).toEqual(['annual']);
    expect(special.year).toBeNull();
    expect(special.yearCell!.text).toBe('F025年度)');
    expect(special.indicators.find((i) => i.level2 === '数量指标')!.value!.raw).toBe('400%');
    // 医保档案 prints 成本指标 on the 效益指标 line: the hierarchy puts it under 产出.
    const archive = byProject(tables, '2024年医保档案规范化整理经费');
    expect(archive.indicators.find((i) => i.level2 === '成本指标')!.level1).toBe('产出指标');
  });

  test('002: the 申报表 of 社会保险业务经费 (经常性, 3年) and its two 成本指标 lines', () => {
    const t = byProject(read('002', layout).performance, '社会保险业务经费');
    expect(t.form.name).toBe('项目支出绩效目标申报表');
    expect(t.attribute).toBe('经常性');
    expect([period(t), annual(t)]).toEqual(['2250000', '750000']);
    expect(t.indicators.filter((i) => i.scope === 'annual' && i.level2 === '成本指标').map((i) => i.value!.raw)).toEqual(['30000元', '36000元/人/年']);
    expect(t.goals.annual!.text).toContain('全年项目预算资金750000元');
  });

  test('004: 自评表 money in 万元, indicator 分值/得分, 总分 and grade; four printed on the target form', () => {
    const tables = read('004', layout).performance;
    expect(tables.filter((t) => t.layout === 'target').map((t) => t.project)).toEqual([
      '2024年山西省对城乡居民基本养老保险的出口补贴（第三批）',
      '2024年特殊困难人员代缴经费补充险（追加）',
      '2024年特殊困难人员代缴经费基本险（追加）',
      '2024年中央调整机关事业单位基本养老保险水平补助经费缺口',
    ]);
    const heating = byProject(tables, '2024年企业退休职工取暖费(上解)');
    const total = heating.selfEvaluation!.money.find((m) => m.key === 'total')!;
    const v = (k: keyof typeof total.values) => total.values[k]!.amount.value!.toString();
    expect([v('declared'), v('budgeted'), v('annualBudget'), v('executed'), v('balance'), v('rate'), v('score')]).toEqual(['1068', '1068', '995', '995', '0', '100', '10']);
    const cost = heating.selfEvaluation!.indicators.find((i) => i.level2 === '成本指标')!;
    expect([cost.weight!.amount.value!.toString(), cost.score!.amount.value!.toString()]).toEqual(['10', '9']);
    expect(cost.actual).toMatchObject({ comparator: '<', unit: '万元' });
    expect(heating.selfEvaluation!.totalScore!.amount.value!.toString()).toBe('99');
    expect(heating.selfEvaluation!.grade!.text).toBe('优');
    const casual = byProject(tables, '临时工工资');
    expect(casual.selfEvaluation!.money[0].values.executed!.raw).toBe('14,256');
    expect(casual.selfEvaluation!.indicators.find((i) => i.level2 === '成本指标')!.actual!.number!.equals(new Decimal(142560))).toBe(true);
    const insurance = byProject(tables, '2024年特殊困难人员代缴经费补充险（追加）');
    expect(annual(insurance)).toBe('255600');
    expect(insurance.executionLines.map((c) => c.text)).toEqual(['执行率', '100%', '得分', '100分']);
  });
});

test('both layouts read the same tables the same way', () => {
  for (const id of Object.keys(EXPECTED) as SeedId[]) {
    const summary = (layout: (typeof LAYOUTS)[number]) =>
      read(id, layout).performance.map((t) => [t.project, annual(t), t.indicators.map((i) => `${i.scope}/${i.level2}/${i.value?.raw ?? ''}`).join(',')]);
    expect(summary('oneSheet')).toEqual(summary('sheetPerTable'));
  }
});
