import type { FormDef } from '../formTypes';

/**
 * 公开07表 政府性基金预算财政拨款收入支出决算表: 年初结转和结余, 本年收入, 本年支出 (小计 = 基本 +
 * 项目), 年末结转和结余 by subject. The seed prints "单位：万元" on its unit line.
 */
export const finalTable07: FormDef = {
  id: 'final/07-gov-fund',
  kind: 'final',
  no: 7,
  name: '政府性基金预算财政拨款收入支出决算表',
  label: '公开07表',
  title: '政府性基金预算财政拨款收入支出决算表',
  titleVariants: ['{year}年度政府性基金预算财政拨款收入支出决算表', '政府性基金预算财政拨款支出决算表'],
  keywords: { all: [['政府性基金', '决算']] },
  sheetName: '公开07表 政府性基金预算财政拨款',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '科目代码'], type: 'code', width: 12, aliases: ['科目编码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 30 },
        { key: 'opening', header: ['年初结转和结余'], type: 'amount', width: 14 },
        { key: 'income', header: ['本年收入'], type: 'amount', width: 14 },
        { key: 'total', header: ['本年支出', '小计'], type: 'amount', width: 14, aliases: ['合计'] },
        { key: 'basic', header: ['本年支出', '基本支出'], type: 'amount', width: 14 },
        { key: 'project', header: ['本年支出', '项目支出'], type: 'amount', width: 14 },
        { key: 'closing', header: ['年末结转和结余'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    },
  ],
  columnNumbers: { label: '栏次', numbers: [null, null, 1, 2, 3, 4, 5, 6] },
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
};
