import type { FormDef } from '../formTypes';
import { finalTable03 } from '../final/table03';
import { printedAs } from '../common/printedAs';
import { nationalCodeHeader } from './codeHeader';

/** 支出决算表 (national set, 表3): the columns of 公开03表 under 项目 | 功能分类科目编码 | 科目名称, no 栏次. */
export const nationalFinal03: FormDef = {
  ...printedAs(finalTable03, {
    id: 'national-final/03-expense',
    no: 3,
    label: '表3',
    printsLabel: false,
    noLineNumbers: true,
    sheetName: '表3 支出决算表',
  }),
  panels: nationalCodeHeader(finalTable03.panels),
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
};
