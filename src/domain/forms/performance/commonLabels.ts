import type { FundingDef, LabelDef } from './performanceForm';

/** Labels the performance forms share, each with the ways the seeds print it. */
const label = (key: string, text: string, ...patterns: RegExp[]): LabelDef => ({ key, label: text, patterns });

export const PROJECT_NAME = label('project', '项目名称', /^项目名称$/);
export const DEPARTMENT = label('department', '主管部门及代码', /^主管部门(及代码)?$/);
export const IMPLEMENTER = label('implementer', '实施单位', /^实施单位$/, /^预算单位$/);
export const ATTRIBUTE = label('attribute', '项目属性', /^项目属性$/);
export const PROJECT_PERIOD = label('projectPeriod', '项目期', /^项目(日)?期$/);
/**
 * 项目类别 (其他运转类 / 特定目标类): not on the published form; the template puts it beside the table
 * so that 情况说明 十 can split the projects as the published text does.
 */
export const PROJECT_CATEGORY = label('category', '项目类别', /^项目类别$/);

export const PROJECT_IDENTITY: readonly LabelDef[] = [PROJECT_NAME, DEPARTMENT, IMPLEMENTER, ATTRIBUTE, PROJECT_PERIOD, PROJECT_CATEGORY];

/** The sources every funding line splits into, as Shanxi prints them. */
export const FUNDING_PARTS: readonly LabelDef[] = [
  label('central', '中央财政资金', /^中央(财政(资金?|拨款)?|预算内资金)$/),
  label('provincial', '省级财政资金', /^省级财政(资金?|拨款)?$/),
  // 市县(区)财政资金, 市、县(区)财政拨款, 市县区财政资金, and the 004 misprints 市市区 / 市辖区; cut by a narrow column.
  label('local', '市县（区）财政资金', /^市[、县市辖(（]?.{0,4}财政(资金?|拨款)?$/),
  label('self', '单位自筹', /^单位自筹?$/),
  label('other', '其他资金', /^其他资金$/),
];

export const PROJECT_FUNDING: FundingDef = {
  label: label('funding', '项目资金（元）', /^项目资金(\((万?元)\))?$/),
  // 实施期 (000–002), 项目资金总额 (001's scanned table), 前期 / 共纳期 (004's misprints).
  periodTotal: label('periodTotal', '实施期资金总额', /^(实施期|项目|前期|共纳期)?资金总额$/),
  annualTotal: label('annualTotal', '年度资金总额', /^年度资金总额$/),
  parts: FUNDING_PARTS,
};

export const PROJECT_TEXTS: readonly LabelDef[] = [
  label('overview', '项目概况', /^项目概况$/),
  label('basis', '立项依据', /^立项依据$/),
  label('necessity', '项目设立必要性', /^项目设立必要性$/),
  label('measures', '保证项目实施的制度、措施', /^保证项目实施的制度/),
  label('plan', '项目实施计划', /^项目实施计划$/),
];

export const OVERALL_GOAL = label('goal', '总体目标', /^总体目标$/);

export const TARGET_FOOTER: readonly LabelDef[] = [
  label('leader', '负责人', /^负责人$/),
  label('handler', '经办人', /^经办人$/),
  label('phone', '联系电话', /^联系电话$/),
  label('filledDate', '填报日期', /^填报日期$/),
];

export const TARGET_INDICATOR_HEADER: readonly string[] = ['一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'];
