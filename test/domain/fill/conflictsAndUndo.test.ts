import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot, undoPlan } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { blankTables, tableOf } from './blankTables';

function plan(wb: WorkbookSnapshot) {
  const rec = recognize(wb);
  return planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
}

function setCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, v: CellValue): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => (s.name === sheet ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((x, c) => (c === col ? v : x)) : r)) } : s)),
  };
}

describe('fill never overwrites a figure that differs', () => {
  it('turns a mistyped published 表1 figure into a conflict, not a write', () => {
    const published = seedWorkbook('000');
    const t1 = tableOf(published, 1).sheet;
    // 表1 八、社会保障和就业支出 2025年合计: published 2858.26, typed as 2858.00.
    const wb = setCell(published, t1, 13, 3, 2858);
    const p = plan(wb);
    expect(p.conflicts).toEqual([
      expect.objectContaining({ sheet: t1, address: 'D14', value: 2858.26, previous: 2858, current: 2858, reason: '由表3 208 社会保障和就业支出 合计推算' }),
    ]);
    // Said in the tables' words: the cell's table, row and column, and the cell it repeats.
    expect(p.conflicts[0].target).toEqual({ table: '表1', sheet: t1, address: 'D14', row: { code: '208', name: '八、社会保障和就业支出' }, column: '2025年合计' });
    expect(p.conflicts[0].sources).toEqual([
      { table: '表3', sheet: tableOf(published, 3).sheet, address: 'C7', row: { code: '208', name: '社会保障和就业支出' }, column: '合计', value: '2858.26' },
    ]);
    expect(p.writes.filter((w) => w.sheet === t1 && w.address === 'D14')).toEqual([]);
    // The published workbook is complete: nothing else to write, and applying changes nothing.
    expect(p.writes).toEqual([]);
    expect(applyPlanToSnapshot(wb, p).wb).toEqual(wb);
  });

  it('in a half-filled 表1, writes the blanks around a differing figure and keeps the figure', () => {
    const blanked = blankTables(seedWorkbook('000'), [1]);
    const t1 = tableOf(blanked, 1).sheet;
    const wb = setCell(blanked, t1, 36, 1, 2900); // 本年收入合计 typed as 2900.00
    const p = plan(wb);
    expect(p.conflicts.map((c) => [c.address, c.current, c.value])).toEqual([['B37', 2900, 2911.06]]);
    const applied = applyPlanToSnapshot(wb, p).wb;
    expect(applied.sheets.find((s) => s.name === t1)!.values[36][1]).toBe(2900);
    expect(applied.sheets.find((s) => s.name === t1)!.values[6][1]).toBe(2911.06);
    // 收入总计 rests on the disputed 本年收入合计, so it is not derived.
    expect(p.writes.some((w) => w.sheet === t1 && w.address === 'B39')).toBe(false);
    // Accepting the conflict writes the derived figure.
    const accepted = applyPlanToSnapshot(wb, p, (c) => c.address === 'B37').wb;
    expect(accepted.sheets.find((s) => s.name === t1)!.values[36][1]).toBe(2911.06);
  });
});

describe('撤销 restores the workbook exactly', () => {
  it.each(['000', '001', '004'] as const)('seed %s with 表1, 表4, 表5 blanked', (id) => {
    const wb = blankTables(seedWorkbook(id), [1, 4, 5]);
    const p = plan(wb);
    expect(p.writes.length).toBeGreaterThan(10);
    const { wb: applied, undo } = applyPlanToSnapshot(wb, p, () => true);
    expect(applied).not.toEqual(wb);
    expect(undoPlan(applied, undo)).toEqual(wb);
  });

  it('including inserted rows and a conflict the user accepted', () => {
    const published = seedWorkbook('000');
    const t3 = tableOf(published, 3).sheet;
    const t1 = tableOf(published, 1).sheet;
    let wb: WorkbookSnapshot = {
      ...published,
      sheets: published.sheets.map((s) => (s.name === t3 ? { ...s, values: s.values.filter((_, i) => i !== 7) } : s)),
    };
    wb = setCell(wb, t1, 13, 3, 2858);
    const p = plan(wb);
    expect(p.insertions).toHaveLength(1);
    expect(p.conflicts).toHaveLength(1);
    const { wb: applied, undo } = applyPlanToSnapshot(wb, p, () => true);
    expect(applied.sheets.find((s) => s.name === t1)!.values[13][3]).toBe(2858.26);
    expect(undoPlan(applied, undo)).toEqual(wb);
  });
});
