import type { FormDef } from '../formTypes';

/**
 * 预算公开表10 财政拨款安排“三公”经费支出预算表 (2023: 一般公共预算“三公”经费支出预算表): fixed
 * 三公 lines by source, 合计 at the bottom as printed in the seeds.
 */
export const budgetTable10: FormDef = {
  id: 'budget/10-three-public',
  kind: 'budget',
  no: 10,
  name: '“三公”经费支出预算表',
  label: '预算公开表10',
  title: '{year}年财政拨款安排“三公”经费支出预算表',
  titleVariants: ['{year}年一般公共预算“三公”经费支出预算表', '{year}年“三公”经费支出预算表', '{year}年“三公”经费预算表'],
  keywords: { all: [['三公', '预算']], none: ['决算'] },
  sheetName: '表10 三公经费支出预算表',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns: [
        { key: 'name', header: ['项目'], type: 'name', width: 28 },
        { key: 'total', header: ['{year}年预算数', '合计'], type: 'amount', width: 14, aliases: ['小计'] },
        { key: 'gpb', header: ['{year}年预算数', '一般公共预算'], type: 'amount', width: 14 },
        { key: 'govFund', header: ['{year}年预算数', '政府性基金预算'], type: 'amount', width: 14, aliases: ['政府性基金'] },
        { key: 'soe', header: ['{year}年预算数', '国有资本经营预算'], type: 'amount', width: 14 },
      ],
      rows: {
        mode: 'fixed',
        rows: [
          { key: 'abroad', label: '因公出国（境）费', aliases: ['因公出国(境)费', '因公出国（境）费用', '因公出国(境)费用'] },
          { key: 'reception', label: '公务接待费' },
          { key: 'car', label: '公务用车购置及运行费', aliases: ['公务用车购置及运行维护费'] },
          { key: 'car-purchase', label: '①公务用车购置费', aliases: ['公务用车购置费', '其中：公务用车购置费'] },
          { key: 'car-run', label: '②公务用车运行维护费', aliases: ['公务用车运行维护费', '公务用车运行费'] },
          { key: 'total', label: '合计', aliases: ['“三公”经费合计', '三公经费合计'] },
        ],
      },
      rowSums: [{ total: 'total', parts: ['gpb', 'govFund', 'soe'] }],
      columnSums: [
        { total: 'car', parts: ['car-purchase', 'car-run'] },
        { total: 'total', parts: ['abroad', 'reception', 'car'] },
      ],
    },
  ],
  noDataNote: '注：本表无数据',
};
