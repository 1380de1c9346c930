import type { FormDef } from '../formTypes';
import { budgetClassLines, spacers } from '../common/functionClassLines';

/** 预算公开表1 预算收支总表: sources on the left, the 30 类 lines on the right, totals aligned at the bottom. */
export const budgetTable01: FormDef = {
  id: 'budget/01-summary',
  kind: 'budget',
  no: 1,
  name: '预算收支总表',
  label: '预算公开表1',
  title: '{year}年预算收支总表',
  titleVariants: ['{year}年部门预算收支总表', '{year}年单位预算收支总表', '收支预算总表'],
  keywords: { all: [['预算收支总表'], ['收支预算总表']], none: ['财政拨款', '国有资本'] },
  sheetName: '表1 预算收支总表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'income',
      columns: [
        { key: 'name', header: ['收入', '项目'], type: 'name', width: 30 },
        { key: 'amount', header: ['收入', '{year}年'], type: 'amount', width: 14, aliases: ['金额', '预算数'] },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          { key: 'gpb', label: '一、一般公共预算', aliases: ['一般公共预算拨款', '一般公共预算拨款收入'] },
          { key: 'gov-fund', label: '二、政府性基金预算', aliases: ['政府性基金预算拨款', '政府性基金预算拨款收入'] },
          { key: 'soe', label: '三、国有资本经营预算', aliases: ['国有资本经营预算拨款', '国有资本经营预算拨款收入'] },
          { key: 'special', label: '四、财政专户管理资金', aliases: ['财政专户管理资金收入'] },
          { key: 'unit-funds', label: '五、单位资金' },
          ...spacers(25, 'income-blank'),
          { key: 'income-total', label: '本年收入合计', aliases: ['收入合计'] },
          { key: 'carryover', label: '上年结转', aliases: ['上年结转结余'] },
          { key: 'grand-total', label: '收入总计' },
        ],
      },
      columnSums: [
        { total: 'income-total', parts: ['gpb', 'gov-fund', 'soe', 'special', 'unit-funds'] },
        { total: 'grand-total', parts: ['income-total', 'carryover'] },
      ],
    },
    {
      key: 'expense',
      columns: [
        { key: 'name', header: ['支出', '项目'], type: 'name', width: 30 },
        { key: 'total', header: ['支出', '{year}年合计'], type: 'amount', width: 14, aliases: ['合计', '金额'] },
        { key: 'current', header: ['支出', '当年预算安排'], type: 'amount', width: 14 },
        { key: 'carryover', header: ['支出', '上年结转安排'], type: 'amount', width: 14 },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          ...budgetClassLines(),
          { key: 'expense-total', label: '本年支出合计', aliases: ['支出合计'] },
          { key: 'year-end-carryover', label: '年终结转', aliases: ['年末结转'] },
          { key: 'grand-total', label: '支出总计' },
        ],
      },
      rowSums: [{ total: 'total', parts: ['current', 'carryover'] }],
      columnSums: [
        { total: 'expense-total', parts: ['*classes'] },
        { total: 'grand-total', parts: ['expense-total', 'year-end-carryover'] },
      ],
    },
  ],
  identities: [
    {
      id: 'income-equals-expense',
      title: '收入总计 = 支出总计',
      left: { panel: 'income', row: 'grand-total', column: 'amount' },
      right: { panel: 'expense', row: 'grand-total', column: 'total' },
    },
  ],
  noDataNote: '注：本表无数据',
};
