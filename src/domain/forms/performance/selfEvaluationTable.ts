import { DEPARTMENT, FUNDING_PARTS, IMPLEMENTER, OVERALL_GOAL, PROJECT_NAME } from './commonLabels';
import { COST_FIRST_HIERARCHY, SHANXI_HIERARCHY } from './indicatorHierarchies';
import type { PerformanceFormDef } from './performanceForm';

/**
 * 项目支出绩效自评表 (seed 004, attached to the 决算): money in 万元 with up to three decimals —
 * 年初预算数 (目标申报数 / 预算编制数), 全年预算数, 全年执行数, 结余, 执行率, 得分 — then each indicator's
 * 年初 / 调整后 / 实际完成值, 分值 and 得分, and 总分 with its grade.
 */
export const performanceSelfEvaluation: PerformanceFormDef = {
  id: 'performance/self-evaluation',
  name: '项目支出绩效自评表',
  title: '{project}项目支出绩效自评表',
  keywords: { all: [['绩效自评表'], ['自评表']] },
  subject: 'project',
  purpose: 'self-evaluation',
  kind: 'final',
  amountUnit: '万元',
  yearLine: '({year}年度)',
  identity: [PROJECT_NAME, DEPARTMENT, IMPLEMENTER],
  selfEvaluationMoney: {
    label: { key: 'money', label: '项目资金预算安排及执行进度（万元）', patterns: [/^项目资金预算安排/] },
    total: { key: 'total', label: '资金总额', patterns: [/^资金总额$/] },
    parts: FUNDING_PARTS,
    columns: [
      { key: 'declared', header: ['年初预算数', '目标申报数'] },
      { key: 'budgeted', header: ['年初预算数', '预算编制数'] },
      { key: 'annualBudget', header: ['全年预算数'] },
      { key: 'executed', header: ['全年执行数'] },
      { key: 'balance', header: ['资金结（转）余'] },
      { key: 'rate', header: ['执行率'] },
      { key: 'score', header: ['得分'] },
    ],
    executionWeight: 10,
  },
  texts: [],
  goals: { label: { key: 'goal', label: '项目年度绩效目标', patterns: [/^项目年度绩效(目标)?$/, ...OVERALL_GOAL.patterns] }, heads: ['年度目标', '实际完成情况'] },
  indicatorHeader: ['一级指标', '二级指标', '三级指标', '年初指标值', '调整后指标值', '实际完成值', '定性值情况说明', '分值', '得分', '偏差原因分析及改进措施'],
  indicatorScopes: ['annual'],
  hierarchies: [SHANXI_HIERARCHY, COST_FIRST_HIERARCHY],
  footer: [],
  // 财预〔2020〕10号: 90（含）—100 优，80（含）—90 良，60（含）—80 中，60 以下 差.
  grades: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  notes: [
    '备注：1.“年初预算数”项下的“目标申报数”和“预算编制数”为并列关系，其中“目标申报数”的数据来源于项目目标申报表中的项目资金总额表中的年度资金，“预算编制数”数据来源于项目预算支出明细表；',
    '2.“全年预算数”的取数规则，如果年初预算未调整，取预算编制数；如果有调整，取调整后的预算数；',
    '3.“全年执行数”是指预算执行指标确认数；',
    '4.“执行率”是执行数与“全年预算数”相比较。',
  ],
};
