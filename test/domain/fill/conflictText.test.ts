import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { planFill } from '../../../src/domain/fill/planFill';
import { conflictSentence, writeSentence } from '../../../src/domain/fill/fillText';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { parseAddress } from '../../../src/domain/workbook/a1';
import { seedWorkbook } from '../../support/seedWorkbook';
import { blankTables, tableOf } from './blankTables';
import { blankAmounts } from './blankAmounts';

function setCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, v: CellValue): WorkbookSnapshot {
  return { ...wb, sheets: wb.sheets.map((s) => (s.name === sheet ? { ...s, values: s.values.map((r, i) => (i === row ? r.map((x, c) => (c === col ? v : x)) : r)) } : s)) };
}

function plan(wb: WorkbookSnapshot) {
  const rec = recognize(wb);
  return planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
}

/** Issue 18 item 7: a conflict is a sentence in the tables' words; a figure that is itself wrong is not spread. */
describe('填充 conflicts in the tables’ words (seed 000)', () => {
  it('names table, row (code and name), column, both values and the difference', () => {
    const published = seedWorkbook('000');
    // 表1 八、社会保障和就业支出 2025年合计: published 2858.26, typed as 2858.00.
    const wb = setCell(published, tableOf(published, 1).sheet, 13, 3, 2858);
    expect(plan(wb).conflicts.map(conflictSentence)).toEqual([
      '表1 208 八、社会保障和就业支出 行“2025年合计”列：实为 2,858.00，按表3 208 社会保障和就业支出 行“合计”列应为 2,858.26，差额 -0.26',
    ]);
  });

  it('names a total row by its own name and says the condition a copy rests on', () => {
    const wb = blankTables(seedWorkbook('000'), [1]);
    const writes = plan(wb).writes.map(writeSentence);
    expect(writes).toContain('表1 本年支出合计 行“2025年合计”列填 2,911.06，按表3 合计 行“合计”列');
    expect(writes).toContain('表1 本年支出合计 行“当年预算安排”列填 2,911.06，按表3 合计 行“合计”列（表2 无上年结转）');
  });
});

describe('a 表3 合计 overtyped (2,911.06 → 2,999.99) is not offered to 表1 and 表4', () => {
  const published = seedWorkbook('000');
  const t3 = tableOf(published, 3);
  const total = t3.panels[0].amount(0, 'total')!;
  const wb = setCell(published, t3.sheet, total.row, total.col, 2999.99);
  const p = plan(wb);

  it('offers no conflict and no write carrying the wrong figure', () => {
    expect([...p.conflicts, ...p.writes].filter((w) => w.value === 2999.99)).toEqual([]);
    expect(applyPlanToSnapshot(wb, p, () => true).wb).toEqual(wb);
  });

  it('holds the source back, naming the cells it would have filled and the error it is part of', () => {
    expect(p.heldBack).toHaveLength(1);
    const held = p.heldBack![0];
    expect(`${held.source.sheet}!${held.source.address}`).toBe(`${t3.sheet}!${total.address}`);
    expect(held.targets.map((t) => `${t.table} ${t.row?.name} ${t.column}`)).toEqual([
      '表1 本年支出合计 2025年合计',
      '表1 本年支出合计 当年预算安排',
      '表4 本年支出合计 小计',
      '表4 本年支出合计 一般公共预算',
    ]);
    expect(held.error.severity).toBe('error');
    expect(held.note.message).toMatch(/^未将表3 合计 行“合计”列（Sheet\d+!C6）的 2,999\.99 填入表1、表4（4 个单元格）：这个数本身有错误——/);
    expect(held.note.message).toContain('基本支出 450.96 + 项目支出 2,460.09 = 2,911.05');
    expect(p.notes).toContain(held.note);
  });
});

describe('a blank summary table is not evidence against its source (seed 004, 公开01/04/05 blanked)', () => {
  it('holds nothing back', () => {
    expect(plan(blankTables(seedWorkbook('004'), [1, 4, 5])).heldBack ?? []).toEqual([]);
  });
});

describe('公开04表 支出 lines name the 公开05表 cell they copy (seed 004)', () => {
  const lines = (wb: WorkbookSnapshot) => {
    const p = plan(wb);
    const t4 = tableOf(wb, 4);
    const expenseCols = t4.panels[1].columns.filter((c) => c.key === 'total' || c.key === 'gpb').map((c) => c.col);
    const onExpense = p.writes.filter((w) => w.sheet === t4.sheet && w.target?.row && expenseCols.includes(parseAddress(w.address).col));
    return { p, onExpense };
  };

  it.each([
    ['as printed', [4]],
    ['as fill plans it from 公开03表', [4, 5]],
  ])('公开05表 %s', (_how, nos) => {
    const wb = blankAmounts(seedWorkbook('004'), nos);
    const { p, onExpense } = lines(wb);
    const t5 = tableOf(wb, 5);
    expect(onExpense.length).toBe(8); // 208, 210, 221 and 本年支出合计, in 合计 and 一般公共预算财政拨款
    for (const w of onExpense) {
      expect(w.sources).toHaveLength(1);
      const s = w.sources![0];
      expect([s.table, s.sheet, s.row?.code ?? null]).toEqual(['公开05表', t5.sheet, w.target!.row!.code]);
      expect(Number(s.value)).toBe(w.value);
      // A planned 公开05表 cell is cited with the figure fill writes there.
      if (nos.includes(5)) expect(p.writes.find((x) => x.sheet === s.sheet && x.address === s.address)?.value).toBe(w.value);
    }
    expect(onExpense.map(writeSentence)).toContain('公开04表 208 八、社会保障和就业支出 行“合计”列填 3,895.18，按公开05表 208 社会保障和就业支出 行“小计”列（财政拨款全部为一般公共预算）');
  });
});
