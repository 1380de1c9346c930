import type { FormDef } from '../formTypes';

/**
 * 预算公开表13 项目支出预算表（上年结转）: projects paid from 上年结转 财政拨款, under the unit's name
 * line (001 prints it twice: department then unit), with a "1 2 3 4 5" 栏次 row.
 */
export const budgetTable13: FormDef = {
  id: 'budget/13-carryover-projects',
  kind: 'budget',
  no: 13,
  name: '项目支出预算表（上年结转）',
  label: '预算公开表13',
  title: '{year}年项目支出预算表（上年结转）',
  titleVariants: ['{year}年上年结转项目支出预算表', '{year}年项目支出预算表（上年结转结余）'],
  keywords: {
    all: [['项目支出预算表', '上年结转'], ['项目支出', '上年结转']],
    none: ['本年预算', '决算'],
  },
  sheetName: '表13 项目支出预算表（上年结转）',
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
      ],
      rows: { mode: 'list', totalLabel: '{unit}', totalPosition: 'top' },
      rowSums: [{ total: 'total', parts: ['gpb', 'govFund', 'soe'] }],
    },
  ],
  columnNumbers: { numbers: [1, 2, 3, 4, 5] },
  noDataNote: '注：本表无数据',
};
