import type { FormDef } from '../formTypes';
import { finalTable05 } from '../final/table05';
import { printedAs } from '../common/printedAs';
import { nationalCodeHeader } from './codeHeader';

const base = printedAs(finalTable05, {
  id: 'national-final/05-gpb-expense',
  no: 5,
  label: '表5',
  printsLabel: false,
  noLineNumbers: true,
  sheetName: '表5 一般公共预算财政拨款支出',
});

/** 一般公共预算财政拨款支出决算表 (national set, 表5): 合计 | 基本支出 | 项目支出 by subject, its 合计 line at the bottom. */
export const nationalFinal05: FormDef = {
  ...base,
  panels: nationalCodeHeader(base.panels).map((p) => ({
    ...p,
    columns: p.columns.map((c) =>
      c.key === 'total'
        ? { ...c, header: ['合计'], aliases: ['小计', '本年支出合计'] }
        : c.type === 'amount'
          ? { ...c, header: [c.header[c.header.length - 1]] }
          : c,
    ),
  })),
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
};
