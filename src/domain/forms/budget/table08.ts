import type { FormDef } from '../formTypes';

/**
 * 预算公开表8 政府性基金预算支出表（不含上年结转）: like 表5 for 政府性基金. The seeds print a single
 * header row (科目编码 科目名称 合计 基本支出 项目支出).
 */
export const budgetTable08: FormDef = {
  id: 'budget/08-gov-fund-expense',
  kind: 'budget',
  no: 8,
  name: '政府性基金预算支出表',
  label: '预算公开表8',
  title: '{year}年政府性基金预算支出表（不含上年结转）',
  titleVariants: ['{year}年政府性基金预算支出表', '{year}年政府性基金支出预算表'],
  keywords: {
    all: [['政府性基金', '支出表'], ['政府性基金', '支出预算表']],
    none: ['收入', '收支', '决算'],
  },
  sheetName: '表8 政府性基金预算支出表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['科目编码'], type: 'code', width: 12, aliases: ['功能分类科目编码', '科目代码'] },
        { key: 'name', header: ['科目名称'], type: 'name', width: 36, aliases: ['功能分类科目名称'] },
        { key: 'total', header: ['合计'], type: 'amount', width: 14, aliases: ['小计', '总计'] },
        { key: 'basic', header: ['基本支出'], type: 'amount', width: 14 },
        { key: 'project', header: ['项目支出'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    },
  ],
  noDataNote: '注：本表无数据',
};
