import type { FormDef } from '../formTypes';

/** 预算公开表3 预算支出总表: 合计 line, then 类/款/项 rows, 合计 = 基本支出 + 项目支出. */
export const budgetTable03: FormDef = {
  id: 'budget/03-expense',
  kind: 'budget',
  no: 3,
  name: '预算支出总表',
  label: '预算公开表3',
  title: '{year}年预算支出总表',
  titleVariants: ['{year}年部门预算支出总表', '{year}年单位预算支出总表', '支出预算总表'],
  keywords: { all: [['预算支出总表'], ['支出预算总表']], none: ['一般公共预算', '政府性基金', '国有资本', '财政拨款', '项目支出预算'] },
  sheetName: '表3 预算支出总表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'code', header: ['项目', '科目编码'], type: 'code', width: 12, aliases: ['功能分类科目编码', '科目代码'] },
        { key: 'name', header: ['项目', '科目名称'], type: 'name', width: 36, aliases: ['功能分类科目名称'] },
        { key: 'total', header: ['{year}年预算数', '合计'], type: 'amount', width: 14, aliases: ['小计', '总计'] },
        { key: 'basic', header: ['{year}年预算数', '基本支出'], type: 'amount', width: 14 },
        { key: 'project', header: ['{year}年预算数', '项目支出'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'function', totalLabel: '合计' },
      rowSums: [{ total: 'total', parts: ['basic', 'project'] }],
    },
  ],
  noDataNote: '注：本表无数据',
};
