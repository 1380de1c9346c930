import type { FormDef } from '../formTypes';

/** 预算公开表2 预算收入总表: 合计 line then 类/款/项 rows; 本年收入 合计 = Σ sources, 上年结转 beside it. */
export const budgetTable02: FormDef = {
  id: 'budget/02-income',
  kind: 'budget',
  no: 2,
  name: '预算收入总表',
  label: '预算公开表2',
  title: '{year}年预算收入总表',
  titleVariants: ['{year}年部门预算收入总表', '{year}年单位预算收入总表', '收入预算总表'],
  keywords: {
    all: [['预算收入总表'], ['收入预算总表']],
    none: ['政府性基金', '国有资本', '财政拨款', '决算'],
  },
  sheetName: '表2 预算收入总表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '科目编码'], type: 'code', width: 12, aliases: ['功能分类科目编码', '科目代码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 36, aliases: ['功能分类科目名称'] },
        { key: 'total', header: ['本年收入', '合计'], type: 'amount', width: 14, aliases: ['小计'] },
        { key: 'gpb', header: ['本年收入', '一般公共预算'], type: 'amount', width: 14, aliases: ['一般公共预算拨款'] },
        { key: 'govFund', header: ['本年收入', '政府性基金'], type: 'amount', width: 14, aliases: ['政府性基金预算'] },
        { key: 'soe', header: ['本年收入', '国有资本经营预算'], type: 'amount', width: 14 },
        { key: 'special', header: ['本年收入', '财政专户管理资金'], type: 'amount', width: 14 },
        { key: 'unitFunds', header: ['本年收入', '单位资金'], type: 'amount', width: 14 },
        { key: 'carryover', header: ['上年结转'], type: 'amount', width: 14, aliases: ['上年结转结余'] },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      // 上年结转 stands outside 本年收入: 001 prints 合计 1923.95 beside 上年结转 72.48.
      rowSums: [{ total: 'total', parts: ['gpb', 'govFund', 'soe', 'special', 'unitFunds'] }],
    },
  ],
  noDataNote: '注：本表无数据',
};
