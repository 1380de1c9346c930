import { nationalBudget01, nationalBudget02, nationalBudget03, nationalBudget04, nationalBudget05, nationalBudget06, nationalBudget08, nationalBudget09 } from '../forms/national/budget';
import { nationalBudget07 } from '../forms/national/budget07';
import { budgetTable01 } from '../forms/budget/table01';
import { budgetTable02 } from '../forms/budget/table02';
import { budgetTable03 } from '../forms/budget/table03';
import { budgetTable04 } from '../forms/budget/table04';
import { budgetTable05 } from '../forms/budget/table05';
import { budgetTable06 } from '../forms/budget/table06';
import { budgetTable08 } from '../forms/budget/table08';
import { budgetTable09 } from '../forms/budget/table09';
import { at, remapRelations, type Relation } from '../relations/relation';
import { shanxiBudget13 } from './shanxiBudget13';
import type { Profile } from './profile';

/**
 * Relations: those of the Shanxi budget among the tables both sets print (same lines and columns,
 * other form ids), and 表7 机关运行经费 = 表6 公用经费合计 for 行政单位 and 参公事业单位 — across
 * units when 表7 is in 万元 and 表6 in 元.
 */
const RELATIONS: readonly Relation[] = [
  ...remapRelations(shanxiBudget13.relations, [
    [budgetTable01, nationalBudget01],
    [budgetTable02, nationalBudget02],
    [budgetTable03, nationalBudget03],
    [budgetTable04, nationalBudget04],
    [budgetTable05, nationalBudget05],
    [budgetTable06, nationalBudget06],
    [budgetTable08, nationalBudget08],
    [budgetTable09, nationalBudget09],
  ]),
  {
    mode: 'cells',
    id: 'nb7-operating-nb6',
    title: '表7 机关运行经费 = 表6 公用经费合计',
    left: [at(nationalBudget07, 'main', 'amount', 'operating')],
    right: [at(nationalBudget06, 'main', 'total', 'public')],
    appliesTo: ['行政单位', '参公事业单位'],
  },
];

/**
 * The 9-table 部门预算 (财政部 format) that some regions publish with amounts in 元 while the text
 * speaks 万元: 表1–6, 表7 三公 and 机关运行经费 in one table (often in 万元), 表8 政府性基金, 表9
 * 国有资本经营; no project tables. Not tied to one province: it is the Ministry's set, in 元.
 */
export const nationalBudget9: Profile = {
  id: 'national-budget-9',
  kind: 'budget',
  name: '部门预算公开（9 张表，财政部格式，金额单位元）',
  forms: [nationalBudget01, nationalBudget02, nationalBudget03, nationalBudget04, nationalBudget05, nationalBudget06, nationalBudget07, nationalBudget08, nationalBudget09],
  defaultAmountUnit: '元',
  relations: RELATIONS,
  tieBreak: 0,
  // Shanxi's budget sections read 表1–6 through the forms these tables are printed as (sameAs);
  // 表7's 三公 and 机关运行经费 and the project tables are not there: their paragraphs ask for them.
  narrative: shanxiBudget13.narrative,
  narrativeTitle: '{year}年度部门预算情况说明',
};
