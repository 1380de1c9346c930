import type { FormDef } from '../formTypes';

/** 公开03表 支出决算表: 合计 line then 类/款/项; 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助. */
export const finalTable03: FormDef = {
  id: 'final/03-expense',
  kind: 'final',
  no: 3,
  name: '支出决算表',
  label: '公开03表',
  title: '支出决算表',
  titleVariants: ['{year}年度支出决算表', '{year}年支出决算表'],
  keywords: {
    all: [['支出决算表']],
    none: ['收入', '一般公共预算', '政府性基金', '国有资本', '三公', '财政拨款'],
  },
  sheetName: '公开03表 支出决算表',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '科目代码'], type: 'code', width: 12, aliases: ['科目编码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 30 },
        { key: 'total', header: ['本年支出合计'], type: 'amount', width: 14, aliases: ['合计', '小计'] },
        { key: 'basic', header: ['基本支出'], type: 'amount', width: 14 },
        { key: 'project', header: ['项目支出'], type: 'amount', width: 14 },
        { key: 'toSuperior', header: ['上缴上级支出'], type: 'amount', width: 14 },
        { key: 'operating', header: ['经营支出'], type: 'amount', width: 14 },
        { key: 'toAffiliated', header: ['对附属单位补助支出'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['basic', 'project', 'toSuperior', 'operating', 'toAffiliated'] }],
    },
  ],
  columnNumbers: { label: '栏次', numbers: [null, null, 1, 2, 3, 4, 5, 6] },
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度各项支出情况。',
};
