import type { FormDef } from '../formTypes';
import { finalClassLines, spacers } from '../common/functionClassLines';

/**
 * 公开04表 财政拨款收入支出决算总表: three 财政拨款 sources (行次 1–3) and 年初财政拨款结转和结余 with its
 * three lines (28–31) on the left; the 26 类 lines (33–58) by source on the right; 总计 at 32 / 64.
 */
export const finalTable04: FormDef = {
  id: 'final/04-fiscal-summary',
  kind: 'final',
  no: 4,
  name: '财政拨款收入支出决算总表',
  label: '公开04表',
  title: '财政拨款收入支出决算总表',
  titleVariants: ['{year}年度财政拨款收入支出决算总表', '财政拨款收支决算总表'],
  keywords: { all: [['财政拨款收入支出决算总表'], ['财政拨款收支决算总表']] },
  sheetName: '公开04表 财政拨款收入支出决算总表',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'income',
      columns: [
        { key: 'name', header: ['收入', '项目'], type: 'name', width: 30 },
        { key: 'lineNo', header: ['收入', '行次'], type: 'lineNo', width: 6 },
        { key: 'amount', header: ['收入', '金额'], type: 'amount', width: 14, aliases: ['决算数'] },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          { key: 'gpb', label: '一、一般公共预算财政拨款', lineNo: 1, aliases: ['一般公共预算财政拨款'] },
          { key: 'gov-fund', label: '二、政府性基金预算财政拨款', lineNo: 2, aliases: ['政府性基金预算财政拨款'] },
          { key: 'soe', label: '三、国有资本经营预算财政拨款', lineNo: 3, aliases: ['国有资本经营预算财政拨款'] },
          ...spacers(23, 'income-blank', 4),
          { key: 'income-total', label: '本年收入合计', lineNo: 27, aliases: ['收入合计'] },
          { key: 'opening', label: '年初财政拨款结转和结余', lineNo: 28, aliases: ['年初结转和结余'] },
          { key: 'opening-gpb', label: '一般公共预算财政拨款', lineNo: 29 },
          { key: 'opening-gov-fund', label: '政府性基金预算财政拨款', lineNo: 30 },
          { key: 'opening-soe', label: '国有资本经营预算财政拨款', lineNo: 31 },
          { key: 'grand-total', label: '总计', lineNo: 32, aliases: ['收入总计'] },
        ],
      },
      columnSums: [
        { total: 'income-total', parts: ['gpb', 'gov-fund', 'soe'] },
        { total: 'opening', parts: ['opening-gpb', 'opening-gov-fund', 'opening-soe'] },
        { total: 'grand-total', parts: ['income-total', 'opening'] },
      ],
    },
    {
      key: 'expense',
      columns: [
        { key: 'name', header: ['支出', '项目'], type: 'name', width: 30 },
        { key: 'lineNo', header: ['支出', '行次'], type: 'lineNo', width: 6 },
        { key: 'total', header: ['支出', '合计'], type: 'amount', width: 14, aliases: ['小计'] },
        { key: 'gpb', header: ['支出', '一般公共预算财政拨款'], type: 'amount', width: 14 },
        { key: 'govFund', header: ['支出', '政府性基金预算财政拨款'], type: 'amount', width: 14 },
        { key: 'soe', header: ['支出', '国有资本经营预算财政拨款'], type: 'amount', width: 14 },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          ...finalClassLines(33),
          { key: 'expense-total', label: '本年支出合计', lineNo: 59, aliases: ['支出合计'] },
          { key: 'closing', label: '年末财政拨款结转和结余', lineNo: 60, aliases: ['年末结转和结余'] },
          // 年末 is split by the source columns, so 行次 61–63 have no label on this side.
          ...spacers(3, 'expense-blank', 61),
          { key: 'grand-total', label: '总计', lineNo: 64, aliases: ['支出总计'] },
        ],
      },
      rowSums: [{ total: 'total', parts: ['gpb', 'govFund', 'soe'] }],
      columnSums: [
        { total: 'expense-total', parts: ['*classes'] },
        { total: 'grand-total', parts: ['expense-total', 'closing'] },
      ],
    },
  ],
  columnNumbers: { label: '栏次', numbers: [null, null, 1, null, null, 2, 3, 4, 5] },
  identities: [
    {
      id: 'income-equals-expense',
      title: '收入总计 = 支出总计',
      left: { panel: 'income', row: 'grand-total', column: 'amount' },
      right: { panel: 'expense', row: 'grand-total', column: 'total' },
    },
  ],
  noDataNote: '说明：本表无数据',
  footnote:
    '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
};
