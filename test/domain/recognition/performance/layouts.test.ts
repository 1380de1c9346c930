import { recognize } from '../../../../src/domain/recognition/recognize';
import { workbookFromBlocks } from '../../../support/seedWorkbook';

/**
 * Layouts the seeds do not show: a table laid out column by column (as the template writes it,
 * nothing shifted), the hierarchy where 成本指标 is a 一级 of its own, and the unit-level 整体 table.
 */
const costFirst = [
  'XX省省级部门项目支出绩效目标表',
  '(2025年度)',
  '项目名称\t\t乡村道路养护\t\t\t\t\t',
  '主管部门及代码\t\t101-交通运输厅\t\t实施单位\t\t公路中心\t',
  '项目属性\t\t延续性项目\t\t项目期\t\t3年\t',
  '项目资金（元）\t\t实施期资金总额：\t\t3,000,000\t\t年度资金总额：\t1,000,000',
  '\t\t其中：中央财政资金\t\t0\t\t其中：中央财政资金\t0',
  '\t\t省级财政资金\t\t3,000,000\t\t省级财政资金\t1,000,000',
  '项目概况\t\t养护道路120公里，需要资金300万元。\t\t\t\t\t',
  '\t\t实施期目标\t\t\t\t年度目标\t',
  '总体目标\t\t完成养护。\t\t\t\t完成年度养护。\t',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值',
  '\t产出指标\t数量指标\t养护里程\t≥120公里\t数量指标\t养护里程\t≥40公里',
  '\t\t质量指标\t养护合格率\t≥95%\t质量指标\t养护合格率\t≥95%',
  '\t\t时效指标\t完成时间\t2027年10月底\t时效指标\t完成时间\t2025年10月底',
  '\t成本指标\t经济成本指标\t每公里养护成本\t≤25000元/公里\t经济成本指标\t每公里养护成本\t≤25000元/公里',
  '\t\t社会成本指标\t\t\t社会成本指标\t\t',
  '\t效益指标\t社会效益指标\t通行条件\t明显改善\t社会效益指标\t通行条件\t明显改善',
  '\t满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t服务对象满意度指标\t沿线群众满意度\t≥90%',
  '负责人：\t张三\t经办人：\t李四\t联系电话：\t123\t填报日期：\t2025-01-15',
];

const overall = [
  'XX单位2025年度整体支出绩效目标表',
  '(2025年度)',
  '部门（单位）名称\t\tXX单位\t\t\t',
  '年度预算资金（万元）\t资金总额\t1,632.96\t\t\t',
  '\t其中：中央财政资金\t989.00\t\t\t',
  '\t市县（区）财政资金\t643.96\t\t\t',
  '总体目标\t\t保障各项工作正常运转。\t\t\t',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
  '\t产出指标\t数量指标\t服务人次\t≥10000人次',
  '\t\t质量指标\t办结率\t100%',
  '\t\t时效指标\t按时办结率\t100%',
  '\t\t成本指标\t项目支出\t≤1632.96万元',
  '\t满意度指标\t服务对象满意度\t群众满意度\t≥95%',
];

test('成本指标 as a 一级: the cost-first hierarchy, with its 经济成本 / 社会成本 lines', () => {
  const [t] = recognize(workbookFromBlocks([costFirst])).performance;
  expect(t.form.id).toBe('performance/target');
  expect(t.hierarchy.id).toBe('cost-first');
  const cost = t.indicators.filter((i) => i.level1 === '成本指标');
  expect(cost.map((i) => `${i.scope}/${i.level2}/${i.value?.raw ?? ''}`)).toEqual([
    'period/经济成本指标/≤25000元/公里',
    'annual/经济成本指标/≤25000元/公里',
    'period/社会成本指标/',
    'annual/社会成本指标/',
  ]);
  expect(t.indicators.find((i) => i.scope === 'annual' && i.level2 === '时效指标')!.value!.text).toBe('2025年10月底');
  expect(t.footer.filledDate.text).toBe('2025-01-15');
});

test('整体支出绩效目标表: the unit, its funds in 万元 and one triple', () => {
  const [t] = recognize(workbookFromBlocks([overall])).performance;
  expect(t.form.id).toBe('performance/overall');
  expect(t.project).toBe('XX单位');
  expect(t.amountUnit).toBe('万元');
  expect(t.funding.period).toBeNull();
  expect(t.funding.annual!.total!.amount!.amount.value!.toString()).toBe('1632.96');
  expect(t.funding.annual!.parts.map((p) => p.key)).toEqual(['central', 'local']);
  expect(t.scopes).toEqual(['annual']);
  expect(t.goals.annual!.text).toBe('保障各项工作正常运转。');
  expect(t.indicators.map((i) => i.level2)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '服务对象满意度指标']);
});
