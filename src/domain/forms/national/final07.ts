import type { ColumnDef, FormDef } from '../formTypes';
import { finalTable09 } from '../final/table09';

/**
 * 财政拨款“三公”经费支出决算表 (national set, 表7): the twelve amounts of 公开09表 (same keys), but
 * headed item by item with 预算数 | 决算数 under each (上海 2024), under one 财政拨款“三公”经费 banner.
 */
const TOP = '财政拨款“三公”经费';
const CAR = '公务用车购置及运行维护费';
const ITEMS: readonly (readonly [key: string, path: readonly string[]])[] = [
  ['Total', ['合计']],
  ['Abroad', ['因公出国（境）费']],
  ['Car', [CAR, '小计']],
  ['CarPurchase', [CAR, '公务用车购置费']],
  ['CarRun', [CAR, '公务用车运行维护费']],
  ['Reception', ['公务接待费']],
];

const columns: ColumnDef[] = ITEMS.flatMap(([key, path]) =>
  (['budget', 'final'] as const).map((side): ColumnDef => ({
    key: `${side}${key}`,
    header: [TOP, ...path, side === 'budget' ? '预算数' : '决算数'],
    type: 'amount',
    width: 10,
  })),
);

export const nationalFinal07: FormDef = {
  ...finalTable09,
  id: 'national-final/07-three-public',
  no: 7,
  label: '表7',
  printsLabel: false,
  sheetName: '表7 三公经费支出决算表',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
  panels: finalTable09.panels.map((p) => ({ ...p, columns })),
  columnNumbers: undefined,
  footnote: '注：本表反映部门本年度“三公”经费支出预决算情况。',
};
