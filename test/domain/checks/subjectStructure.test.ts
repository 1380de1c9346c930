import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';

/** 表3 of seed 000 edited the ways people break a code hierarchy. */
const seed = seedWorkbook('000');
const t3 = recognize(seed).tables.find((t) => t.no === 3)!;
const rowOf = (code: string) => t3.panels[0].rows.find((r) => r.code === code)!.row;

function editT3(edit: (rows: CellValue[][]) => CellValue[][]): WorkbookSnapshot {
  return { sheets: seed.sheets.map((s) => (s.name === t3.sheet ? { ...s, values: edit(s.values.map((r) => [...r])) } : s)) };
}
const findingsOf = (wb: WorkbookSnapshot, rule: string) => checkWorkbook(wb).findings.filter((f) => f.rule === rule && f.table === 3);

describe('subject structure in 表3', () => {
  it('a 项 whose 款 row was deleted: 缺少上级科目, at the 项 row', () => {
    const wb = editT3((rows) => rows.filter((_, i) => i !== rowOf('20801')));
    const f = findingsOf(wb, 'subject-hierarchy').filter((x) => x.message.includes('缺少上级科目'));
    expect(f.map((x) => [x.severity, x.row?.code, x.cell])).toEqual([['error', '2080109', `A${rowOf('20801') + 1}`]]);
    expect(f[0].message).toContain('缺少上级科目 20801 行');
  });

  it('a code printed twice: 重复出现, naming where it first stands', () => {
    const wb = editT3((rows) => [...rows.slice(0, rowOf('221') + 1), rows[rowOf('210')], ...rows.slice(rowOf('221') + 1)]);
    const f = findingsOf(wb, 'subject-hierarchy').filter((x) => x.message.includes('重复'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(`第一次在第 ${rowOf('210') + 1} 行`);
  });

  it('a code out of order is a 提示, a code of the wrong length an 错误', () => {
    const swapped = editT3((rows) => {
      const a = rowOf('210');
      const b = rowOf('221');
      [rows[a], rows[b]] = [rows[b], rows[a]];
      return rows;
    });
    expect(findingsOf(swapped, 'subject-code').some((x) => x.severity === 'warning' && x.message.includes('编码顺序'))).toBe(true);
    const wrong = editT3((rows) => {
      rows[rowOf('2101102')][0] = '210111';
      return rows;
    });
    const f = findingsOf(wrong, 'subject-code').filter((x) => x.severity === 'error');
    expect(f.map((x) => x.row?.code)).toEqual(['210111']);
  });
});
