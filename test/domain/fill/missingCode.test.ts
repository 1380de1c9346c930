import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';

/**
 * Issue 12 item 5: seed 000 on one sheet with 表5's "221" (A146) blanked. The row is still 221
 * 住房保障支出, found by its name: check says the code is missing at that cell, and fill does not
 * insert a second 221 row (which made the filled file fail check with 3 errors).
 */
const published = seedWorkbook('000', { layout: 'oneSheet' });
const A146 = { row: 145, col: 0 };

function withoutCode(wb: WorkbookSnapshot): WorkbookSnapshot {
  const values = wb.sheets[0].values.map((r) => r.slice());
  values[A146.row][A146.col] = null;
  return { ...wb, sheets: [{ ...wb.sheets[0], values }] };
}

const errorKeys = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

describe('a 类 row whose code cell is empty', () => {
  const wb = withoutCode(published);

  it('is the row the issue names: 表5 221 住房保障支出', () => {
    expect(published.sheets[0].values[A146.row].slice(0, 2)).toEqual(['221', '住房保障支出']);
    expect(recognize(published).tables.find((t) => t.no === 5)!.panels[0].rows.some((r) => r.row === A146.row && r.code === '221')).toBe(true);
  });

  it('check reports the missing code at that cell, and nothing else new', () => {
    const before = errorKeys(checkWorkbook(published).findings);
    const found = checkWorkbook(wb).findings;
    const fresh = found.filter((f) => f.severity === 'error' && !before.includes(`${f.rule} ${f.sheet}!${f.cell}`));
    expect(fresh.map((f) => [f.rule, f.table, f.cell])).toEqual([['subject-code', 5, 'A146']]);
    expect(fresh[0].message).toContain('221');
    expect(fresh[0].message).toContain('住房保障支出');
  });

  it('fill inserts no second 221 row, and the filled workbook fails check nowhere the input did not', () => {
    const rec = recognize(wb);
    const plan = planFill(wb, rec, builtinCatalog(2025));
    expect(plan.insertions).toEqual([]);
    const filled = applyPlanToSnapshot(wb, plan).wb;
    const before = new Set(errorKeys(checkWorkbook(wb).findings));
    expect(errorKeys(checkWorkbook(filled).findings).filter((k) => !before.has(k))).toEqual([]);
  });
});

describe('a table missing one of a row sum’s columns', () => {
  it('fill derives no total over the missing column and does not crash (found by the fuzz test)', () => {
    // 表3 without its 基本支出 column and with 合计 blank: 合计 = 基本支出 + 项目支出 cannot be derived.
    const wb = seedWorkbook('000');
    const cutRow = (r: readonly CellValue[], i: number) => r.filter((_, c) => c !== 3).map((v, c) => (c === 2 && i >= 6 ? null : v));
    const sheets = wb.sheets.map((s) => (s.name === 'Sheet3' ? { ...s, values: s.values.map(cutRow) } : s));
    const cut = { ...wb, sheets };
    const rec = recognize(cut);
    expect(rec.tables.find((t) => t.sheet === 'Sheet3')!.panels[0].columns.some((c) => c.key === 'basic')).toBe(false);
    const plan = planFill(cut, rec, builtinCatalog(2025));
    expect(plan.writes.filter((w) => w.sheet === 'Sheet3')).toEqual([]);
  });
});
