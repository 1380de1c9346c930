import type { ColumnDef, FormDef, RowSumDef } from '../formTypes';

/**
 * 公开09表 财政拨款“三公”经费支出决算表: one line of twelve amounts, 预算数 (栏次 1–6) then 决算数
 * (7–12), each 合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, and 小计 = 购置费 + 运行维护费.
 * Column keys: budgetTotal, budgetAbroad, budgetCar, budgetCarPurchase, budgetCarRun,
 * budgetReception, and the same with final (finalTotal …).
 */
// No 合计/小计 aliases here: 合计 is the side's total and 小计 the 公务用车 subtotal, both printed.
function side(prefix: 'budget' | 'final', top: '预算数' | '决算数'): ColumnDef[] {
  const car = '公务用车购置及运行维护费';
  return [
    { key: `${prefix}Total`, header: [top, '合计'], type: 'amount', width: 12 },
    {
      key: `${prefix}Abroad`,
      header: [top, '因公出国（境）费'],
      type: 'amount',
      width: 12,
      aliases: ['因公出国(境)费', '因公出国（境）费用'],
    },
    { key: `${prefix}Car`, header: [top, car, '小计'], type: 'amount', width: 12 },
    { key: `${prefix}CarPurchase`, header: [top, car, '公务用车购置费'], type: 'amount', width: 12 },
    { key: `${prefix}CarRun`, header: [top, car, '公务用车运行维护费'], type: 'amount', width: 12 },
    { key: `${prefix}Reception`, header: [top, '公务接待费'], type: 'amount', width: 12 },
  ];
}

function sums(prefix: 'budget' | 'final'): RowSumDef[] {
  return [
    { total: `${prefix}Total`, parts: [`${prefix}Abroad`, `${prefix}Car`, `${prefix}Reception`] },
    { total: `${prefix}Car`, parts: [`${prefix}CarPurchase`, `${prefix}CarRun`] },
  ];
}

export const finalTable09: FormDef = {
  id: 'final/09-three-public',
  kind: 'final',
  no: 9,
  name: '财政拨款“三公”经费支出决算表',
  label: '公开09表',
  title: '财政拨款“三公”经费支出决算表',
  titleVariants: ['{year}年度财政拨款“三公”经费支出决算表', '“三公”经费支出决算表'],
  keywords: { all: [['三公', '决算']] },
  sheetName: '公开09表 三公经费支出决算表',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '金额单位' },
  showsYearOnUnitLine: true,
  panels: [
    {
      key: 'main',
      columns: [...side('budget', '预算数'), ...side('final', '决算数')],
      // The only body line has no label: the twelve amounts stand right under the 栏次 row.
      rows: { mode: 'fixed', rows: [{ key: 'amount', label: '' }] },
      rowSums: [...sums('budget'), ...sums('final')],
    },
  ],
  columnNumbers: { numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  noDataNote: '说明：本表无数据',
  footnote:
    '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。',
};
