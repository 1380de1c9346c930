import type { FormDef } from '../formTypes';

/**
 * 预算公开表12 项目支出预算表（本年预算）: one line per project, under a line with the unit's name
 * (000/001; 002 has none), and a "1 2 3 … 7" 栏次 row under the headers.
 */
export const budgetTable12: FormDef = {
  id: 'budget/12-projects',
  kind: 'budget',
  no: 12,
  name: '项目支出预算表（本年预算）',
  label: '预算公开表12',
  title: '{year}年项目支出预算表（本年预算）',
  titleVariants: ['{year}年项目支出预算表', '{year}年项目支出表', '{year}年部门项目支出预算表'],
  keywords: {
    all: [['项目支出预算表', '本年预算'], ['项目支出预算表'], ['项目支出表']],
    none: ['上年结转', '决算'],
  },
  sheetName: '表12 项目支出预算表（本年）',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'name', header: ['项目名称'], type: 'name', width: 40, aliases: ['项目', '单位名称/项目名称'] },
        { key: 'total', header: ['合计'], type: 'amount', width: 14, aliases: ['小计', '总计'] },
        { key: 'gpb', header: ['{year}年财政拨款', '一般公共预算'], type: 'amount', width: 14 },
        { key: 'govFund', header: ['{year}年财政拨款', '政府性基金预算'], type: 'amount', width: 14, aliases: ['政府性基金'] },
        { key: 'soe', header: ['{year}年财政拨款', '国有资本经营预算'], type: 'amount', width: 14 },
        { key: 'special', header: ['财政专户管理资金'], type: 'amount', width: 14 },
        { key: 'unitFunds', header: ['单位资金'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'list', totalLabel: '{unit}', totalPosition: 'top' },
      rowSums: [{ total: 'total', parts: ['gpb', 'govFund', 'soe', 'special', 'unitFunds'] }],
    },
  ],
  columnNumbers: { numbers: [1, 2, 3, 4, 5, 6, 7] },
  noDataNote: '注：本表无数据',
};
