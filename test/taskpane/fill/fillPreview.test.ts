import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { MemoryGateway } from '../../../src/excel/memoryGateway';
import { fillBatch, fillPreview, fillSummary, fillValueText } from '../../../src/taskpane/fill/fillPreview';
import { blankTables, tableOf } from '../../domain/fill/blankTables';
import { trimmed } from '../../excel/gatewayContract';
import { seedWorkbook } from '../../support/seedWorkbook';

function setCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, v: CellValue): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === sheet ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((x, c) => (c === col ? v : x)) : r)) } : s)) };
}

describe('填充 preview and batch', () => {
  // Seed 000 with 表1/表4/表5 blanked and 表1's 本年收入合计 typed as 2900 (published 2911.06).
  const blanked = blankTables(seedWorkbook('000'), [1, 4, 5]);
  const t1 = tableOf(blanked, 1).sheet;
  const wb = setCell(blanked, t1, 36, 1, 2900);
  const rec = recognize(wb);
  const plan = planFill(wb, rec, builtinCatalog(2025));

  it('lists every write with target, value and reason, and the conflict with both values', () => {
    const p = fillPreview(plan);
    expect(p.writes).toHaveLength(plan.writes.length);
    const b7 = p.writes.find((w) => w.target === `${t1}!B7`)!;
    expect(b7.value).toBe('2,911.06');
    expect(b7.reason).not.toBe('');
    expect(p.conflicts).toEqual([expect.objectContaining({ target: `${t1}!B37`, current: '2,900.00', value: '2,911.06' })]);
  });

  it('writes the conflict only when ticked, and matches the engine applying the same plan', async () => {
    for (const accepted of [new Set<string>(), new Set([`${t1}!B37`])]) {
      const g = MemoryGateway.fromSnapshot(wb);
      const undo = await g.writeBatch(fillBatch(plan, accepted));
      const expected = applyPlanToSnapshot(wb, plan, (c) => accepted.has(`${c.sheet}!${c.address}`)).wb;
      const got = await g.readSnapshot();
      got.sheets.forEach((s, i) => expect(trimmed(s.values)).toEqual(trimmed(expected.sheets[i].values)));
      expect(got.sheets.find((s) => s.name === t1)!.values[36][1]).toBe(accepted.size ? 2911.06 : 2900);
      await g.restore(undo);
      (await g.readSnapshot()).sheets.forEach((s, i) => expect(trimmed(s.values)).toEqual(trimmed(wb.sheets[i].values)));
    }
    expect(fillSummary(plan, new Set([`${t1}!B37`]))).toBe(`将写入 ${plan.writes.length + 1} 个单元格，1 处冲突已选 1 处覆盖`);
  });

  it('shows values as the user reads them', () => {
    expect(fillValueText(2858.26)).toBe('2,858.26');
    expect(fillValueText(0.1 + 0.2)).toBe('0.30');
    expect(fillValueText('2080109')).toBe('2080109');
    expect(fillValueText(null)).toBe('（空）');
  });
});
