import type { FormDef } from '../formTypes';

/**
 * 预算公开表6 一般公共预算安排基本支出分经济科目表（不含上年结转）. The seeds print names only, no
 * codes: a 合计 line, then each 类 group (工资福利支出, 商品和服务支出, 对个人和家庭的补助) with its 政府经济
 * 分类 column empty, followed by the 款 lines the unit has, each with its 政府预算支出经济科目名称.
 * So the panel is 'coded' economic `byName`: rows vary per unit, codes come from the names;
 * 合计 = Σ 类 and 类 = Σ 款 are implied; 合计 = 人员经费 + 公用经费 in every row.
 */
export const budgetTable06: FormDef = {
  id: 'budget/06-basic-economic',
  kind: 'budget',
  no: 6,
  name: '一般公共预算基本支出表',
  label: '预算公开表6',
  title: '{year}年一般公共预算安排基本支出分经济科目表（不含上年结转）',
  titleVariants: [
    '{year}年一般公共预算基本支出表',
    '{year}年一般公共预算基本支出预算表',
    '{year}年一般公共预算安排基本支出分经济科目表',
  ],
  keywords: {
    all: [['基本支出', '经济科目'], ['基本支出', '经济分类'], ['一般公共预算基本支出']],
    none: ['决算'],
  },
  sheetName: '表6 一般公共预算基本支出表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        {
          key: 'name',
          header: ['部门预算支出经济科目名称'],
          type: 'name',
          width: 30,
          aliases: ['经济科目名称', '部门经济分类科目名称', '科目名称'],
        },
        {
          key: 'govName',
          header: ['政府预算支出经济科目名称'],
          type: 'text',
          width: 24,
          aliases: ['政府经济分类科目名称'],
        },
        { key: 'total', header: ['{year}年预算数', '合计'], type: 'amount', width: 14, aliases: ['小计'] },
        { key: 'personnel', header: ['{year}年预算数', '人员经费'], type: 'amount', width: 14 },
        { key: 'public', header: ['{year}年预算数', '公用经费'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'coded', classification: 'economic', totalLabel: '合计', byName: true },
      rowSums: [{ total: 'total', parts: ['personnel', 'public'] }],
    },
  ],
  noDataNote: '注：本表无数据',
};
