import type { FormDef } from '../formTypes';

/** 公开02表 收入决算表: 合计 line then 类/款/项; 本年收入合计 = Σ the six sources (栏次 1 = 2 + … + 7). */
export const finalTable02: FormDef = {
  id: 'final/02-income',
  kind: 'final',
  no: 2,
  name: '收入决算表',
  label: '公开02表',
  title: '收入决算表',
  titleVariants: ['{year}年度收入决算表', '{year}年收入决算表'],
  keywords: { all: [['收入决算表']], none: ['支出'] },
  sheetName: '公开02表 收入决算表',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '科目代码'], type: 'code', width: 12, aliases: ['科目编码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 30 },
        { key: 'total', header: ['本年收入合计'], type: 'amount', width: 14, aliases: ['合计', '小计'] },
        { key: 'fiscal', header: ['财政拨款收入'], type: 'amount', width: 14, aliases: ['财政拨款'] },
        { key: 'superior', header: ['上级补助收入'], type: 'amount', width: 14 },
        { key: 'business', header: ['事业收入'], type: 'amount', width: 14 },
        { key: 'operating', header: ['经营收入'], type: 'amount', width: 14 },
        { key: 'affiliated', header: ['附属单位上缴收入'], type: 'amount', width: 14 },
        { key: 'other', header: ['其他收入'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['fiscal', 'superior', 'business', 'operating', 'affiliated', 'other'] }],
    },
  ],
  columnNumbers: { label: '栏次', numbers: [null, null, 1, 2, 3, 4, 5, 6, 7] },
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度取得的各项收入情况。',
};
