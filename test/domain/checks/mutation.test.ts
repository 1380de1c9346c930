import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook, type SeedId } from '../../support/seedWorkbook';

/**
 * Mutation tests: change any one printed amount of a seed by a delta no rounding explains, and
 * the checks must report an error at that table naming the cell (or its row or column).
 */
function withCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => r.slice());
      values[row][col] = value;
      return { ...s, values };
    }),
  };
}

describe.each(['000', '001', '002', '004'] as const)('seed %s', (id: SeedId) => {
  const wb = seedWorkbook(id);
  const base = checkWorkbook(wb);
  const cells: { table: number; sheet: string; row: number; col: number; address: string; value: number; rowName: string; column: string }[] = [];
  for (const t of base.recognition.tables) {
    for (const p of t.panels) {
      p.rows.forEach((row, i) => {
        for (const c of p.columns) {
          if (!c.key) continue;
          const cell = p.amount(i, c.key);
          const v = cell?.amount.value;
          if (!cell || cell.amount.state !== 'amount' || !v || v.isZero() || !t.form.panels.some((d) => d.columns.some((x) => x.key === c.key && x.type === 'amount'))) continue;
          cells.push({ table: t.no, sheet: t.sheet, row: cell.row, col: cell.col, address: cell.address, value: v.toNumber(), rowName: row.name, column: c.label });
        }
      });
    }
  }

  it('has amounts to mutate', () => {
    expect(cells.length).toBeGreaterThan(30);
  });

  it.each([7, -0.5])('every amount changed by %d is an error at its table naming the cell', (delta) => {
    const missed: string[] = [];
    for (const c of cells) {
      const result = checkWorkbook(withCell(wb, c.sheet, c.row, c.col, Number((c.value + delta).toFixed(2))));
      const hit = result.findings.some(
        (f) =>
          f.severity === 'error' &&
          (f.cells ?? []).some((x) => x.sheet === c.sheet && x.address === c.address) &&
          (f.table === c.table || f.rule === 'cross-table'),
      );
      if (!hit) missed.push(`表${c.table} ${c.sheet}!${c.address} ${c.rowName}/${c.column}`);
    }
    expect(missed).toEqual([]);
  });
});
