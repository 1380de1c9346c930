import { builtinCatalog } from '../../../src/domain/catalog/builtinCatalog';
import { checkWorkbook } from '../../../src/domain/checks/checkWorkbook';
import type { Finding } from '../../../src/domain/findings/finding';
import { planFill } from '../../../src/domain/fill/planFill';
import { applyPlanToSnapshot } from '../../../src/domain/fill/undo';
import { recognize } from '../../../src/domain/recognition/recognize';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';
import { blankTables, tableOf } from './blankTables';
import { differingCells } from './compareTables';

function fill(wb: WorkbookSnapshot) {
  const rec = recognize(wb);
  const plan = planFill(wb, rec, builtinCatalog(rec.year ?? 2025));
  return { plan, filled: applyPlanToSnapshot(wb, plan).wb };
}

const key = (f: Finding) => `${f.severity}|${f.rule}|${f.table}|${f.cell}|${f.message}`;
function newFindings(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const old = new Set(checkWorkbook(before).findings.map(key));
  return checkWorkbook(after).findings.map(key).filter((k) => !old.has(k));
}

describe('fill recreates the summary tables of a 预算 (seed 000)', () => {
  const published = seedWorkbook('000');
  const blanked = blankTables(published, [1, 4, 5]);
  const { plan, filled } = fill(blanked);

  it('starts from tables that really are blank', () => {
    expect(differingCells(published, blanked, [1, 4, 5]).length).toBeGreaterThan(90);
    expect(tableOf(blanked, 5).panels[0].rows.filter((r) => r.code)).toHaveLength(0);
  });

  it('writes 表1, 表4 and 表5 equal to the published ones, cell by cell, with nothing left to guess', () => {
    expect(differingCells(published, filled, [1, 4, 5])).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(plan.insertions).toEqual([]); // 表5 has its 15 blank rows under 合计
  });

  it('gives each write its previous value and a reason naming the source', () => {
    const w = plan.writes.find((x) => x.sheet === tableOf(blanked, 1).sheet && x.address === 'D14')!;
    expect(w).toMatchObject({ value: 2858.26, previous: null });
    expect(w.reason).toBe('由表3 208 社会保障和就业支出 合计推算');
    const code = plan.writes.find((x) => x.sheet === tableOf(blanked, 5).sheet && x.address === 'A9')!;
    expect(code.value).toBe('2080109');
  });

  it('leaves the checks with nothing new to report', () => {
    expect(newFindings(published, filled)).toEqual([]);
  });
});

describe('seed 001: 上年结转 72.48 makes part of 表4 and 表5 a matter of input', () => {
  const published = seedWorkbook('001');
  const blanked = blankTables(published, [1, 4, 5]);
  const { plan, filled } = fill(blanked);

  it('recreates 表1 including the 当年/上年结转 split, from 表2 by 类', () => {
    expect(differingCells(published, filled, [1])).toEqual([]);
  });

  it('writes 表4 only for 类 funded by 一般公共预算 alone and says what is missing for the rest', () => {
    const t4 = tableOf(blanked, 4).sheet;
    const diff = differingCells(published, filled, [4]);
    // 208 and 210 have 上年结转 (68.00, 4.48) whose source 表2 does not give; 结转 lines and totals wait for them.
    expect(diff.map((d) => d.split(':')[0])).toEqual(
      [`${t4}!D14`, `${t4}!E14`, `${t4}!D16`, `${t4}!E16`, `${t4}!D37`, `${t4}!E37`, `${t4}!B38`, `${t4}!B39`, `${t4}!B42`, `${t4}!D42`, `${t4}!E42`],
    );
    expect(filled.sheets.find((s) => s.name === t4)!.values[18][4]).toBe(59); // 213 农林水支出
    const messages = plan.notes.filter((n) => n.table === 4).map((n) => n.message);
    expect(messages.some((m) => m.includes('上年结转 72.48') && m.includes('请手工填写'))).toBe(true);
    expect(messages.some((m) => m.includes('208 社会保障和就业支出、210 卫生健康支出'))).toBe(true);
  });

  it('recreates 表5 row by row: rows with 上年结转 from 表2, 208/210 and 合计 from their children, 2101599 (结转 only) left out', () => {
    const t5 = tableOf(blanked, 5).sheet;
    expect(differingCells(published, filled, [5])).toEqual([]);
    expect(plan.notes.filter((n) => n.table === 5)).toEqual([]);
    const w = plan.writes.find((x) => x.sheet === t5 && x.address === 'E15')!; // 2080799 项目支出
    expect(w.value).toBe(1143.91);
    expect(w.reason).toContain('当年一般公共预算 1143.91');
    expect(plan.writes.some((x) => x.sheet === t5 && x.value === '2101599')).toBe(false);
  });

  it('with 上年结转 split by source on 表4 (72.48 一般公共预算), a second fill completes 表4', () => {
    const t4 = tableOf(blanked, 4).sheet;
    const withSplit: WorkbookSnapshot = {
      ...filled,
      sheets: filled.sheets.map((s) => (s.name === t4 ? { ...s, values: s.values.map((row, r) => row.map((v, c) => (c === 1 && r >= 38 && r <= 40 ? [72.48, 0, 0][r - 38] : v))) } : s)),
    };
    const second = fill(withSplit);
    expect(differingCells(published, second.filled, [1, 4, 5])).toEqual([]);
    expect(second.plan.notes).toEqual([]);
    expect(newFindings(published, second.filled)).toEqual([]);
  });
});

describe('fill recreates 公开01/04/05表 of a 决算 (seed 004)', () => {
  const published = seedWorkbook('004');
  const blanked = blankTables(published, [1, 4, 5]);
  const { plan, filled } = fill(blanked);
  const t1 = tableOf(blanked, 1).sheet;
  const t4 = tableOf(blanked, 4).sheet;

  it('writes everything but the 总计 lines, which wait for the 结转结余 inputs the notes name', () => {
    // Documented exception: 年初/年末结转和结余, 使用非财政拨款结余 and 结余分配 are in none of 02/03/05,
    // so blank there is "not entered yet", and 总计 = 本年 + those lines is not derived.
    expect(differingCells(published, filled, [1, 4, 5]).map((d) => d.split(':')[0])).toEqual([
      `${t1}!C40`, `${t1}!F40`, `${t4}!C42`, `${t4}!F42`, `${t4}!G42`,
    ]);
    expect(plan.conflicts).toEqual([]);
    const messages = plan.notes.map((n) => n.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('公开01表 使用非财政拨款结余（含专用结余）、年初结转和结余 不在公开02/03表中'),
        expect.stringContaining('公开01表 结余分配、年末结转和结余 不在公开02/03表中'),
        expect.stringContaining('公开04表 年末财政拨款结转和结余'),
      ]),
    );
    expect(plan.notes.every((n) => n.rule === 'fill' && n.severity !== 'error')).toBe(true);
  });

  it('with those inputs entered as 0, recreates the three tables exactly and the checks report nothing new', () => {
    const zeroAt: Record<string, [number, number][]> = {
      [t1]: [[36, 2], [37, 2], [36, 5], [37, 5]],
      [t4]: [[38, 2], [39, 2], [40, 2], [37, 5], [37, 6], [37, 7], [37, 8]],
    };
    const withInputs: WorkbookSnapshot = {
      ...blanked,
      sheets: blanked.sheets.map((s) =>
        zeroAt[s.name] ? { ...s, values: s.values.map((row, r) => row.map((v, c) => (zeroAt[s.name].some(([zr, zc]) => zr === r && zc === c) ? 0 : v))) } : s,
      ),
    };
    const second = fill(withInputs);
    expect(second.plan.notes).toEqual([]);
    expect(differingCells(published, second.filled, [1, 4, 5])).toEqual([]);
    expect(newFindings(published, second.filled)).toEqual([]);
  });
});

describe('the same on one sheet with amounts pasted as text (seed 000)', () => {
  it('fills 表5 into its blank rows and keeps the blank line before 表6', () => {
    const published = seedWorkbook('000', { layout: 'oneSheet', amounts: 'text' });
    const blanked = blankTables(published, [1, 4, 5]);
    const { plan, filled } = fill(blanked);
    expect(plan.insertions).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(differingCells(published, filled, [1, 4, 5, 6])).toEqual([]);
    expect(newFindings(published, filled)).toEqual([]);
  });
});
