import type { ColumnDef, FormDef } from '../formTypes';

/**
 * 表7 of the 9-table 部门预算: 一般公共预算“三公”经费 and 机关运行经费 in one table of one line,
 * often printed in 万元 while the other tables are in 元 (its own unit line says which).
 */
const CAR = '公务用车购置及运行费';
const columns: ColumnDef[] = [
  { key: 'total', header: ['“三公”经费', '合计'], type: 'amount', width: 12, aliases: ['小计'] },
  { key: 'abroad', header: ['“三公”经费', '因公出国（境）费'], type: 'amount', width: 12, aliases: ['因公出国(境)费'] },
  { key: 'car', header: ['“三公”经费', CAR, '小计'], type: 'amount', width: 12 },
  { key: 'carPurchase', header: ['“三公”经费', CAR, '公务用车购置费'], type: 'amount', width: 12 },
  { key: 'carRun', header: ['“三公”经费', CAR, '公务用车运行费'], type: 'amount', width: 12, aliases: ['公务用车运行维护费'] },
  { key: 'reception', header: ['“三公”经费', '公务接待费'], type: 'amount', width: 12 },
  { key: 'operating', header: ['机关运行经费'], type: 'amount', width: 12, aliases: ['机关运行经费预算数'] },
];

export const nationalBudget07: FormDef = {
  id: 'national-budget/07-three-public-operating',
  kind: 'budget',
  no: 7,
  name: '一般公共预算“三公”经费及机关运行经费支出表',
  label: '表7',
  printsLabel: false,
  title: '{year}年一般公共预算“三公”经费及机关运行经费支出表',
  titleVariants: ['{year}年一般公共预算“三公”经费和机关运行经费支出表', '“三公”经费和机关运行经费预算表'],
  keywords: { all: [['三公', '机关运行经费']], none: ['决算'] },
  sheetName: '表7 三公经费及机关运行经费',
  unitLine: { nameLabel: '单位名称', amountUnitLabel: '单位' },
  panels: [
    {
      key: 'main',
      columns,
      // One unlabeled line of figures under the headers.
      rows: { mode: 'fixed', rows: [{ key: 'amount', label: '' }] },
      rowSums: [
        { total: 'total', parts: ['abroad', 'car', 'reception'] },
        { total: 'car', parts: ['carPurchase', 'carRun'] },
      ],
    },
  ],
  noDataNote: '注：本表无数据',
};
