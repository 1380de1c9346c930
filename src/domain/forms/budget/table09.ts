import type { FormDef } from '../formTypes';

/**
 * 预算公开表9 国有资本经营预算收支预算表（不含上年结转）: 收入科目 on the left, 支出功能分类 (合计 =
 * 基本支出 + 项目支出) on the right, each under its own 合计 line. The 2025 seeds label it 部门公开表9.
 */
export const budgetTable09: FormDef = {
  id: 'budget/09-soe',
  kind: 'budget',
  no: 9,
  name: '国有资本经营预算收支表',
  label: '预算公开表9',
  labelVariants: ['部门公开表9'],
  title: '{year}年国有资本经营预算收支预算表（不含上年结转）',
  titleVariants: ['{year}年国有资本经营预算收支预算表', '{year}年国有资本经营预算收支表', '{year}年国有资本经营预算支出表'],
  keywords: {
    all: [['国有资本经营预算收支'], ['国有资本经营预算支出表'], ['国有资本经营预算支出预算表']],
    none: ['决算', '财政拨款'],
  },
  sheetName: '表9 国有资本经营预算收支表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'income',
      columns: [
        {
          key: 'code',
          header: ['国有资本经营预算收入', '项目', '收入科目编码'],
          type: 'code',
          width: 12,
          aliases: ['科目编码', '科目代码'],
        },
        { key: 'name', header: ['国有资本经营预算收入', '项目', '科目名称'], type: 'name', width: 28 },
        {
          key: 'amount',
          header: ['国有资本经营预算收入', '国有资本经营收入预算'],
          type: 'amount',
          width: 14,
          aliases: ['{year}年预算数', '预算数', '金额'],
        },
      ],
      rows: { mode: 'coded', classification: 'income', totalLabel: '合计' },
    },
    {
      key: 'expense',
      columns: [
        { key: 'code', header: ['国有资本经营预算支出', '科目编码'], type: 'code', width: 12, aliases: ['科目代码'] },
        { key: 'name', header: ['国有资本经营预算支出', '科目名称'], type: 'name', width: 28 },
        { key: 'total', header: ['国有资本经营预算支出', '合计'], type: 'amount', width: 14, aliases: ['小计'] },
        { key: 'basic', header: ['国有资本经营预算支出', '基本支出'], type: 'amount', width: 14 },
        { key: 'project', header: ['国有资本经营预算支出', '项目支出'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    },
  ],
  noDataNote: '注：本表无数据',
};
