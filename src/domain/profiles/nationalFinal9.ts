import { nationalFinal01 } from '../forms/national/final01';
import { nationalFinal02 } from '../forms/national/final02';
import { nationalFinal03 } from '../forms/national/final03';
import { nationalFinal04 } from '../forms/national/final04';
import { nationalFinal05 } from '../forms/national/final05';
import { nationalFinal06 } from '../forms/national/final06';
import { nationalFinal07 } from '../forms/national/final07';
import { nationalFinal08 } from '../forms/national/final08';
import { nationalFinal09 } from '../forms/national/final09';
import { at, columnOf, type Relation } from '../relations/relation';
import { NATIONAL_FINAL_NARRATIVE } from '../narrative/nationalFinal/sections';
import type { Profile } from './profile';

/** 表1 … 表9 relations, keyed by form and role. */
const RELATIONS: readonly Relation[] = [
  { mode: 'cells', id: 'n1-income-n2', title: '表1 本年收入合计 = 表2 合计', left: [at(nationalFinal01, 'income', 'income-total', 'amount')], right: [at(nationalFinal02, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'n1-expense-n3', title: '表1 本年支出合计 = 表3 合计', left: [at(nationalFinal01, 'expense', 'expense-total', 'amount')], right: [at(nationalFinal03, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'n1-classes-n3', title: '表1 各类支出 = 表3 各类合计', left: columnOf(nationalFinal01, 'expense', 'amount'), right: columnOf(nationalFinal03, 'main', 'total'), classesOnly: true },
  { mode: 'cells', id: 'n1-gpb-n4', title: '表1 一般公共预算财政拨款收入 = 表4 一般公共预算财政拨款', left: [at(nationalFinal01, 'income', 'gpb', 'amount')], right: [at(nationalFinal04, 'income', 'gpb', 'amount')] },
  { mode: 'cells', id: 'n2-fiscal-n4', title: '表2 财政拨款收入合计 = 表4 本年收入合计', left: [at(nationalFinal02, 'main', 'total', 'fiscal')], right: [at(nationalFinal04, 'income', 'income-total', 'amount')] },
  { mode: 'cells', id: 'n4-gpb-n5', title: '表4 一般公共预算财政拨款支出合计 = 表5 合计', left: [at(nationalFinal04, 'expense', 'expense-total', 'gpb')], right: [at(nationalFinal05, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'n4-classes-n5', title: '表4 各类一般公共预算财政拨款支出 = 表5 各类合计', left: columnOf(nationalFinal04, 'expense', 'gpb'), right: columnOf(nationalFinal05, 'main', 'total'), classesOnly: true },
  { mode: 'cells', id: 'n5-basic-n6', title: '表5 基本支出合计 = 表6 人员经费合计 + 公用经费合计', left: [at(nationalFinal05, 'main', 'total', 'basic')], right: [at(nationalFinal06, 'personnel', 'personnel-total', 'amount'), at(nationalFinal06, 'public', 'public-total', 'amount')] },
  { mode: 'cells', id: 'n8-n4-gov-fund', title: '表8 本年支出合计 = 表4 政府性基金预算财政拨款支出合计', left: [at(nationalFinal08, 'main', 'total', 'total')], right: [at(nationalFinal04, 'expense', 'expense-total', 'govFund')] },
  { mode: 'cells', id: 'n9-n4-soe', title: '表9 本年支出合计 = 表4 国有资本经营预算财政拨款支出合计', left: [at(nationalFinal09, 'main', 'total', 'total')], right: [at(nationalFinal04, 'expense', 'expense-total', 'soe')] },
];

/**
 * The 9-table 部门决算 most provinces publish (财政部 format; seeds: 上海市普陀区 2024): no label lines,
 * no 行次, codes under 功能分类科目编码, 三公 as 表7 with 预算数 | 决算数 under each item, and the
 * 11-section 情况说明 in the wording of the 上海 documents.
 */
export const nationalFinal9: Profile = {
  id: 'national-final-9',
  kind: 'final',
  name: '部门决算公开（9 张表，财政部格式）',
  forms: [nationalFinal01, nationalFinal02, nationalFinal03, nationalFinal04, nationalFinal05, nationalFinal06, nationalFinal07, nationalFinal08, nationalFinal09],
  defaultAmountUnit: '万元',
  relations: RELATIONS,
  tieBreak: 0,
  narrative: NATIONAL_FINAL_NARRATIVE,
  narrativeTitle: '{year}年度部门决算情况说明',
};
