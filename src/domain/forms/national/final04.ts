import type { FixedRowDef, FormDef, PanelDef } from '../formTypes';
import { finalTable04 } from '../final/table04';
import { printedAs } from '../common/printedAs';

/** 年初财政拨款结转和结余's three lines as the national documents print them: with 一、二、三 like the income lines. */
const OPENING_AS_PRINTED: Readonly<Record<string, string>> = {
  'opening-gpb': '一、一般公共预算财政拨款',
  'opening-gov-fund': '二、政府性基金预算财政拨款',
  'opening-soe': '三、国有资本经营预算财政拨款',
};

/** The lines of a panel with the 年初 lines labelled as printed (the bare words kept as aliases). */
function openingAsPrinted(p: PanelDef): PanelDef {
  if (p.rows.mode !== 'fixed') return p;
  const rows = p.rows.rows.map((r): FixedRowDef => (OPENING_AS_PRINTED[r.key] ? { ...r, label: OPENING_AS_PRINTED[r.key], aliases: [r.label, ...(r.aliases ?? [])] } : r));
  return { ...p, rows: { ...p.rows, rows } };
}

const base = printedAs(finalTable04, {
  id: 'national-final/04-fiscal-summary',
  no: 4,
  label: '表4',
  printsLabel: false,
  noLineNumbers: true,
  amountHeader: '决算数',
  sheetName: '表4 财政拨款收入支出决算总表',
});

/**
 * 财政拨款收入支出决算总表 (national set, 表4): 公开04表's lines without 行次; the three 年初财政拨款
 * 结转和结余 lines print the same words as the three income lines above them (一、一般公共预算财政拨款 …).
 * Printed bare, "一般公共预算财政拨款" would read as the expense side's header repeated, not as a line.
 */
export const nationalFinal04: FormDef = {
  ...base,
  panels: base.panels.map(openingAsPrinted),
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  showsYearOnUnitLine: false,
  footnote: '注：本表反映部门本年度财政拨款总收支和结转结余情况。',
};
