import type { FormDef } from '../formTypes';
import { finalTable04 } from '../final/table04';
import { printedAs } from '../common/printedAs';

/**
 * 财政拨款收入支出决算总表 (national set, 表4): 公开04表's lines without 行次; the three 年初财政拨款
 * 结转和结余 lines print the same words as the three income lines above them (一、一般公共预算财政拨款 …).
 */
export const nationalFinal04: FormDef = {
  ...printedAs(finalTable04, {
    id: 'national-final/04-fiscal-summary',
    no: 4,
    label: '表4',
    printsLabel: false,
    noLineNumbers: true,
    amountHeader: '决算数',
    sheetName: '表4 财政拨款收入支出决算总表',
  }),
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
  footnote: '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
};
