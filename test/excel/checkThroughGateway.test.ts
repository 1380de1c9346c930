import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { findingMarks } from '../../src/excel/findingMarks';
import { MARK_COLORS, MARK_TAG } from '../../src/excel/markTag';
import { groupFindings, listedInOrder, statusLine } from '../../src/taskpane/shared/findingGroups';
import type { Finding } from '../../src/domain/findings/finding';
import { seedWorkbook } from '../support/seedWorkbook';
import { FakeWorkbook, fakeHost } from '../support/fakeExcel';

const strip = (fs: readonly Finding[]): unknown[] => fs.map((f) => [f.severity, f.rule, f.sheet, f.cell, f.message]);

describe('a full check through the Office.js gateway (seed 001 in a fake Excel)', () => {
  it('finds exactly what the engine finds on the seed itself, and marks the 尾数差异 cells yellow', async () => {
    const seed = seedWorkbook('001', { amounts: 'text' });
    const direct = checkWorkbook(seed);
    const fake = FakeWorkbook.fromSnapshot(seed);
    const gateway = new OfficeGateway(fakeHost(fake));

    const viaExcel = checkWorkbook(await gateway.readSnapshot());
    expect(strip(viaExcel.findings)).toEqual(strip(direct.findings));
    expect(viaExcel.recognition.tables).toHaveLength(13);
    // Seed 001 as published: 14 rounding differences and one 提示 (单位类型 not given for 表11).
    expect(statusLine(viaExcel.findings)).toBe('0 个错误 · 14 个尾数差异 · 0 个提示 · 1 个信息');

    await gateway.applyMarks(findingMarks(viaExcel.findings));
    const marks = fake.sheets.flatMap((s) => s.conditionalFormats).filter((cf) => cf.formula?.includes(MARK_TAG));
    expect(marks.length).toBeGreaterThan(0);
    // Each mark carries its severity's colour; the 尾数差异 (warnings) are yellow, there are no red ones.
    for (const cf of marks) {
      const severity = /:(error|warning|info)"/.exec(cf.formula!)![1] as Finding['severity'];
      expect(cf.fill).toBe(MARK_COLORS[severity].fill);
    }
    expect(marks.some((cf) => cf.fill === '#FFEB9C')).toBe(true);
    expect(marks.some((cf) => cf.fill === '#FFC7CE')).toBe(false);
    const marked = marks.flatMap((cf) => cf.ranges).length;
    expect(marked).toBe(new Set(viaExcel.findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size);
  });

  it('an edited amount becomes an error; the status line and grouping put it first', async () => {
    const seed = seedWorkbook('001');
    const fake = FakeWorkbook.fromSnapshot(seed);
    const gateway = new OfficeGateway(fakeHost(fake));
    const before = checkWorkbook(await gateway.readSnapshot()).findings;
    // 表3 (Sheet3) row 7: 208 社会保障和就业支出, 合计 column C — off by 100.
    const old = fake.valueAt('Sheet3', 'C7');
    expect(typeof old).toBe('number');
    await fake.userEdit('Sheet3', 'C7', (old as number) + 100);
    const after = checkWorkbook(await gateway.readSnapshot()).findings;
    const errors = after.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f) => f.sheet === 'Sheet3' && f.cell === 'C7')).toBe(true);
    expect(statusLine(after)).toMatch(new RegExp(`^${errors.length} 个错误 · \\d+ 个尾数差异 · \\d+ 个提示 · \\d+ 个信息$`));
    const groups = groupFindings(after);
    expect(groups[0].errors).toBeGreaterThan(0);
    // The group opens with its suspect cell (or its first error), the findings it explains under it.
    expect(listedInOrder([groups[0]])[0].severity).toBe('error');
    expect(before.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
