import type { FormDef } from '../formTypes';

/**
 * 预算公开表11 财政拨款安排机关运行经费预算表 (2023: 机关运行经费预算财政拨款情况统计表): a 部门合计
 * line on top, then one line per unit. Only 行政单位 and 参公事业单位 have 机关运行经费.
 */
export const budgetTable11: FormDef = {
  id: 'budget/11-operating-costs',
  kind: 'budget',
  no: 11,
  name: '机关运行经费预算表',
  label: '预算公开表11',
  title: '{year}年财政拨款安排机关运行经费预算表',
  titleVariants: ['{year}年机关运行经费预算财政拨款情况统计表', '{year}年机关运行经费预算表', '{year}年机关运行经费支出预算表'],
  keywords: { all: [['机关运行经费']], none: ['决算'] },
  sheetName: '表11 机关运行经费预算表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'name', header: ['单位名称'], type: 'name', width: 30, aliases: ['单位', '项目'] },
        // The seeds (2023 and 2025) print "2025预算数", without 年.
        { key: 'total', header: ['{year}预算数', '合计'], type: 'amount', width: 14, aliases: ['小计'] },
        { key: 'gpb', header: ['{year}预算数', '一般公共预算'], type: 'amount', width: 14 },
        { key: 'govFund', header: ['{year}预算数', '政府性基金预算'], type: 'amount', width: 14, aliases: ['政府性基金'] },
        { key: 'soe', header: ['{year}预算数', '国有资本经营预算'], type: 'amount', width: 14 },
      ],
      rows: { mode: 'list', totalLabel: '部门合计', totalPosition: 'top' },
      rowSums: [{ total: 'total', parts: ['gpb', 'govFund', 'soe'] }],
    },
  ],
  noDataNote: '注：本表无数据',
  appliesTo: ['行政单位', '参公事业单位'],
};
