import { budgetTable01 } from '../forms/budget/table01';
import { budgetTable02 } from '../forms/budget/table02';
import { budgetTable03 } from '../forms/budget/table03';
import { budgetTable04 } from '../forms/budget/table04';
import { budgetTable05 } from '../forms/budget/table05';
import { budgetTable06 } from '../forms/budget/table06';
import { budgetTable07 } from '../forms/budget/table07';
import { budgetTable08 } from '../forms/budget/table08';
import { budgetTable09 } from '../forms/budget/table09';
import { budgetTable10 } from '../forms/budget/table10';
import { budgetTable11 } from '../forms/budget/table11';
import { budgetTable12 } from '../forms/budget/table12';
import { budgetTable13 } from '../forms/budget/table13';
import { at, columnOf, type Relation } from '../relations/relation';
import { section01Changes } from '../narrative/budget/section01Changes';
import { section02Income } from '../narrative/budget/section02Income';
import { section03Expense } from '../narrative/budget/section03Expense';
import { section04Fiscal } from '../narrative/budget/section04Fiscal';
import { section05GeneralBudget } from '../narrative/budget/section05GeneralBudget';
import { section06Basic } from '../narrative/budget/section06Basic';
import { section07ThreePublic } from '../narrative/budget/section07ThreePublic';
import { section08Operating } from '../narrative/budget/section08Operating';
import { section09Procurement } from '../narrative/budget/section09Procurement';
import { section10Performance } from '../narrative/budget/section10Performance';
import { section11Assets } from '../narrative/budget/section11Assets';
import { section12Other } from '../narrative/budget/section12Other';
import type { Profile } from './profile';

/** 表1 … 表13 relations (design.md §4), keyed by form and role. */
const RELATIONS: readonly Relation[] = [
  { mode: 'cells', id: 'b1-income-b2', title: '表1 本年收入合计 = 表2 本年收入合计', left: [at(budgetTable01, 'income', 'income-total', 'amount')], right: [at(budgetTable02, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b1-expense-b3', title: '表1 本年支出合计 = 表3 合计', left: [at(budgetTable01, 'expense', 'expense-total', 'total')], right: [at(budgetTable03, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b2-b3', title: '表2 本年收入合计 + 上年结转 = 表3 合计', left: [at(budgetTable02, 'main', 'total', 'total'), at(budgetTable02, 'main', 'total', 'carryover')], right: [at(budgetTable03, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'b1-classes-b3', title: '表1 各类支出 = 表3 各类合计', left: columnOf(budgetTable01, 'expense', 'total'), right: columnOf(budgetTable03, 'main', 'total'), classesOnly: true },
  { mode: 'cells', id: 'b4-gpb-b1', title: '表4 一般公共预算收入 = 表1 一般公共预算收入', left: [at(budgetTable04, 'income', 'gpb', 'amount')], right: [at(budgetTable01, 'income', 'gpb', 'amount')] },
  { mode: 'cells', id: 'b4-gov-fund-b1', title: '表4 政府性基金预算收入 = 表1 政府性基金预算收入', left: [at(budgetTable04, 'income', 'gov-fund', 'amount')], right: [at(budgetTable01, 'income', 'gov-fund', 'amount')] },
  { mode: 'cells', id: 'b4-soe-b1', title: '表4 国有资本经营预算收入 = 表1 国有资本经营预算收入', left: [at(budgetTable04, 'income', 'soe', 'amount')], right: [at(budgetTable01, 'income', 'soe', 'amount')] },
  // 表5 is 不含上年结转: it equals this year's 一般公共预算 appropriation, not 表4's column (which adds 结转).
  { mode: 'cells', id: 'b5-b4-gpb', title: '表5 合计 = 表4 一般公共预算收入', left: [at(budgetTable05, 'main', 'total', 'total')], right: [at(budgetTable04, 'income', 'gpb', 'amount')] },
  { mode: 'cells', id: 'b5-basic-b6', title: '表5 基本支出合计 = 表6 合计', left: [at(budgetTable05, 'main', 'total', 'basic')], right: [at(budgetTable06, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b3-project-b12-b13', title: '表3 项目支出合计 = 表12 本年项目合计 + 表13 上年结转项目合计', left: [at(budgetTable03, 'main', 'total', 'project')], right: [at(budgetTable12, 'main', 'total', 'total'), at(budgetTable13, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b8-b4-gov-fund', title: '表8 合计 = 表4 政府性基金预算支出合计', left: [at(budgetTable08, 'main', 'total', 'total')], right: [at(budgetTable04, 'expense', 'expense-total', 'govFund')] },
  { mode: 'cells', id: 'b7-b1-gov-fund', title: '表7 合计 = 表1 政府性基金预算收入', left: [at(budgetTable07, 'main', 'total', 'amount')], right: [at(budgetTable01, 'income', 'gov-fund', 'amount')] },
  { mode: 'cells', id: 'b11-b6-public', title: '表11 机关运行经费合计 = 表6 公用经费合计', left: [at(budgetTable11, 'main', 'total', 'total')], right: [at(budgetTable06, 'main', 'total', 'public')], appliesTo: ['行政单位', '参公事业单位'] },
];

/**
 * 山西 单位预算公开: 预算公开表1–13 in 万元 (seeds 000, 001, 002), with the 12-section 情况说明.
 */
export const shanxiBudget13: Profile = {
  id: 'shanxi-budget-13',
  kind: 'budget',
  name: '山西 单位预算公开（预算公开表1–13）',
  forms: [
    budgetTable01,
    budgetTable02,
    budgetTable03,
    budgetTable04,
    budgetTable05,
    budgetTable06,
    budgetTable07,
    budgetTable08,
    budgetTable09,
    budgetTable10,
    budgetTable11,
    budgetTable12,
    budgetTable13,
  ],
  defaultAmountUnit: '万元',
  relations: RELATIONS,
  tieBreak: 1,
  narrative: [
  section01Changes,
  section02Income,
  section03Expense,
  section04Fiscal,
  section05GeneralBudget,
  section06Basic,
  section07ThreePublic,
  section08Operating,
  section09Procurement,
  section10Performance,
  section11Assets,
  section12Other,
],
  narrativeTitle: '{year}年度单位预算情况说明',
};
