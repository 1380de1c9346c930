import { FUNDING_PARTS, OVERALL_GOAL, TARGET_FOOTER } from './commonLabels';
import { COST_FIRST_HIERARCHY, SHANXI_HIERARCHY } from './indicatorHierarchies';
import type { PerformanceFormDef } from './performanceForm';

/**
 * 部门（单位）整体支出绩效目标表: one per unit, promised by 情况说明 十 ("编报单位整体绩效目标"). The
 * unit's whole budget in 万元 by source, the year's 总体目标 and one triple of indicators.
 */
export const performanceOverall: PerformanceFormDef = {
  id: 'performance/overall',
  name: '整体支出绩效目标表',
  title: '{unit}{year}年度整体支出绩效目标表',
  keywords: { all: [['整体支出绩效目标'], ['整体绩效目标表']], none: ['自评'] },
  subject: 'unit',
  purpose: 'target',
  kind: 'budget',
  amountUnit: '万元',
  yearLine: '({year}年度)',
  identity: [
    { key: 'unit', label: '部门（单位）名称', patterns: [/^(部门|单位|部门\(单位\))名称$/] },
    { key: 'department', label: '主管部门及代码', patterns: [/^主管部门(及代码)?$/] },
  ],
  funding: {
    label: { key: 'funding', label: '年度预算资金（万元）', patterns: [/^(年度)?(预算)?(申请)?资金(\((万?元)\))?$/, /^年度预算资金/] },
    annualTotal: { key: 'annualTotal', label: '资金总额', patterns: [/^(年度)?资金总额$/] },
    parts: FUNDING_PARTS,
  },
  texts: [{ key: 'tasks', label: '年度主要任务', patterns: [/^(年度)?主要任务$/] }],
  goals: { label: OVERALL_GOAL, heads: ['年度目标'] },
  indicatorHeader: ['一级指标', '二级指标', '三级指标', '指标值'],
  indicatorScopes: ['annual'],
  hierarchies: [SHANXI_HIERARCHY, COST_FIRST_HIERARCHY],
  footer: TARGET_FOOTER,
};
