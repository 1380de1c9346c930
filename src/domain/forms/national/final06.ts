import type { ColumnDef, FixedRowDef, FormDef, PanelDef } from '../formTypes';
import { DEPARTMENT_ECONOMIC_CODES } from '../../catalog/catalogData/economicCodes';
import { spacers } from '../common/functionClassLines';

/**
 * 一般公共预算财政拨款基本支出决算表 (national set, 表6), as 上海 2024 prints it: two (经济分类科目编码,
 * 科目名称, 决算数) triples side by side — 人员经费 (301 with its items, then 303) on the left,
 * 公用经费 (302, then 310) on the right — and one line 人员经费合计 | 公用经费合计 under both.
 * Rows are keyed e-<code>; the left side is padded with blank lines to end on the right's row.
 */
const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '310'];
/** 310 as the national table lists it: no 基本建设 items (31005 … 31012). */
const NOT_PRINTED = new Set(['31005', '31006', '31008', '31009', '31010', '31011', '31012']);

function lines(classes: readonly string[]): FixedRowDef[] {
  return classes.flatMap((cls) =>
    DEPARTMENT_ECONOMIC_CODES.filter(([code]) => code.startsWith(cls) && !NOT_PRINTED.has(code)).map(([code, name]): FixedRowDef => {
      const full = name.replace(/\(/g, '（').replace(/\)/g, '）');
      return { key: `e-${code}`, label: full, code, ...(full !== name ? { aliases: [name] } : {}) };
    }),
  );
}

function columns(): ColumnDef[] {
  return [
    { key: 'code', header: ['经济分类科目编码'], type: 'code', width: 9, aliases: ['科目编码', '经济分类科目代码', '科目代码'] },
    { key: 'name', header: ['科目名称'], type: 'name', width: 24 },
    { key: 'amount', header: ['决算数'], type: 'amount', width: 12, aliases: ['金额'] },
  ];
}

const personnel = lines(PERSONNEL);
const publicLines = lines(PUBLIC);
const length = Math.max(personnel.length, publicLines.length);

/** Column sums of one side: each 类 = Σ its items, the side's 合计 = Σ its 类. */
function side(key: string, body: FixedRowDef[], classes: readonly string[], total: FixedRowDef): PanelDef {
  return {
    key,
    columns: columns(),
    rows: { mode: 'fixed', rows: [...body, ...spacers(length - body.length, `${key}-blank`), total] },
    columnSums: [
      ...classes.map((cls) => ({
        total: `e-${cls}`,
        parts: body.filter((r) => r.code!.length === 5 && r.code!.startsWith(cls)).map((r) => r.key),
      })),
      { total: total.key, parts: classes.map((c) => `e-${c}`) },
    ],
  };
}

export const nationalFinal06: FormDef = {
  id: 'national-final/06-basic-detail',
  kind: 'final',
  no: 6,
  name: '一般公共预算财政拨款基本支出决算表',
  label: '表6',
  printsLabel: false,
  title: '一般公共预算财政拨款基本支出决算表',
  titleVariants: ['{year}年度一般公共预算财政拨款基本支出决算表', '一般公共预算财政拨款基本支出决算明细表'],
  keywords: { all: [['一般公共预算', '基本支出', '决算']] },
  sheetName: '表6 一般公共预算财政拨款基本支出',
  unitLine: { nameLabel: '部门名称', amountUnitLabel: '单位' },
  panels: [
    side('personnel', personnel, PERSONNEL, { key: 'personnel-total', label: '人员经费合计', aliases: ['人员经费'] }),
    side('public', publicLines, PUBLIC, { key: 'public-total', label: '公用经费合计', aliases: ['公用经费'] }),
  ],
  noDataNote: '说明：本表无数据',
  footnote: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
};
