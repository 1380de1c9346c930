import type { FormDef } from '../formTypes';
import { finalTable01 } from '../final/table01';
import { printedAs } from '../common/printedAs';

/**
 * 收入支出决算总表 as the national 9-table set prints it (上海 2024): the lines of 公开01表 without
 * 行次, amounts headed 决算数, no label line; 使用非财政拨款结余 / 年初结转和结余 and 结余分配 /
 * 年末结转和结余 under the 合计 lines.
 */
export const nationalFinal01: FormDef = {
  ...printedAs(finalTable01, {
    id: 'national-final/01-summary',
    no: 1,
    label: '表1',
    printsLabel: false,
    noLineNumbers: true,
    amountHeader: '决算数',
    sheetName: '表1 收入支出决算总表',
  }),
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
  footnote: '注：本表反映部门本年度的总收支和年末结转结余情况。',
};
