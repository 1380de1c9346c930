import type { Kind } from '../forms/formTypes';
import type { UnitType } from '../workbook/snapshot';

/**
 * Equalities between tables (design.md §4), as data. A rule applies only when every table it
 * names is present and at least one side has figures; a new identity is one entry here.
 */
export interface TableCellRef {
  readonly table: number;
  /** Panel key; 'main' for one-sided tables. */
  readonly panel: string;
  /** Fixed-row key, or 'total' for the 合计 line of a coded or list table. */
  readonly row: string;
  readonly column: string;
}

export interface CellIdentity {
  readonly mode: 'cells';
  readonly id: string;
  readonly kind: Kind;
  /** Chinese, for messages: "表2 合计 = 表3 合计". */
  readonly title: string;
  readonly left: readonly TableCellRef[];
  readonly right: readonly TableCellRef[];
  readonly appliesTo?: readonly UnitType[];
}

/** Row by row, matched by subject code (表1 类 lines = 表3 类 rows). */
export interface CodeIdentity {
  readonly mode: 'byCode';
  readonly id: string;
  readonly kind: Kind;
  readonly title: string;
  readonly left: { readonly table: number; readonly panel: string; readonly column: string };
  readonly right: { readonly table: number; readonly panel: string; readonly column: string };
  /** Compare 类 rows only (表1/表4 print 类 lines only). */
  readonly classesOnly: boolean;
}

export type CrossIdentity = CellIdentity | CodeIdentity;

const t = (table: number, panel: string, row: string, column: string): TableCellRef => ({ table, panel, row, column });

export const CROSS_TABLE_RULES: readonly CrossIdentity[] = [
  // 预算
  { mode: 'cells', id: 'b1-income-b2', kind: 'budget', title: '表1 本年收入合计 = 表2 本年收入合计', left: [t(1, 'income', 'income-total', 'amount')], right: [t(2, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b1-expense-b3', kind: 'budget', title: '表1 本年支出合计 = 表3 合计', left: [t(1, 'expense', 'expense-total', 'total')], right: [t(3, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b2-b3', kind: 'budget', title: '表2 本年收入合计 + 上年结转 = 表3 合计', left: [t(2, 'main', 'total', 'total'), t(2, 'main', 'total', 'carryover')], right: [t(3, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'b1-classes-b3', kind: 'budget', title: '表1 各类支出 = 表3 各类合计', left: { table: 1, panel: 'expense', column: 'total' }, right: { table: 3, panel: 'main', column: 'total' }, classesOnly: true },
  { mode: 'cells', id: 'b4-gpb-b1', kind: 'budget', title: '表4 一般公共预算收入 = 表1 一般公共预算收入', left: [t(4, 'income', 'gpb', 'amount')], right: [t(1, 'income', 'gpb', 'amount')] },
  { mode: 'cells', id: 'b4-gov-fund-b1', kind: 'budget', title: '表4 政府性基金预算收入 = 表1 政府性基金预算收入', left: [t(4, 'income', 'gov-fund', 'amount')], right: [t(1, 'income', 'gov-fund', 'amount')] },
  { mode: 'cells', id: 'b4-soe-b1', kind: 'budget', title: '表4 国有资本经营预算收入 = 表1 国有资本经营预算收入', left: [t(4, 'income', 'soe', 'amount')], right: [t(1, 'income', 'soe', 'amount')] },
  // 表5 is 不含上年结转: it equals this year's 一般公共预算 appropriation, not 表4's column (which adds 结转).
  { mode: 'cells', id: 'b5-b4-gpb', kind: 'budget', title: '表5 合计 = 表4 一般公共预算收入', left: [t(5, 'main', 'total', 'total')], right: [t(4, 'income', 'gpb', 'amount')] },
  { mode: 'cells', id: 'b5-basic-b6', kind: 'budget', title: '表5 基本支出合计 = 表6 合计', left: [t(5, 'main', 'total', 'basic')], right: [t(6, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b3-project-b12-b13', kind: 'budget', title: '表3 项目支出合计 = 表12 本年项目合计 + 表13 上年结转项目合计', left: [t(3, 'main', 'total', 'project')], right: [t(12, 'main', 'total', 'total'), t(13, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'b8-b4-gov-fund', kind: 'budget', title: '表8 合计 = 表4 政府性基金预算支出合计', left: [t(8, 'main', 'total', 'total')], right: [t(4, 'expense', 'expense-total', 'govFund')] },
  { mode: 'cells', id: 'b7-b1-gov-fund', kind: 'budget', title: '表7 合计 = 表1 政府性基金预算收入', left: [t(7, 'main', 'total', 'amount')], right: [t(1, 'income', 'gov-fund', 'amount')] },
  { mode: 'cells', id: 'b11-b6-public', kind: 'budget', title: '表11 机关运行经费合计 = 表6 公用经费合计', left: [t(11, 'main', 'total', 'total')], right: [t(6, 'main', 'total', 'public')], appliesTo: ['行政单位', '参公事业单位'] },
  // 决算
  { mode: 'cells', id: 'f1-income-f2', kind: 'final', title: '公开01表 本年收入合计 = 公开02表 合计', left: [t(1, 'income', 'income-total', 'amount')], right: [t(2, 'main', 'total', 'total')] },
  { mode: 'cells', id: 'f1-expense-f3', kind: 'final', title: '公开01表 本年支出合计 = 公开03表 合计', left: [t(1, 'expense', 'expense-total', 'amount')], right: [t(3, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'f1-classes-f3', kind: 'final', title: '公开01表 各类支出 = 公开03表 各类合计', left: { table: 1, panel: 'expense', column: 'amount' }, right: { table: 3, panel: 'main', column: 'total' }, classesOnly: true },
  { mode: 'cells', id: 'f1-gpb-f4', kind: 'final', title: '公开01表 一般公共预算财政拨款收入 = 公开04表 一般公共预算财政拨款', left: [t(1, 'income', 'gpb', 'amount')], right: [t(4, 'income', 'gpb', 'amount')] },
  { mode: 'cells', id: 'f4-gpb-f5', kind: 'final', title: '公开04表 一般公共预算财政拨款支出合计 = 公开05表 合计', left: [t(4, 'expense', 'expense-total', 'gpb')], right: [t(5, 'main', 'total', 'total')] },
  { mode: 'byCode', id: 'f4-classes-f5', kind: 'final', title: '公开04表 各类一般公共预算财政拨款支出 = 公开05表 各类合计', left: { table: 4, panel: 'expense', column: 'gpb' }, right: { table: 5, panel: 'main', column: 'total' }, classesOnly: true },
  { mode: 'cells', id: 'f5-basic-f6', kind: 'final', title: '公开05表 基本支出合计 = 公开06表 人员经费合计 + 公用经费合计', left: [t(5, 'main', 'total', 'basic')], right: [t(6, 'personnel', 'personnel-total', 'amount'), t(6, 'public-3', 'public-total', 'amount')] },
  { mode: 'cells', id: 'f7-f4-gov-fund', kind: 'final', title: '公开07表 本年支出合计 = 公开04表 政府性基金预算财政拨款支出合计', left: [t(7, 'main', 'total', 'total')], right: [t(4, 'expense', 'expense-total', 'govFund')] },
  { mode: 'cells', id: 'f8-f4-soe', kind: 'final', title: '公开08表 合计 = 公开04表 国有资本经营预算财政拨款支出合计', left: [t(8, 'main', 'total', 'total')], right: [t(4, 'expense', 'expense-total', 'soe')] },
];
