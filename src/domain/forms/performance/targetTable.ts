import { OVERALL_GOAL, PROJECT_FUNDING, PROJECT_IDENTITY, PROJECT_TEXTS, TARGET_FOOTER, TARGET_INDICATOR_HEADER } from './commonLabels';
import { COST_FIRST_HIERARCHY, SHANXI_HIERARCHY } from './indicatorHierarchies';
import type { PerformanceFormDef } from './performanceForm';

/**
 * 项目支出绩效目标表 (seeds 000 and 001: "汾阳市县(区)级预算部门(单位)项目支出绩效目标表"), one per
 * project of 表12: identity rows, 项目资金 in 元 for 实施期 and 年度, the text rows, 总体目标, and the
 * indicators with one 二级/三级/指标值 triple for 实施期 and one for 年度.
 */
export const performanceTarget: PerformanceFormDef = {
  id: 'performance/target',
  name: '项目支出绩效目标表',
  title: '{region}预算部门(单位)项目支出绩效目标表',
  keywords: { all: [['项目支出绩效目标表'], ['项目绩效目标表'], ['绩效目标表']], none: ['申报表', '自评', '整体支出'] },
  subject: 'project',
  purpose: 'target',
  kind: 'budget',
  amountUnit: '元',
  yearLine: '({year}年度)',
  identity: PROJECT_IDENTITY,
  funding: PROJECT_FUNDING,
  texts: PROJECT_TEXTS,
  goals: { label: OVERALL_GOAL, heads: ['实施期目标', '年度目标'] },
  indicatorHeader: TARGET_INDICATOR_HEADER,
  indicatorScopes: ['period', 'annual'],
  hierarchies: [SHANXI_HIERARCHY, COST_FIRST_HIERARCHY],
  footer: TARGET_FOOTER,
};
