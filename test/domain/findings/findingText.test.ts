import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import { findingExplanation, sumOfParts } from '../../../src/domain/findings/findingText';
import type { Finding } from '../../../src/domain/findings/finding';
import { recognize } from '../../../src/domain/recognition/recognize';
import { cellOf } from '../../../src/domain/checks/selectCell';
import { parseAddress } from '../../../src/domain/workbook/a1';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';

/** What the pane's finding list and the CLI line say a check compared, on seed 000's real findings. */
const SEED = seedWorkbook('000');
const T3 = recognize(SEED).tables.find((t) => t.no === 3)!;
const T3_TOTAL = cellOf(T3, { panel: 'main', row: 'total', column: 'total' })!.cell.address;

function withT3Total(value: number): WorkbookSnapshot {
  const { row, col } = parseAddress(T3_TOTAL);
  return { ...SEED, sheets: SEED.sheets.map((s) => (s.name === T3.sheet ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)) } : s)) };
}

describe('findingExplanation', () => {
  const published = checkWorkbook(SEED).findings;

  it('a row sum: its parts as the tables print them, and the 尾数差异 note', () => {
    const f = published.find((x) => x.rule === 'row-sum' && x.table === 3 && x.row?.code === '208')!;
    expect(findingExplanation(f)).toBe('应为 基本支出 398.16 + 项目支出 2,460.09 = 2,858.25（尾数差异，在四舍五入允许范围内）');
    // The pane's badge already says 尾数差异.
    expect(findingExplanation(f, { roundingNote: false })).toBe('应为 基本支出 398.16 + 项目支出 2,460.09 = 2,858.25');
  });

  it('a parent subject: the parts are its 下级科目', () => {
    const f = published.find((x) => x.rule === 'subject-hierarchy' && x.table === 2 && x.row?.code === '20805' && x.column === '合计')!;
    expect(findingExplanation(f)).toBe(
      '应为 下级科目 2080502 事业单位离退休 16.01 + 2080505 机关事业单位基本养老保险缴费支出 42.12 + 2080506 机关事业单位职业年金缴费支出 194.23 = 252.36（尾数差异，在四舍五入允许范围内）',
    );
  });

  it('an identity between tables: the other table’s figure with its cell, an error without the note', () => {
    const f = checkWorkbook(withT3Total(2918.06)).findings.find((x) => x.rule === 'cross-table' && x.table === 1 && x.severity === 'error')!;
    const text = findingExplanation(f);
    expect(text).toMatch(/^表间关系“表1 .+ = 表3 .+”：应为 /);
    expect(text).toContain(`2,918.06（${T3.sheet}!${T3_TOTAL}）`);
    expect(text).not.toContain('尾数差异');
  });

  it('a finding without detail says its message', () => {
    const f: Finding = { severity: 'warning', rule: 'narrative-placeholder', table: null, sheet: null, cell: null, row: null, column: null, expected: null, actual: null, difference: null, message: '情况说明中仍有【请填写…】' };
    expect(findingExplanation(f)).toBe('情况说明中仍有【请填写…】');
  });

  it('more than six parts are counted, not listed', () => {
    const parts = Array.from({ length: 7 }, (_, i) => ({ label: `项${i + 1}`, value: '1.00' }));
    expect(sumOfParts(parts, '7.00', '下级科目')).toBe('下级科目 7 项之和 7.00');
    expect(sumOfParts(parts.slice(0, 2), '2.00')).toBe('项1 1.00 + 项2 1.00 = 2.00');
  });
});
