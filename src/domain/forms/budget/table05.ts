import type { FormDef } from '../formTypes';

/** 预算公开表5 一般公共预算支出预算表（不含上年结转）: 合计 line then 类/款/项; 合计 = 基本支出 + 项目支出. */
export const budgetTable05: FormDef = {
  id: 'budget/05-gpb-expense',
  kind: 'budget',
  no: 5,
  name: '一般公共预算支出表',
  label: '预算公开表5',
  title: '{year}年一般公共预算支出预算表（不含上年结转）',
  titleVariants: ['{year}年一般公共预算支出表', '{year}年一般公共预算支出预算表', '一般公共预算支出表'],
  keywords: {
    all: [['一般公共预算支出预算表'], ['一般公共预算支出表']],
    none: ['基本支出', '经济', '三公', '机关运行', '决算'],
  },
  sheetName: '表5 一般公共预算支出表',
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
