import Decimal from 'decimal.js';
import { checkRecognized } from '../../../src/domain/checks/checkWorkbook';
import { buildNarrative } from '../../../src/domain/narrative/buildNarrative';
import { paragraphText } from '../../../src/domain/narrative/narrativeTypes';
import { readParameters } from '../../../src/domain/parameters/parameterSheet';
import type { CheckResult } from '../../../src/domain/checks/checkTypes';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { RecognizedTable } from '../../../src/domain/recognition/recognizedTable';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { withCell, yuanBudgetWorkbook } from '../../support/yuanBudgetWorkbook';

/**
 * Issue 15 “done when”: a 9-table budget in 元 is recognised (national-budget-9) and checked in 元; a
 * mistyped amount is found; a 万元 figure typed into it is reported as a unit slip; 表7 in 万元 is
 * compared with 表6 in 元 by converting exactly, and a table typed in the wrong unit is named.
 */
const base = yuanBudgetWorkbook();

function check(wb: WorkbookSnapshot): CheckResult {
  return checkRecognized(wb, recognize(wb), { unitType: '行政单位' });
}

/** Findings other than the catalog's (the synthetic subjects are named 科目20101 …). */
function own(r: CheckResult) {
  return r.findings.filter((f) => f.rule !== 'catalog');
}

function table(wb: WorkbookSnapshot, no: number): RecognizedTable {
  return recognize(wb).tables.find((t) => t.no === no)!;
}

/** The 表3 基本支出 cell of the first 项 with a figure there: sheet index, row, column, value (元). */
function basicCell(wb: WorkbookSnapshot) {
  const t3 = table(wb, 3);
  const panel = t3.panels[0];
  const i = panel.rows.findIndex((r, k) => r.level === 'subitem' && !panel.amount(k, 'basic')!.amount.value!.isZero());
  const cell = panel.amount(i, 'basic')!;
  return { sheet: wb.sheets.findIndex((s) => s.name === t3.sheet), row: cell.row, col: cell.col, value: cell.amount.value!, code: panel.rows[i].code };
}

describe('a 9-table 部门预算 in 元', () => {
  it('is recognised as national-budget-9: tables 1–9, in 元, 表7 in 万元 as its unit line says', () => {
    const r = recognize(base);
    expect(r.profile.id).toBe('national-budget-9');
    expect(r.tables.map((t) => [t.no, t.amountUnit])).toEqual([
      [1, '元'], [2, '元'], [3, '元'], [4, '元'], [5, '元'], [6, '元'], [7, '万元'], [8, '元'], [9, '元'],
    ]);
    expect(r.unrecognized).toEqual([]);
  });

  it('checks clean in 元, 表7 (万元) against 表6 (元) included', () => {
    expect(own(check(base))).toEqual([]);
  });

  it('finds a mistyped amount, in 元', () => {
    const c = basicCell(base);
    const typo = c.value.plus(9);
    const r = check(withCell(base, c.sheet, c.row, c.col, typo.toNumber()));
    const rowSum = own(r).find((f) => f.rule === 'row-sum' && f.row?.code === c.code)!;
    expect(rowSum).toMatchObject({ severity: 'error', table: 3, difference: '-9.00' });
    expect(r.findings.some((f) => f.rule === 'unit-slip')).toBe(false);
  });

  it('reports a 万元 figure typed into a 元 table as a unit slip at its cell', () => {
    const c = basicCell(base);
    const wan = c.value.div(10000);
    expect(wan.decimalPlaces()).toBeLessThanOrEqual(2);
    const r = check(withCell(base, c.sheet, c.row, c.col, wan.toNumber()));
    const slips = own(r).filter((f) => f.rule === 'unit-slip');
    const at = base.sheets[c.sheet].name;
    expect(slips.map((f) => [f.table, f.sheet, f.cell, f.actual, f.expected])).toEqual([[3, at, expect.any(String), wan.toFixed(2), c.value.toFixed(2)]]);
    expect(slips[0].severity).toBe('error');
    expect(slips[0].message).toContain('像是以万元填写');
    expect(slips[0].message).toContain('本表金额单位为元');
  });

  it('compares 表7 (万元) with 表6 (元) by converting exactly, and says so', () => {
    const t7 = table(base, 7);
    const cell = t7.panels[0].amount(0, 'operating')!;
    const sheet = base.sheets.findIndex((s) => s.name === t7.sheet);
    const r = check(withCell(base, sheet, cell.row, cell.col, 23.14));
    const f = own(r).find((x) => x.rule === 'cross-table')!;
    expect(f).toMatchObject({ severity: 'error', table: 7, actual: '23.14', expected: '23.13', difference: '0.01' });
    expect(f.message).toContain('表6以元计，已按 1 万元 = 10000 元换算为万元');
  });

  it('names a table whose figures are in 元 though its unit line says 万元', () => {
    const t7 = table(base, 7);
    const sheet = base.sheets.findIndex((s) => s.name === t7.sheet);
    let wb = base;
    for (const c of t7.panels[0].columns) {
      const cell = t7.panels[0].amount(0, c.key!)!;
      wb = withCell(wb, sheet, cell.row, cell.col, new Decimal(cell.amount.value!).times(10000).toNumber());
    }
    const slips = own(check(wb)).filter((f) => f.rule === 'unit-slip');
    expect(slips).toHaveLength(1);
    expect(slips[0]).toMatchObject({ table: 7, sheet: t7.sheet });
    expect(slips[0].message).toContain('相差正好 10000 倍：像是以元填写，而该表单位行写的是万元');
  });

  it('a 0.01 元 difference is a 尾数差异 in a 元 table printed to the 分', () => {
    const c = basicCell(base);
    const r = check(withCell(base, c.sheet, c.row, c.col, c.value.plus('0.01').toNumber()));
    const f = own(r).find((x) => x.rule === 'row-sum' && x.row?.code === c.code)!;
    expect(f).toMatchObject({ severity: 'warning', difference: '-0.01' });
  });
});

describe('its 情况说明 speaks 万元', () => {
  it('converts the 元 tables once, exactly; shares still add up to 100.00%', () => {
    const r = recognize(base);
    const total = r.tables.find((t) => t.no === 3)!.panels[0];
    const yuan = total.amount(total.rows.findIndex((x) => x.level === 'total'), 'total')!.amount.value!;
    const n = buildNarrative(base, r, readParameters(base));
    const three = n.sections.find((s) => s.heading.startsWith('三、'))!;
    const text = paragraphText(three.paragraphs[0]);
    expect(text).toContain(`支出预算${formatWan(yuan.div(10000))}万元`);
    const shares = [...text.matchAll(/占(\d+\.\d{2})%/g)].map((m) => new Decimal(m[1]));
    expect(shares.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe('100.00');
  });
});

function formatWan(d: Decimal): string {
  return d.toNumber().toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
