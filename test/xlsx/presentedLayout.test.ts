import * as path from 'path';
import ExcelJS from 'exceljs';
import { recognize } from '../../src/domain/recognition/recognize';
import { cellKey } from '../../src/domain/workbook/snapshot';
import { presentedLayout } from '../../src/xlsx/presentedLayout';
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import { seedWorkbook } from '../support/seedWorkbook';

/** Issue 18 item 13: pasted figures laid out as a real file — and the bundled example built that way. */
describe('presentedLayout on seed 000 (one sheet per table, as pasted)', () => {
  const wb = seedWorkbook('000');
  const rec = recognize(wb);
  const table = (no: number) => rec.tables.find((t) => t.no === no)!;
  const layoutOf = (no: number) => presentedLayout(wb.sheets.find((s) => s.name === table(no).sheet)!, rec.tables);

  test('values stay exactly as they were: only how they look changes', () => {
    for (const sheet of wb.sheets) {
      const layout = presentedLayout(sheet, rec.tables);
      const values = new Map(layout.cells.filter((c) => c.value !== null).map((c) => [cellKey(c.row, c.col), c.value]));
      sheet.values.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== null && typeof v !== 'object' && typeof v !== 'boolean') expect(values.get(cellKey(r, c))).toBe(v);
        }),
      );
    }
  });

  test('表1: title merged across the table, 收入/支出 over their sub-headings, 单位：万元 flush right', () => {
    const t = table(1);
    const layout = layoutOf(1);
    const title = layout.cells.find((c) => c.value === t.title)!;
    expect(title.style).toBe('title');
    expect(layout.merges.some((m) => m.startsWith(t.titleAddress + ':'))).toBe(true);
    const income = layout.cells.find((c) => c.value === '收入' && t.headerRows.includes(c.row))!;
    const spans = layout.merges.filter((m) => m.startsWith(`${String.fromCharCode(65 + income.col)}${income.row + 1}:`));
    expect(spans).toHaveLength(1);
    const unit = layout.cells.find((c) => typeof c.value === 'string' && /^单位[:：]/.test(c.value))!;
    expect(unit.style).toBe('unitLineEnd');
    expect(layout.merges.some((m) => m.startsWith(`${String.fromCharCode(65 + unit.col)}${unit.row + 1}:`))).toBe(true);
  });

  test('表3: amounts as amounts, total rows bold, codes as text, empty body cells bordered', () => {
    const t = table(3);
    const layout = layoutOf(3);
    const at = new Map(layout.cells.map((c) => [cellKey(c.row, c.col), c]));
    const total = t.panels[0].rows.find((r) => r.level === 'total')!;
    const cell = t.panels[0].amount(t.panels[0].rows.indexOf(total), 'total')!;
    expect(at.get(cellKey(cell.row, cell.col))!.style).toBe('total');
    const coded = t.panels[0].rows.find((r) => r.code === '2080505')!;
    const codeCell = layout.cells.find((c) => c.row === coded.row && c.value === '2080505')!;
    expect(codeCell.style).toBe('code');
    const item = t.panels[0].amount(t.panels[0].rows.indexOf(coded), 'total')!;
    expect(at.get(cellKey(item.row, item.col))!.style).toBe('amount');
    // Every cell of the body is laid out (borders), filled or not.
    for (let r = t.bodyRows.first; r <= t.bodyRows.last; r++) expect(at.has(cellKey(r, item.col))).toBe(true);
  });

  test('widths follow what the columns hold, not the unit line above the headers', () => {
    const layout = layoutOf(3);
    const name = table(3).panels[0].rows.find((r) => r.code === '2080505')!;
    const nameCol = layout.cells.find((c) => c.row === name.row && c.value === name.name)!.col;
    expect(layout.columnWidths[nameCol]).toBeGreaterThan(layout.columnWidths[0]);
  });
});

test('the bundled example looks like a real file: merged titles, widths, 年度 2025 not 2,025.00', async () => {
  const file = path.join(__dirname, '..', '..', 'examples', '汾阳市社会保险中心-2025年预算公开.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const params = book.getWorksheet('说明参数')!;
  let year: ExcelJS.Cell | undefined;
  params.eachRow((row) => row.eachCell((c) => (c.value === 2025 ? (year = c) : undefined)));
  expect(year).toBeDefined();
  expect(year!.numFmt ?? 'General').not.toMatch(/0\.00/);
  for (const ws of book.worksheets.filter((w) => w.name.startsWith('表'))) {
    expect(((ws.model as { merges?: string[] }).merges ?? []).length).toBeGreaterThan(0);
    expect(ws.getColumn(1).width).toBeGreaterThan(0);
  }
  // Still the same 13 tables to the engine.
  expect(recognize(await readWorkbookFile(file)).tables.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
});
