import { checkWorkbook } from '../../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../../src/domain/findings/finding';
import { workbookFromBlocks } from '../../../support/seedWorkbook';

/**
 * The target-table rules on small tables laid out as the template writes them, each breaking one
 * thing the seeds do not: text that disagrees with the funds, a standard × count, a figure without a
 * unit, a named indicator without a value, a missing 满意度, a 成本 一级 left empty.
 */
interface Table {
  overview?: string;
  goal?: string;
  annual?: string;
  indicators?: string[];
}

function table(t: Table): string[] {
  const annual = t.annual ?? '400,000';
  return [
    '预算部门(单位)项目支出绩效目标表',
    '(2025年度)',
    '项目名称\t道路养护',
    '主管部门及代码\t\t\t\t实施单位\t公路中心',
    '项目属性\t一次性项目（1年结束）\t\t项目期\t1年',
    `项目资金（元）\t实施期资金总额：\t\t${annual}\t年度资金总额：\t\t\t${annual}`,
    `\t其中：省级财政资金\t\t${annual}\t其中：省级财政资金\t\t\t${annual}`,
    `项目概况\t\t${t.overview ?? '道路养护。'}`,
    '\t\t实施期目标\t\t\t年度目标',
    `总体目标\t\t${t.goal ?? '完成养护。'}\t\t\t${t.goal ?? '完成养护。'}`,
    '绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值',
    ...(t.indicators ?? [
      '\t产出指标\t数量指标\t养护里程\t≥120公里\t数量指标\t养护里程\t≥120公里',
      '\t\t质量指标\t合格率\t≥95%\t质量指标\t合格率\t≥95%',
      '\t\t时效指标\t完成时间\t2025年10月底\t时效指标\t完成时间\t2025年10月底',
      '\t\t成本指标\t养护费用\t≤40万元\t成本指标\t养护费用\t≤40万元',
      '\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t服务对象满意度指标\t群众满意度\t≥90%',
    ]),
    '负责人：\t\t经办人：\t\t联系电话：\t\t填报日期：\t20250115',
  ];
}

const perf = (t: Table): Finding[] => checkWorkbook(workbookFromBlocks([table(t)])).findings.filter((f) => f.rule.startsWith('performance-'));

test('a consistent table gives nothing', () => {
  expect(perf({})).toEqual([]);
});

test('"需要资金38万元" and "预算1412万元" against 年度资金总额 400,000元', () => {
  const fs = perf({ overview: '养护道路120公里，需要资金38万元。', goal: '年度预算1412万元，完成养护。' });
  expect(fs.map((f) => f.message.replace(/^.*?：/, ''))).toEqual([
    '项目概况写“需要资金38万元”（380,000元），与表中年度资金总额 400,000元不一致',
    '实施期总体目标写“年度预算1412万元”（14,120,000元），与表中年度资金总额 400,000元不一致',
  ]);
});

test('a standard times a count: 4200人 × 3360元 is not the 1400万元 written', () => {
  const [f] = perf({ overview: '按每人每年3360元标准，补助4200人，共计1400万元。', annual: '14,000,000' });
  expect(f.message).toContain('3,360元 × 4,200人 = 14,112,000元，与所写“共计1400万元”不一致');
});

test('listed items that do not add up to their 合计', () => {
  const [f] = perf({ overview: '材料费150000元，人工费200000元，机械费60000元，合计400000元。' });
  expect(f.message).toContain('所列各项 150,000元 + 200,000元 + 60,000元 = 410,000元，与所写“合计400000元”不一致，差额 10,000元');
});

test('a figure without a unit, a named indicator without a value, no 满意度', () => {
  const fs = perf({
    indicators: [
      '\t产出指标\t数量指标\t养护里程\t≥120\t数量指标\t养护里程\t≥120',
      '\t\t质量指标\t合格率\t\t质量指标\t合格率\t',
      '\t\t时效指标\t完成时间\t2025年10月底\t时效指标\t完成时间\t2025年10月底',
      '\t\t成本指标\t养护费用\t≤40万元\t成本指标\t养护费用\t≤40万元',
    ],
  }).map((f) => f.message.replace(/^.*?：/, ''));
  expect(fs).toEqual([
    '实施期和年度产出指标的“质量指标”没有填写指标',
    '实施期和年度缺少满意度指标（至少一项有指标值的指标）',
    '实施期和年度数量指标“养护里程”的指标值“≥120”没有计量单位（人、次、%、元…）',
    '实施期和年度质量指标“合格率”没有填写指标值',
  ]);
});

test('成本指标 as a 一级 with nothing under it is missing', () => {
  const fs = perf({
    indicators: [
      '\t产出指标\t数量指标\t养护里程\t≥120公里\t数量指标\t养护里程\t≥120公里',
      '\t\t质量指标\t合格率\t≥95%\t质量指标\t合格率\t≥95%',
      '\t\t时效指标\t完成时间\t2025年10月底\t时效指标\t完成时间\t2025年10月底',
      '\t成本指标\t经济成本指标\t\t\t经济成本指标\t\t',
      '\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t服务对象满意度指标\t群众满意度\t≥90%',
    ],
  }).map((f) => f.message.replace(/^.*?：/, ''));
  expect(fs).toEqual(['实施期和年度缺少成本指标（至少一项有指标值的指标）']);
});
