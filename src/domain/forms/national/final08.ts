import type { FormDef } from '../formTypes';
import { finalTable07 } from '../final/table07';
import { printedAs } from '../common/printedAs';
import { nationalCodeHeader } from './codeHeader';

/**
 * 政府性基金预算财政拨款收入支出决算表 (national set, 表8): 公开07表's columns — 年初结转和结余,
 * 本年收入, 本年支出 合计 | 基本支出 | 项目支出, 年末结转和结余 — by subject.
 */
export const nationalFinal08: FormDef = {
  ...printedAs(finalTable07, {
    id: 'national-final/08-gov-fund',
    no: 8,
    label: '表8',
    printsLabel: false,
    noLineNumbers: true,
    sheetName: '表8 政府性基金预算财政拨款',
  }),
  panels: nationalCodeHeader(finalTable07.panels),
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
  footnote: '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
};
