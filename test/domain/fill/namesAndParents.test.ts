import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { blankTables, tableOf } from './blankTables';

function plan(wb: WorkbookSnapshot) {
  const rec = recognize(wb);
  return planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
}

function editSheet(wb: WorkbookSnapshot, sheet: string, f: (values: CellValue[][]) => CellValue[][]): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === sheet ? { ...s, values: f(s.values.map((r) => [...r])) } : s)) };
}

describe('names from codes', () => {
  const published = seedWorkbook('000');
  const t3 = tableOf(published, 3).sheet;

  it('fills a blank name from the year’s catalog', () => {
    const wb = editSheet(published, t3, (v) => {
      v[8][1] = null; // 2080109 社会保险经办机构
      v[16][1] = null; // 21011 行政事业单位医疗
      return v;
    });
    const p = plan(wb);
    const names = p.writes.filter((w) => w.sheet === t3).map((w) => [w.address, w.value, w.previous]);
    expect(names).toEqual([
      ['B9', '社会保险经办机构', null],
      ['B17', '行政事业单位医疗', null],
    ]);
    expect(p.writes.find((w) => w.address === 'B9')!.reason).toBe('科目名称取自2025年内置科目表（2080109）');
    expect(applyPlanToSnapshot(wb, p).wb).toEqual(published);
  });

  it('leaves a differing name alone and reports it as a conflict', () => {
    const wb = editSheet(published, t3, (v) => {
      v[8][1] = '社保经办';
      return v;
    });
    const p = plan(wb);
    expect(p.writes).toEqual([]);
    expect(p.conflicts).toEqual([expect.objectContaining({ sheet: t3, address: 'B9', current: '社保经办', value: '社会保险经办机构' })]);
  });

  it('says so when a blank name’s code is not in the catalog', () => {
    const wb = editSheet(published, t3, (v) => {
      v[8][0] = '2080198';
      v[8][1] = null;
      return v;
    });
    const p = plan(wb);
    expect(p.writes.filter((w) => w.sheet === t3)).toEqual([]);
    const notes = p.notes.filter((n) => n.table === 3);
    expect(notes).toEqual([expect.objectContaining({ severity: 'info', rule: 'fill', table: 3, cell: 'B9' })]);
    expect(notes[0].message).toContain('2080198');
    // 表5 is complete: that it lacks the row is for the checks to say, not fill.
    expect(p.notes.filter((n) => n.table === 5)).toEqual([]);
  });
});

describe('missing parent rows', () => {
  const published = seedWorkbook('000');
  const t3 = tableOf(published, 3).sheet;

  it('inserts 20801 above 2080109 in 表3 with its sums, giving back the published table', () => {
    const wb = editSheet(published, t3, (v) => v.filter((_, i) => i !== 7));
    const p = plan(wb);
    expect(p.insertions).toEqual([
      {
        sheet: t3,
        beforeRow: 7,
        values: ['20801', '人力资源和社会保障管理事务', 1506.16, 318.97, 1187.2],
        reason: '表3 缺少上级科目 20801 人力资源和社会保障管理事务：按下级科目 2080109 合计插入',
      },
    ]);
    expect(p.conflicts).toEqual([]);
    expect(p.writes).toEqual([]);
    const applied = applyPlanToSnapshot(wb, p).wb;
    expect(applied.sheets.find((s) => s.name === t3)!.values).toEqual(published.sheets.find((s) => s.name === t3)!.values);
  });

  it('inserts a missing 类 and 款 in code order, the 类 summing its 款', () => {
    // Remove 210 卫生健康支出 and 21011 行政事业单位医疗: only 2101102 事业单位医疗 17.11 is left.
    const wb = editSheet(published, t3, (v) => v.filter((_, i) => i !== 15 && i !== 16));
    const p = plan(wb);
    expect(p.insertions.map((i) => [i.beforeRow, i.values[0], i.values[2]])).toEqual([
      // Both go before the 项 row; listed bottom-up because each is inserted at the same index.
      [15, '21011', 17.11],
      [15, '210', 17.11],
    ]);
    const applied = applyPlanToSnapshot(wb, p).wb;
    expect(applied.sheets.find((s) => s.name === t3)!.values).toEqual(published.sheets.find((s) => s.name === t3)!.values);
  });

  it('moves writes below an insertion to their rows after insertion', () => {
    const wb = editSheet(published, t3, (v) => {
      v[12][1] = null; // 2080506's name, below the removed 20801
      return v.filter((_, i) => i !== 7);
    });
    const p = plan(wb);
    expect(p.writes.map((w) => [w.address, w.value])).toEqual([['B13', '机关事业单位职业年金缴费支出']]);
    expect(applyPlanToSnapshot(wb, p).wb.sheets.find((s) => s.name === t3)!.values).toEqual(
      published.sheets.find((s) => s.name === t3)!.values,
    );
  });
});

describe('表5 with too few blank rows', () => {
  it('uses the blank rows under 合计 and inserts the rest', () => {
    const published = seedWorkbook('000');
    const blanked = blankTables(published, [5]);
    const t5 = tableOf(blanked, 5).sheet;
    const wb = editSheet(blanked, t5, (v) => v.slice(0, 10)); // 合计 line + 4 blank rows; 15 rows to write
    const p = plan(wb);
    expect(p.insertions).toHaveLength(11);
    expect(p.insertions.every((i) => i.beforeRow === 10)).toBe(true);
    const applied = applyPlanToSnapshot(wb, p).wb;
    expect(applied.sheets.find((s) => s.name === t5)!.values).toEqual(published.sheets.find((s) => s.name === t5)!.values);
  });
});
