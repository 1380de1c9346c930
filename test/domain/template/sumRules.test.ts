import { ALL_FORMS, formById } from '../../../src/domain/forms/registry';
import { formLayout } from '../../../src/domain/template/formLayout';
import type { SheetLayout } from '../../../src/domain/template/sheetLayout';
import { address, parseRange } from '../../../src/domain/workbook/a1';
import type { CellValue, SheetSnapshot } from '../../../src/domain/workbook/snapshot';
import { evalRule } from './evalFormula';
import { bodyCell, layoutSnapshot, typed } from './layoutSnapshot';

const UNIT = '汾阳市社会保险中心';

function layoutOf(id: string): SheetLayout {
  const form = formById(id)!;
  return formLayout(form, 2025, UNIT, form.sheetName);
}

/** The sheet with figures typed in: [panel, line, column, value]. */
function filled(id: string, entries: [string, string | number, string, CellValue][]): SheetSnapshot {
  const layout = layoutOf(id);
  const cells: Record<string, CellValue> = {};
  for (const [p, line, col, v] of entries) cells[bodyCell(layout, formById(id)!, p, line, col)] = v;
  return typed({ sheets: [layoutSnapshot(layout)] }, layout.name, cells).sheets[0];
}

/** Every cell where Excel would colour a broken sum. */
function flagged(layout: SheetLayout, sheet: SheetSnapshot): string[] {
  const out: string[] = [];
  for (const rule of layout.sumRules ?? []) {
    const { start, end } = parseRange(rule.range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.col; c <= end.col; c++) {
        let v: unknown;
        try {
          v = evalRule(rule.formula, sheet.values, start, { row: r, col: c });
        } catch (e) {
          v = (e as Error).message; // #VALUE! (a dash in 公开06表): Excel shows no colour
        }
        if (v === true) out.push(address(r, c));
      }
    }
  }
  return out;
}

describe('sum rules of 预算公开表3', () => {
  const layout = layoutOf('budget-03');
  const entries: [string, string | number, string, CellValue][] = [
    ['main', 'total', 'total', 1506.16], ['main', 'total', 'basic', 318.96], ['main', 'total', 'project', 1187.2],
    ['main', 0, 'code', '208'], ['main', 0, 'total', 1506.16], ['main', 0, 'basic', 318.96], ['main', 0, 'project', 1187.2],
    ['main', 1, 'code', '20801'], ['main', 1, 'total', 1506.16], ['main', 1, 'basic', 318.96], ['main', 1, 'project', 1187.2],
  ];

  it('checks 合计 = 基本支出 + 项目支出 on every body row and 合计 = Σ 类 rows', () => {
    expect(layout.sumRules).toEqual([
      { range: 'C6:C21', formula: 'ROUND(ABS(C6-(D6+E6)),6)>0.015' },
      {
        range: 'C6:E6',
        formula: 'ROUND(ABS(C6-SUMPRODUCT((LEN($A$7:$A$21)=3)*C7:C21)),6)>0.005*(SUMPRODUCT((LEN($A$7:$A$21)=3)*1)+1)',
      },
    ]);
  });

  it('shows nothing on consistent figures, and the broken cells when they are not', () => {
    expect(flagged(layout, filled('budget-03', entries))).toEqual([]);
    // A 1.00 slip in 208 基本支出: its row and the 合计 line's 基本支出 both turn red.
    const broken = filled('budget-03', [...entries, ['main', 0, 'basic', 319.96]]);
    expect(flagged(layout, broken).sort()).toEqual(['C7', 'D6']);
    // A rounding difference of 0.01 stays within 0.015.
    expect(flagged(layout, filled('budget-03', [...entries, ['main', 1, 'project', 1187.21]]))).toEqual([]);
    // 0.01 at exactly the allowance of one 类 (0.005 × 2) is a 尾数差异, though 318.97 − 318.96 is 0.0100000000000193
    // in floating point; and 0.02 is beyond it.
    expect(flagged(layout, filled('budget-03', [...entries, ['main', 0, 'basic', 318.97]]))).toEqual([]);
    expect(flagged(layout, filled('budget-03', [...entries, ['main', 0, 'basic', 318.98]])).sort()).toEqual(['C7', 'D6']);
  });
});

describe('sum rules of 预算公开表1', () => {
  const layout = layoutOf('budget-01');
  const entries: [string, string | number, string, CellValue][] = [
    ['income', 'gpb', 'amount', 2911.06], ['income', 'income-total', 'amount', 2911.06], ['income', 'grand-total', 'amount', 2911.06],
    ['expense', 'class-208', 'total', 2858.26], ['expense', 'class-208', 'current', 2858.26],
    ['expense', 'class-210', 'total', 17.11], ['expense', 'class-210', 'current', 17.11],
    ['expense', 'class-221', 'total', 35.69], ['expense', 'class-221', 'current', 35.69],
    ['expense', 'expense-total', 'total', 2911.06], ['expense', 'expense-total', 'current', 2911.06],
    ['expense', 'grand-total', 'total', 2911.06], ['expense', 'grand-total', 'current', 2911.06],
  ];

  it('adds the 30 类 lines into 本年支出合计 in each amount column', () => {
    expect(layout.sumRules).toContainEqual({ range: 'D36:F36', formula: 'ROUND(ABS(D36-SUM(D6:D35)),6)>0.155' });
    expect(layout.sumRules).toContainEqual({ range: 'B36', formula: 'ROUND(ABS(B36-SUM(B6:B10)),6)>0.03' });
    expect(layout.sumRules).toContainEqual({ range: 'D6:D38', formula: 'ROUND(ABS(D6-(E6+F6)),6)>0.015' });
  });

  it('flags a 类 line that does not add up, on the total and on the row', () => {
    expect(flagged(layout, filled('budget-01', entries))).toEqual([]);
    const broken = filled('budget-01', [...entries, ['expense', 'class-210', 'current', 27.11]]);
    // 210 卫生健康支出 is the tenth 类 line (row 15).
    expect(flagged(layout, broken).sort()).toEqual(['D15', 'E36']);
  });
});

describe('sum rules across the other tables', () => {
  it('预算公开表6 tells 类 rows by their blank 政府预算支出经济科目名称', () => {
    const layout = layoutOf('budget-06');
    const entries: [string, string | number, string, CellValue][] = [
      ['main', 'total', 'total', 450.96], ['main', 'total', 'personnel', 420.5], ['main', 'total', 'public', 30.46],
      ['main', 0, 'name', '工资福利支出'], ['main', 0, 'total', 420.5], ['main', 0, 'personnel', 420.5],
      ['main', 1, 'name', '基本工资'], ['main', 1, 'govName', '工资奖金津补贴'], ['main', 1, 'total', 420.5], ['main', 1, 'personnel', 420.5],
      ['main', 2, 'name', '商品和服务支出'], ['main', 2, 'total', 30.46], ['main', 2, 'public', 30.46],
      ['main', 3, 'name', '办公费'], ['main', 3, 'govName', '办公经费'], ['main', 3, 'total', 30.46], ['main', 3, 'public', 30.46],
    ];
    expect(flagged(layout, filled('budget-06', entries))).toEqual([]);
    expect(flagged(layout, filled('budget-06', [...entries, ['main', 'total', 'public', 40.46], ['main', 'total', 'total', 460.96]])).sort()).toEqual(['C6', 'E6']);
  });

  it('预算公开表12 adds the project lines into the unit line', () => {
    const layout = layoutOf('budget-12');
    const entries: [string, string | number, string, CellValue][] = [
      ['main', 'total', 'total', 30], ['main', 'total', 'gpb', 30],
      ['main', 0, 'name', '社保经办经费'], ['main', 0, 'total', 10], ['main', 0, 'gpb', 10],
      ['main', 1, 'name', '信息化建设'], ['main', 1, 'total', 20], ['main', 1, 'gpb', 20],
    ];
    expect(flagged(layout, filled('budget-12', entries))).toEqual([]);
    expect(flagged(layout, filled('budget-12', [...entries, ['main', 1, 'total', 25], ['main', 1, 'gpb', 25]])).sort()).toEqual(['B7', 'C7']);
  });

  it('公开06表 checks 310 资本性支出 across two triples and 公用经费合计 across three', () => {
    const layout = layoutOf('final-06');
    const form = formById('final-06')!;
    const cross = form.crossPanelSums!.map((s) => bodyCell(layout, form, s.total.panel, s.total.row, s.total.column));
    for (const a of cross) expect(layout.sumRules!.map((r) => r.range)).toContain(a);
    const entries: [string, string | number, string, CellValue][] = [
      ['public-1', 'e-302', 'amount', 10], ['public-1', 'e-30201', 'amount', 10],
      ['public-2', 'e-310', 'amount', 5], ['public-2', 'e-31002', 'amount', 2], ['public-3', 'e-31013', 'amount', 3],
      ['public-3', 'public-total', 'amount', 15],
    ];
    expect(flagged(layout, filled('final-06', entries))).toEqual([]);
    const broken = flagged(layout, filled('final-06', [...entries, ['public-3', 'e-31013', 'amount', 4]]));
    expect(broken).toEqual([cross[0]]);
  });

  it('公开09表 checks both 合计 and both 小计 of its one line', () => {
    const layout = layoutOf('final-09');
    const entries: [string, string | number, string, CellValue][] = [
      ['main', 'amount', 'budgetTotal', 3], ['main', 'amount', 'budgetCar', 2], ['main', 'amount', 'budgetCarRun', 2], ['main', 'amount', 'budgetReception', 1],
      ['main', 'amount', 'finalTotal', 2.5], ['main', 'amount', 'finalCar', 1.5], ['main', 'amount', 'finalCarRun', 1.5], ['main', 'amount', 'finalReception', 1],
    ];
    expect(flagged(layout, filled('final-09', entries))).toEqual([]);
    expect(flagged(layout, filled('final-09', [...entries, ['main', 'amount', 'finalCarPurchase', 0.5]])).sort()).toEqual(['I8']);
  });

  it('keeps every formula within Excel’s 255 characters, anchored at its range’s top-left cell', () => {
    for (const form of ALL_FORMS) {
      const layout = formLayout(form, 2025, UNIT, form.sheetName);
      expect(layout.sumRules!.length).toBeGreaterThan(0);
      for (const rule of layout.sumRules!) {
        expect(rule.formula.length).toBeLessThanOrEqual(255);
        expect(rule.formula.startsWith(`ROUND(ABS(${rule.range.split(':')[0]}-`)).toBe(true);
      }
    }
  });
});
