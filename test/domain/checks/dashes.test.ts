import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';

/**
 * A dash in an amount cell means "nothing" (zero) wherever the form lets the cell hold an amount:
 * it takes part in every sum like a blank. Only cells the form declares not applicable read as n/a.
 */
function withCell(wb: WorkbookSnapshot, sheet: string, address: { row: number; col: number }, value: CellValue): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => r.slice());
      values[address.row][address.col] = value;
      return { ...s, values };
    }),
  };
}

/** What a finding says, without its wording: the same errors at the same cells with the same figures. */
function essence(f: Finding): string {
  return [f.severity, f.rule, f.table, f.sheet, f.cell, f.expected, f.actual, f.difference].join('|');
}

describe('a dash in an amount cell', () => {
  const wb = seedWorkbook('000');
  // 表3 208 社会保障和就业支出, 基本支出 398.16 (D7 in this layout: the D6 had no label line).
  const d6 = { row: 6, col: 3 };

  it('the cell under test holds 398.16 in 表3', () => {
    const sheet = wb.sheets.find((s) => s.name === 'Sheet3')!;
    expect(sheet.values[d6.row][d6.col]).toBe(398.16);
    expect(sheet.values[d6.row][0]).toBe('208');
    expect(checkWorkbook(wb).recognition.tables.find((t) => t.sheet === 'Sheet3')?.no).toBe(3);
  });

  const blank = checkWorkbook(withCell(wb, 'Sheet3', d6, null)).findings.filter((f) => f.severity === 'error').map(essence);

  it('a blank there gives errors', () => {
    expect(blank.length).toBeGreaterThanOrEqual(3);
  });

  it.each(['—', '-', '——', '－', '–', '―', ' — ', '————'])('%s gives the same errors as a blank cell', (dash) => {
    const errors = checkWorkbook(withCell(wb, 'Sheet3', d6, dash)).findings.filter((f) => f.severity === 'error').map(essence);
    expect(errors).toEqual(blank);
  });
});

describe('a dash where the form allows no figure (公开06表 基本建设)', () => {
  const wb = seedWorkbook('004');
  const base = checkWorkbook(wb);
  const t06 = base.recognition.tables.find((t) => t.kind === 'final' && t.no === 6)!;
  const at = (panel: string, row: string) => {
    const p = t06.panels.find((x) => x.key === panel)!;
    const i = p.rows.findIndex((r) => r.key === row);
    return p.amount(i, p.columns.find((c) => c.key && c.key !== 'code' && c.key !== 'name')!.key!)!;
  };

  it('reads as not applicable', () => {
    expect(at('public-2', 'e-309').amount.state).toBe('na');
  });

  it('adds nothing to 公用经费合计, which is still compared', () => {
    const total = at('public-3', 'public-total');
    expect(total.amount.state).toBe('amount');
    const changed = withCell(wb, t06.sheet, total, total.amount.value!.plus(7).toNumber());
    const hit = checkWorkbook(changed).findings.filter((f) => f.rule === 'column-sum' && f.cell === total.address);
    expect(hit.map((f) => [f.severity, f.difference])).toEqual([['error', '7.00']]);
  });
});
