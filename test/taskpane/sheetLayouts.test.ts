import { checkWorkbook } from '../../src/domain/checks/checkWorkbook';
import { paragraphText } from '../../src/domain/narrative/narrativeTypes';
import { recognize } from '../../src/domain/recognition/recognize';
import { cellAt, type WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { MemoryGateway } from '../../src/excel/memoryGateway';
import { checkReportLayout, formatCheckTime, REPORT_SHEET_NAME } from '../../src/taskpane/check/checkReport';
import { parseRange } from '../../src/domain/workbook/a1';
import { OfficeGateway } from '../../src/excel/officeGateway';
import { FakeWorkbook, fakeHost } from '../support/fakeExcel';
import { NARRATIVE_COLUMN_WIDTH, narrativeSheetLayout, paragraphRowHeight } from '../../src/taskpane/narrative/narrativeSheet';
import { displayWidth } from '../../src/domain/template/textWidth';
import { seedWorkbook } from '../support/seedWorkbook';
import { narrativeOf, withParameters } from '../domain/narrative/narrativeFixtures';

const strip = (wb: WorkbookSnapshot) => checkWorkbook(wb).findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.message}`);

describe('校验报告 sheet', () => {
  it('lists every finding of seed 001 with its figures, and does not disturb the next check', async () => {
    const wb = seedWorkbook('001');
    const result = checkWorkbook(wb);
    const layout = checkReportLayout(REPORT_SHEET_NAME, { findings: result.findings, checkedAt: '2026年11月25日 12:05:09', tables: 13, kind: 'budget' });
    const g = MemoryGateway.fromSnapshot(wb);
    await g.writeLayouts([layout]);
    const after = await g.readSnapshot();
    const sheet = after.sheets.find((s) => s.name === '校验报告')!;
    expect(cellAt(sheet, 1, 0)).toBe('校验时间：2026年11月25日 12:05:09');
    expect(cellAt(sheet, 2, 0)).toBe('识别公开表 13 张；结果：0 个错误 · 14 个尾数差异 · 0 个提示 · 1 个信息');
    expect(sheet.values[3]).toEqual(['序号', '类别', '表', '单元格', '行', '列', '实为', '应为', '差额', '说明']);
    // One row per finding; 表2 comes first (no table has errors), its 208 row (C7) a 尾数差异.
    expect(sheet.values.length).toBe(4 + result.findings.length);
    expect(sheet.values[4].slice(0, 6)).toEqual([1, '尾数差异', '表2', 'Sheet2!C7', '208 社会保障和就业支出', '合计']);
    const c7 = result.findings.find((f) => f.sheet === 'Sheet2' && f.cell === 'C7')!;
    expect(sheet.values[4].slice(6, 10)).toEqual([Number(c7.actual), Number(c7.expected), Number(c7.difference), c7.message]);
    // The 信息 (表11, no table number in the group order issue) is there too, in the four words.
    expect(sheet.values.some((r) => r[1] === '信息' && r[3] === 'Sheet11!A1')).toBe(true);
    // The report quotes table titles in its messages; the next check must not take it for a table.
    expect(strip(after)).toEqual(strip(wb));
  });

  it('puts an error first and says when there is nothing to report', () => {
    const wb = seedWorkbook('001');
    const edited: WorkbookSnapshot = {
      sheets: wb.sheets.map((s) => (s.name === 'Sheet3' ? { ...s, values: s.values.map((r, i) => (i === 6 ? r.map((v, c) => (c === 2 ? (v as number) + 100 : v)) : r)) } : s)),
    };
    const findings = checkWorkbook(edited).findings;
    const layout = checkReportLayout('校验报告 (2)', { findings, checkedAt: 'x', tables: 13, kind: 'budget' });
    const firstRow = layout.cells.filter((c) => c.row === 4).map((c) => c.value);
    // The one cell that explains them leads (rule suspect-cell), then the errors it explains.
    expect(firstRow.slice(1, 4)).toEqual(['最可能出错', '表3', 'Sheet3!C7']);
    // The edit breaks 表3's row and the 表1 figure that repeats it: their tables lead.
    const classes = layout.cells.filter((c) => c.col === 1 && c.row >= 4).map((c) => c.value);
    const errors = classes.filter((c) => c === '错误' || c === '最可能出错').length;
    expect(errors).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(layout.cells.some((c) => c.col === 3 && c.value === 'Sheet3!C7')).toBe(true);
    const empty = checkReportLayout('校验报告', { findings: [], checkedAt: 'x', tables: 10, kind: 'final' });
    expect(empty.cells.find((c) => c.row === 4)?.value).toBe('未发现问题。');
    expect(empty.cells.find((c) => c.row === 2)?.value).toBe('识别公开表 10 张；结果：0 个错误 · 0 个尾数差异 · 0 个提示 · 0 个信息');
  });

  it('formats the time in words', () => {
    expect(formatCheckTime(new Date(2026, 10, 5, 9, 3, 7))).toBe('2026年11月5日 09:03:07');
  });
});

describe('情况说明 sheet', () => {
  const wb = withParameters('000', 'budget', { 'prior.expense-total': '41670.92' });
  const n = narrativeOf(wb);

  it('has the title, one bold row per heading and one wrapped row per paragraph, A4 portrait', () => {
    const layout = narrativeSheetLayout(n);
    expect(layout.name).toBe('情况说明');
    expect(layout.cells[0]).toMatchObject({ row: 0, value: n.title, style: 'title' });
    const headings = layout.cells.filter((c) => c.style === 'heading');
    const drawn = n.charts.filter((c) => c.slices.some((sl) => Number(sl.value.replace(/,/g, '')) !== 0)).map((c) => c.title);
    expect(headings.map((c) => String(c.value).trim())).toEqual([...n.sections.map((s) => s.heading), ...drawn]);
    const paragraphs = layout.cells.filter((c) => c.style === 'paragraph');
    expect(paragraphs.map((c) => String(c.value).replace(/^\u3000\u3000/, ''))).toEqual(n.sections.flatMap((s) => s.paragraphs.map(paragraphText)));
    // Every text cell on its own row, in order (the chart tables have three columns).
    const rows = layout.cells.filter((c) => c.col === 0).map((c) => c.row);
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(layout.columnWidths[0]).toBe(NARRATIVE_COLUMN_WIDTH);
    expect(layout.print).toEqual({ landscape: false, fitToWidth: true, paper: 'A4' });
    // Long paragraphs get tall rows: 二、收入预算 of 000 runs over two lines.
    const longest = paragraphs.reduce((a, b) => (String(a.value).length > String(b.value).length ? a : b));
    expect(layout.rowHeights?.[longest.row]).toBeGreaterThan(30);
  });

  it('carries the 一般公共预算当年拨款结构图 as a pie over a table of its slices', () => {
    const layout = narrativeSheetLayout(n);
    const gpb = n.charts.find((c) => c.id === 'gpb-structure')!;
    const chart = layout.charts!.find((c) => c.title === gpb.title)!;
    expect(chart.type).toBe('pie');
    const { start, end } = parseRange(chart.dataRange);
    const at = (r: number, c: number) => layout.cells.find((x) => x.row === r && x.col === c)?.value;
    const labels = Array.from({ length: end.row - start.row }, (_, i) => at(start.row + 1 + i, 0));
    const values = Array.from({ length: end.row - start.row }, (_, i) => at(start.row + 1 + i, 1));
    expect(labels).toEqual(gpb.slices.filter((s) => Number(s.value.replace(/,/g, '')) !== 0).map((s) => s.label));
    expect(values).toEqual([2858.26, 17.11, 35.69]);
    // 000 has no 三公经费: no empty pie.
    expect(layout.charts!.map((c) => c.title)).toEqual([gpb.title]);
  });

  it('Excel draws the charts in the same write (Office.js gateway over the fake)', async () => {
    const fake = FakeWorkbook.fromSnapshot(wb);
    const layout = narrativeSheetLayout(n);
    fake.syncCount = 0;
    await new OfficeGateway(fakeHost(fake)).writeLayouts([layout]);
    expect(fake.syncCount).toBe(2);
    expect(fake.sheet('情况说明')!.charts).toEqual(
      layout.charts!.map((c) => ({ type: 'Pie', source: c.dataRange, seriesBy: 'Columns', title: c.title, anchor: c.anchor })),
    );
  });

  it('row heights follow the printed width of Chinese text', () => {
    expect(displayWidth('收入2,911.06万元')).toBe(4 + 8 + 4);
    expect(paragraphRowHeight('短')).toBe(19);
    expect(paragraphRowHeight('字'.repeat(86))).toBe(4 + 15 * 2);
  });

  it('inserted into the workbook, leaves recognition and checks as they were', async () => {
    const g = MemoryGateway.fromSnapshot(wb);
    await g.writeLayouts([narrativeSheetLayout(n)]);
    const after = await g.readSnapshot();
    expect(recognize(after).tables.map((t) => `${t.sheet}:${t.no}`)).toEqual(recognize(wb).tables.map((t) => `${t.sheet}:${t.no}`));
    expect(strip(after)).toEqual(strip(wb));
  });
});
