import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { seedWorkbook } from '../../support/seedWorkbook';
import { withCell } from '../../support/withCell';


describe('findings on total rows name the row', () => {
  const wb = seedWorkbook('000');
  const t3 = checkWorkbook(wb).recognition.tables.find((t) => t.no === 3)!;
  const result = checkWorkbook(withCell(wb, t3.sheet, 'C6', 2918.06));

  it('表1 本年支出合计 against 表3 合计: the finding on 表1 D37 says 本年支出合计, as JSON and every surface read it', () => {
    const f = result.findings.find((x) => x.rule === 'cross-table' && x.table === 1)!;
    expect(f.cell).toBe('D37');
    expect(f.row).toEqual({ code: null, name: '本年支出合计' });
    expect(f.message).toContain('实为 ');
    expect(f.message).toContain('，应为 ');
    expect(f.message).toContain('，差额 -7.00');
  });

  it('every finding with figures names its row: 表2 合计 and 表1 本年支出合计 as well as the subject rows', () => {
    const figures = result.findings.filter((x) => x.cell !== null && x.expected !== null);
    expect(figures.filter((x) => x.rule === 'cross-table').map((x) => [x.table, x.cell, x.row?.name])).toEqual([
      [1, 'D37', '本年支出合计'],
      [2, 'C6', '合计'],
    ]);
    for (const f of figures) expect(f.row?.name).toBeTruthy();
  });
});
