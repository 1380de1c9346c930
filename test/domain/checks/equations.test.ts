import Decimal from 'decimal.js';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { equationCells, tableOf } from '../../../src/domain/checks/equation';
import { seedWorkbook } from '../../support/seedWorkbook';
import { withCell } from '../../support/mutants';

/**
 * Every identity a check evaluates is in the result as data (CheckResult.equations): the held ones
 * as well as the broken, each with all its cells, blank ones included. A finding of a sum or a
 * cross-table identity points at its equation.
 */
describe('seed 000: the identities the checks evaluated', () => {
  const result = checkWorkbook(seedWorkbook('000'));
  const equations = result.equations ?? [];
  const t3 = result.recognition.tables.find((t) => t.no === 3)!;
  const cellsOf = (side: readonly { address: string }[]) => side.map((c) => c.address);

  it('keeps those that hold: 表3’s row sums, one per row, each 合计 = 基本支出 + 项目支出', () => {
    const rows = equations.filter((e) => e.rule === 'row-sum' && e.table === t3);
    expect(rows).toHaveLength(t3.panels[0].rows.length);
    const r210 = rows.find((e) => e.cells[0].address === 'C10')!;
    expect([cellsOf(r210.cells), r210.leftCount]).toEqual([['C10', 'D10', 'E10'], 1]);
    expect(rows.filter((e) => e.residual.isZero()).length).toBeGreaterThan(rows.length / 2);
  });

  it('lists blank parts too: 表2’s row sums cover every source column, typed or not', () => {
    const t2 = result.recognition.tables.find((t) => t.no === 2)!;
    const row = equations.find((e) => e.rule === 'row-sum' && e.table === t2)!;
    const parts = row.cells.slice(row.leftCount);
    expect(parts.length).toBe(t2.form.panels[0].rowSums![0].parts.length);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.some((c) => c.amount.state === 'empty')).toBe(true);
  });

  it('gives a cross-table identity both sides with their tables', () => {
    const e = equations.find((x) => x.rule === 'cross-table' && x.table.no === 1 && tableOf(x, x.cells[1]).no === 3 && x.cells[1].address === 'C6')!;
    expect(equationCells(e).map((c) => [c.table.no, c.cell.address, c.k])).toEqual([[1, e.cells[0].address, 1], [3, 'C6', -1]]);
    expect(e.bound.toFixed(3)).toBe('0.010');
  });

  it('each finding of a sum or identity points at its equation, whose residual is its difference', () => {
    const compared = result.findings.filter((f) => f.detail?.kind === 'sum' || f.detail?.kind === 'identity');
    expect(compared.length).toBeGreaterThan(10);
    for (const f of compared) {
      const d = f.detail!;
      if (d.kind !== 'sum' && d.kind !== 'identity') continue;
      const e = equations[d.equation!];
      expect(e.rule).toBe(f.rule);
      expect(e.residual.toFixed(2)).toBe(new Decimal(f.difference!).toFixed(2));
      expect(e.cells[0].address).toBe(f.cell);
    }
  });

  it('a mistyped figure breaks exactly the identities that hold it', () => {
    const m = checkWorkbook(withCell(seedWorkbook('000'), t3.sheet, 6, 4, 2467.09));
    const holding = (m.equations ?? []).filter((e) => equationCells(e).some((c) => c.table.sheet === t3.sheet && c.cell.address === 'E7'));
    expect(holding.map((e) => e.rule).sort()).toEqual(['column-sum', 'row-sum', 'subject-hierarchy']);
    expect(holding.every((e) => e.residual.abs().gt(e.bound))).toBe(true);
  });
});
