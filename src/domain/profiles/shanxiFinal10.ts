import { finalTable01 } from '../forms/final/table01';
import { finalTable02 } from '../forms/final/table02';
import { finalTable03 } from '../forms/final/table03';
import { finalTable04 } from '../forms/final/table04';
import { finalTable05 } from '../forms/final/table05';
import { finalTable06 } from '../forms/final/table06';
import { finalTable07 } from '../forms/final/table07';
import { finalTable08 } from '../forms/final/table08';
import { finalTable09 } from '../forms/final/table09';
import { finalTable10 } from '../forms/final/table10';
import { at, columnOf, type Relation } from '../relations/relation';
import { section01Overview } from '../narrative/final/section01Overview';
import { section02Income as finalIncome } from '../narrative/final/section02Income';
import { section03Expense as finalExpense } from '../narrative/final/section03Expense';
import { section04Fiscal as finalFiscal } from '../narrative/final/section04Fiscal';
import { section05GeneralBudget as finalGeneralBudget } from '../narrative/final/section05GeneralBudget';
import { section06Basic as finalBasic } from '../narrative/final/section06Basic';
import { section07GovFund } from '../narrative/final/section07GovFund';
import { section08StateCapital } from '../narrative/final/section08StateCapital';
import { section09ThreePublic } from '../narrative/final/section09ThreePublic';
import { section10Other } from '../narrative/final/section10Other';
import type { Profile } from './profile';

/** 公开01–10表 relations (design.md §4), keyed by form and role. */
const RELATIONS: readonly Relation[] = [
  { mode: 'cells', id: 'f1-income-f2', title: '公开01表 本年收入合计 = 公开02表 合计', left: [at(finalTable01, 'income', 'income-total', 'amount')], right: [at(finalTable02, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'f1-expense-f3', title: '公开01表 本年支出合计 = 公开03表 合计', left: [at(finalTable01, 'expense', 'expense-total', 'amount')], right: [at(finalTable03, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'f1-classes-f3', title: '公开01表 各类支出 = 公开03表 各类合计', left: columnOf(finalTable01, 'expense', 'amount'), right: columnOf(finalTable03, 'main', 'total'), classesOnly: true },
  { mode: 'cells', id: 'f1-gpb-f4', title: '公开01表 一般公共预算财政拨款收入 = 公开04表 一般公共预算财政拨款', left: [at(finalTable01, 'income', 'gpb', 'amount')], right: [at(finalTable04, 'income', 'gpb', 'amount')] },
  { mode: 'cells', id: 'f4-gpb-f5', title: '公开04表 一般公共预算财政拨款支出合计 = 公开05表 合计', left: [at(finalTable04, 'expense', 'expense-total', 'gpb')], right: [at(finalTable05, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'f4-classes-f5', title: '公开04表 各类一般公共预算财政拨款支出 = 公开05表 各类合计', left: columnOf(finalTable04, 'expense', 'gpb'), right: columnOf(finalTable05, 'main', 'total'), classesOnly: true },
  { mode: 'cells', id: 'f5-basic-f6', title: '公开05表 基本支出合计 = 公开06表 人员经费合计 + 公用经费合计', left: [at(finalTable05, 'main', 'total', 'basic')], right: [at(finalTable06, 'personnel', 'personnel-total', 'amount'), at(finalTable06, 'public-3', 'public-total', 'amount')] },
  { mode: 'cells', id: 'f7-f4-gov-fund', title: '公开07表 本年支出合计 = 公开04表 政府性基金预算财政拨款支出合计', left: [at(finalTable07, 'main', 'total', 'total')], right: [at(finalTable04, 'expense', 'expense-total', 'govFund')] },
  { mode: 'cells', id: 'f8-f4-soe', title: '公开08表 合计 = 公开04表 国有资本经营预算财政拨款支出合计', left: [at(finalTable08, 'main', 'total', 'total')], right: [at(finalTable04, 'expense', 'expense-total', 'soe')] },
];

/**
 * 山西 单位决算公开: 公开01–10表 in 万元 (seed 004), label lines 公开0N表, with the 10-section 情况说明.
 */
export const shanxiFinal10: Profile = {
  id: 'shanxi-final-10',
  kind: 'final',
  name: '山西 单位决算公开（公开01–10表）',
  forms: [
    finalTable01,
    finalTable02,
    finalTable03,
    finalTable04,
    finalTable05,
    finalTable06,
    finalTable07,
    finalTable08,
    finalTable09,
    finalTable10,
  ],
  defaultAmountUnit: '万元',
  relations: RELATIONS,
  tieBreak: 1,
  narrative: [
  section01Overview,
  finalIncome,
  finalExpense,
  finalFiscal,
  finalGeneralBudget,
  finalBasic,
  section07GovFund,
  section08StateCapital,
  section09ThreePublic,
  section10Other,
],
  narrativeTitle: '{year}年度单位决算情况说明',
};
