import type { FormDef } from '../formTypes';
import { budgetClassLines, spacers } from '../common/functionClassLines';

/**
 * 预算公开表4 财政拨款收支总表: three 财政拨款 sources and 上年财政拨款结转 (with its three lines) on
 * the left, the 30 类 lines by source on the right; both sides end on 收入总计 / 支出总计.
 */
export const budgetTable04: FormDef = {
  id: 'budget/04-fiscal-summary',
  kind: 'budget',
  no: 4,
  name: '财政拨款收支总表',
  label: '预算公开表4',
  title: '{year}年财政拨款收支总表',
  titleVariants: ['{year}年财政拨款收支预算总表', '{year}年部门财政拨款收支总表'],
  keywords: {
    all: [['财政拨款收支总表'], ['财政拨款收支预算总表']],
    none: ['决算', '三公', '机关运行'],
  },
  sheetName: '表4 财政拨款收支总表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'income',
      columns: [
        { key: 'name', header: ['收入', '项目'], type: 'name', width: 30 },
        { key: 'amount', header: ['收入', '金额'], type: 'amount', width: 14, aliases: ['{year}年', '预算数'] },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          { key: 'gpb', label: '一、一般公共预算', aliases: ['一般公共预算拨款', '一般公共预算拨款收入'] },
          { key: 'gov-fund', label: '二、政府性基金预算', aliases: ['政府性基金预算拨款', '政府性基金预算拨款收入'] },
          { key: 'soe', label: '三、国有资本经营预算', aliases: ['国有资本经营预算拨款', '国有资本经营预算拨款收入'] },
          ...spacers(27, 'income-blank'),
          { key: 'income-total', label: '本年收入合计', aliases: ['收入合计'] },
          { key: 'carryover', label: '上年财政拨款结转', aliases: ['上年结转'] },
          { key: 'carryover-gpb', label: '一、一般公共预算', aliases: ['一般公共预算'] },
          { key: 'carryover-gov-fund', label: '二、政府性基金预算', aliases: ['政府性基金预算'] },
          { key: 'carryover-soe', label: '三、国有资本经营预算', aliases: ['国有资本经营预算'] },
          { key: 'grand-total', label: '收入总计' },
        ],
      },
      columnSums: [
        { total: 'income-total', parts: ['gpb', 'gov-fund', 'soe'] },
        { total: 'carryover', parts: ['carryover-gpb', 'carryover-gov-fund', 'carryover-soe'] },
        { total: 'grand-total', parts: ['income-total', 'carryover'] },
      ],
    },
    {
      key: 'expense',
      columns: [
        { key: 'name', header: ['支出', '项目'], type: 'name', width: 30 },
        { key: 'total', header: ['支出', '金额', '小计'], type: 'amount', width: 14, aliases: ['合计'] },
        { key: 'gpb', header: ['支出', '金额', '一般公共预算'], type: 'amount', width: 14 },
        { key: 'govFund', header: ['支出', '金额', '政府性基金预算'], type: 'amount', width: 14, aliases: ['政府性基金'] },
        { key: 'soe', header: ['支出', '金额', '国有资本经营预算'], type: 'amount', width: 14 },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          ...budgetClassLines(),
          { key: 'expense-total', label: '本年支出合计', aliases: ['支出合计'] },
          { key: 'year-end-carryover', label: '年终结转', aliases: ['年末结转'] },
          // The income side's three 上年财政拨款结转 lines have no counterpart here.
          ...spacers(3, 'expense-blank'),
          { key: 'grand-total', label: '支出总计' },
        ],
      },
      rowSums: [{ total: 'total', parts: ['gpb', 'govFund', 'soe'] }],
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
