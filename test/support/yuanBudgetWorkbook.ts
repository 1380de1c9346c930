import Decimal from 'decimal.js';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { workbookFromBlocks } from './seedWorkbook';
import { syntheticBudgetTables } from './syntheticWorkbook';

/**
 * A 9-table 部门预算 in 元 (profile national-budget-9), built from realistic figures: the consistent
 * synthetic budget in seed 000's layout (汾阳市社会保险中心 2025, its 表6 split, its 类/款/项), its
 * amounts converted exactly to 元, the Shanxi-only tables (表7 收入, 表10–13) left out, no label
 * lines, the titles this set prints — and 表7 三公 + 机关运行经费 in one line, in 万元 as such tables
 * often are.
 */
const TITLES: readonly (readonly [seedWord: string, title: string])[] = [
  ['预算收支总表', '2025年部门收支总表'],
  ['预算收入总表', '2025年部门收入总表'],
  ['预算支出总表', '2025年部门支出总表'],
  ['财政拨款收支总表', '2025年财政拨款收支总表'],
  ['一般公共预算支出预算表', '2025年一般公共预算支出表'],
  ['基本支出分经济科目表', '2025年一般公共预算基本支出表'],
  ['政府性基金预算支出表', '2025年政府性基金预算支出表'],
  ['国有资本经营预算收支预算表', '2025年国有资本经营预算支出表'],
];

const LABEL = /^(预算公开表|部门公开表|单位公开表)\s*\d+$/;
const AMOUNT = /^-?\d+\.\d{2}$/;

/** The 机关运行经费 of the synthetic budget (表6 公用经费, 23.13 万元) and a 三公 line that adds up, in 万元. */
export const TABLE7_WAN = { total: '3.50', abroad: '0.00', car: '2.00', carPurchase: '0.00', carRun: '2.00', reception: '1.50', operating: '23.13' };

export function yuanBudgetTables(items = 40): string[][] {
  const seed = syntheticBudgetTables(items);
  const out: string[][] = [];
  for (const [word, title] of TITLES) {
    const block = seed.find((b) => b.slice(0, 3).some((l) => l.includes(word)))!;
    out.push(
      block
        .filter((l) => !LABEL.test(l.trim()))
        .map((l) => {
          if (l.includes(word)) return title;
          if (/^单位：万元$/.test(l.trim())) return '单位：元';
          return l
            .split('\t')
            .map((c) => (AMOUNT.test(c.trim()) ? new Decimal(c.trim()).times(10000).toFixed(2) : c))
            .join('\t');
        }),
    );
    if (word === '基本支出分经济科目表') out.push(table7());
  }
  return out;
}

function table7(): string[] {
  const t = TABLE7_WAN;
  return [
    '2025年一般公共预算“三公”经费及机关运行经费支出表',
    '单位名称：汾阳市社会保险中心',
    '单位：万元',
    '“三公”经费\t\t\t\t\t\t机关运行经费',
    '合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\t',
    '\t\t小计\t公务用车购置费\t公务用车运行费\t\t',
    [t.total, t.abroad, t.car, t.carPurchase, t.carRun, t.reception, t.operating].join('\t'),
  ];
}

export function yuanBudgetWorkbook(items = 40): WorkbookSnapshot {
  return workbookFromBlocks(yuanBudgetTables(items));
}

/** The workbook with one cell replaced (sheet index, 0-based row and column). */
export function withCell(wb: WorkbookSnapshot, sheet: number, row: number, col: number, value: CellValue): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s, i) => (i !== sheet ? s : { ...s, values: s.values.map((r, ri) => (ri !== row ? r : r.map((v, ci) => (ci === col ? value : v)))) })),
  };
}
