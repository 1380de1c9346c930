import type { FormDef } from '../formTypes';
import { finalTable02 } from '../final/table02';
import { printedAs } from '../common/printedAs';
import { nationalCodeHeader } from './codeHeader';

/** 收入决算表 (national set, 表2): the columns of 公开02表 under 项目 | 功能分类科目编码 | 科目名称, no 栏次. */
export const nationalFinal02: FormDef = {
  ...printedAs(finalTable02, {
    id: 'national-final/02-income',
    no: 2,
    label: '表2',
    printsLabel: false,
    noLineNumbers: true,
    sheetName: '表2 收入决算表',
  }),
  panels: nationalCodeHeader(finalTable02.panels),
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
};
