import type { FormDef } from '../formTypes';

/** 公开05表 一般公共预算财政拨款支出决算表: 合计 line then 类/款/项; 小计 = 基本支出 + 项目支出. */
export const finalTable05: FormDef = {
  id: 'final/05-gpb-expense',
  kind: 'final',
  no: 5,
  name: '一般公共预算财政拨款支出决算表',
  label: '公开05表',
  title: '一般公共预算财政拨款支出决算表',
  titleVariants: ['{year}年度一般公共预算财政拨款支出决算表', '一般公共预算财政拨款支出决算明细表'],
  keywords: { all: [['一般公共预算', '支出决算表']], none: ['基本支出'] },
  sheetName: '公开05表 一般公共预算财政拨款支出',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '科目代码'], type: 'code', width: 12, aliases: ['科目编码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 30 },
        { key: 'total', header: ['本年支出', '小计'], type: 'amount', width: 14, aliases: ['合计'] },
        { key: 'basic', header: ['本年支出', '基本支出'], type: 'amount', width: 14 },
        { key: 'project', header: ['本年支出', '项目支出'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    },
  ],
  columnNumbers: { label: '栏次', numbers: [null, null, 1, 2, 3] },
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
};
