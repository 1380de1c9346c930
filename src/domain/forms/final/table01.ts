import type { FormDef } from '../formTypes';
import { finalClassLines, spacers } from '../common/functionClassLines';

/**
 * 公开01表 收入支出决算总表: eight income sources (行次 1–8) beside the 26 类 lines (行次 32–57),
 * 总计 at 行次 31 and 62, one 栏次 per side.
 */
export const finalTable01: FormDef = {
  id: 'final/01-summary',
  kind: 'final',
  no: 1,
  name: '收入支出决算总表',
  label: '公开01表',
  title: '收入支出决算总表',
  titleVariants: ['{year}年度收入支出决算总表', '{year}年收入支出决算总表', '收支决算总表'],
  keywords: { all: [['收入支出决算总表'], ['收支决算总表']], none: ['财政拨款'] },
  sheetName: '公开01表 收入支出决算总表',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'income',
      columns: [
        { key: 'name', header: ['收入', '项目'], type: 'name', width: 34 },
        { key: 'lineNo', header: ['收入', '行次'], type: 'lineNo', width: 6 },
        { key: 'amount', header: ['收入', '金额'], type: 'amount', width: 14, aliases: ['决算数'] },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          { key: 'gpb', label: '一、一般公共预算财政拨款收入', lineNo: 1, aliases: ['一般公共预算财政拨款收入', '一般公共预算财政拨款'] },
          { key: 'gov-fund', label: '二、政府性基金预算财政拨款收入', lineNo: 2, aliases: ['政府性基金预算财政拨款收入', '政府性基金预算财政拨款'] },
          { key: 'soe', label: '三、国有资本经营预算财政拨款收入', lineNo: 3, aliases: ['国有资本经营预算财政拨款收入', '国有资本经营预算财政拨款'] },
          { key: 'superior', label: '四、上级补助收入', lineNo: 4, aliases: ['上级补助收入'] },
          { key: 'business', label: '五、事业收入', lineNo: 5, aliases: ['事业收入'] },
          { key: 'operating', label: '六、经营收入', lineNo: 6, aliases: ['经营收入'] },
          { key: 'affiliated', label: '七、附属单位上缴收入', lineNo: 7, aliases: ['附属单位上缴收入'] },
          { key: 'other', label: '八、其他收入', lineNo: 8, aliases: ['其他收入'] },
          ...spacers(18, 'income-blank', 9),
          { key: 'income-total', label: '本年收入合计', lineNo: 27, aliases: ['收入合计'] },
          {
            key: 'non-fiscal-surplus',
            label: '使用非财政拨款结余（含专用结余）',
            lineNo: 28,
            aliases: ['使用非财政拨款结余', '使用非财政拨款结余(含专用结余)'],
          },
          { key: 'opening-balance', label: '年初结转和结余', lineNo: 29 },
          ...spacers(1, 'income-blank-end', 30),
          { key: 'grand-total', label: '总计', lineNo: 31, aliases: ['收入总计'] },
        ],
      },
      columnSums: [
        {
          total: 'income-total',
          parts: ['gpb', 'gov-fund', 'soe', 'superior', 'business', 'operating', 'affiliated', 'other'],
        },
        { total: 'grand-total', parts: ['income-total', 'non-fiscal-surplus', 'opening-balance'] },
      ],
    },
    {
      key: 'expense',
      columns: [
        { key: 'name', header: ['支出', '项目'], type: 'name', width: 30 },
        { key: 'lineNo', header: ['支出', '行次'], type: 'lineNo', width: 6 },
        { key: 'amount', header: ['支出', '金额'], type: 'amount', width: 14, aliases: ['决算数'] },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          ...finalClassLines(32),
          { key: 'expense-total', label: '本年支出合计', lineNo: 58, aliases: ['支出合计'] },
          { key: 'surplus-distribution', label: '结余分配', lineNo: 59 },
          { key: 'closing-balance', label: '年末结转和结余', lineNo: 60 },
          ...spacers(1, 'expense-blank-end', 61),
          { key: 'grand-total', label: '总计', lineNo: 62, aliases: ['支出总计'] },
        ],
      },
      columnSums: [
        { total: 'expense-total', parts: ['*classes'] },
        { total: 'grand-total', parts: ['expense-total', 'surplus-distribution', 'closing-balance'] },
      ],
    },
  ],
  columnNumbers: { label: '栏次', numbers: [null, null, 1, null, null, 2] },
  identities: [
    {
      id: 'income-equals-expense',
      title: '收入总计 = 支出总计',
      left: { panel: 'income', row: 'grand-total', column: 'amount' },
      right: { panel: 'expense', row: 'grand-total', column: 'amount' },
    },
  ],
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。',
};
