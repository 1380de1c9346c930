import type { FormDef } from '../formTypes';

/** 预算公开表7 政府性基金预算收入表（不含上年结转）: 收入科目 rows under a 合计 line, one amount column. */
export const budgetTable07: FormDef = {
  id: 'budget/07-gov-fund-income',
  kind: 'budget',
  no: 7,
  name: '政府性基金预算收入表',
  label: '预算公开表7',
  title: '{year}年政府性基金预算收入表（不含上年结转）',
  titleVariants: ['{year}年政府性基金预算收入表', '{year}年政府性基金收入预算表'],
  keywords: {
    all: [['政府性基金', '收入表'], ['政府性基金', '收入预算表']],
    none: ['支出', '决算'],
  },
  sheetName: '表7 政府性基金预算收入表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '收入科目编码'], type: 'code', width: 12, aliases: ['科目编码', '科目代码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 36 },
        {
          key: 'amount',
          header: ['政府性基金收入预算'],
          type: 'amount',
          width: 16,
          aliases: ['{year}年预算数', '预算数', '合计', '金额'],
        },
      ],
      rows: { mode: 'coded', classification: 'income', totalLabel: '合计' },
    },
  ],
  noDataNote: '注：本表无数据',
};
