import type { FormDef } from '../formTypes';

/** 公开08表 国有资本经营预算财政拨款支出决算表: 合计 line then 类/款/项; 合计 = 基本支出 + 项目支出. */
export const finalTable08: FormDef = {
  id: 'final/08-soe',
  kind: 'final',
  no: 8,
  name: '国有资本经营预算财政拨款支出决算表',
  label: '公开08表',
  title: '国有资本经营预算财政拨款支出决算表',
  titleVariants: ['{year}年度国有资本经营预算财政拨款支出决算表'],
  keywords: { all: [['国有资本经营预算', '决算']] },
  sheetName: '公开08表 国有资本经营预算财政拨款',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '科目代码'], type: 'code', width: 12, aliases: ['科目编码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 30 },
        { key: 'total', header: ['本年支出', '合计'], type: 'amount', width: 14, aliases: ['小计'] },
        { key: 'basic', header: ['本年支出', '基本支出'], type: 'amount', width: 14 },
        { key: 'project', header: ['本年支出', '项目支出'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    },
  ],
  columnNumbers: { label: '栏次', numbers: [null, null, 1, 2, 3] },
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度国有资本经营预算财政拨款支出情况。',
};
