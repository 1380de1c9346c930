import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetLayout } from '../../src/domain/template/sheetLayout';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { applyCellWritesToFile } from '../../src/xlsx/applyCellWrites';
import { readWorkbookFile } from '../../src/xlsx/readWorkbook';
import { cellKey } from '../../src/domain/workbook/snapshot';
import { FILL_UNDO_NAMESPACE, fillUndoFromXml } from '../../src/domain/fill/undoRecordXml';
import { readCustomXml } from '../../src/xlsx/customXml';

/** 预算公开表3 of seed 000 with the 208 类 row missing above its 款 2080501… (fill inserts it). */
const sheet: SheetLayout = {
  name: '预算公开表3',
  cells: [
    { row: 0, col: 0, value: '科目编码', style: 'header' },
    { row: 0, col: 1, value: '科目名称', style: 'header' },
    { row: 0, col: 2, value: '合计', style: 'header' },
    { row: 1, col: 0, value: '', style: 'totalName' },
    { row: 1, col: 1, value: '合计', style: 'totalName' },
    { row: 1, col: 2, value: 2911.06, style: 'total' },
    { row: 2, col: 0, value: '20805', style: 'code' },
    { row: 2, col: 1, value: '行政事业单位养老支出', style: 'name' },
    { row: 2, col: 2, value: null, style: 'amount' },
  ],
  merges: [],
  columnWidths: [12, 30, 14],
  freezeRows: 1,
  print: { landscape: true, fitToWidth: true, paper: 'A4' },
  tables: [],
};

it('inserts rows, writes cells, keeps the other cells and formats, and leaves the input alone', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-apply-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    await writeLayoutsToFile([sheet], null, input);
    const before = await fs.readFile(input);
    await applyCellWritesToFile(
      input,
      [{ sheet: '预算公开表3', address: 'C4', value: 290.01, previous: null, reason: '由下级科目合计' }],
      [{ sheet: '预算公开表3', beforeRow: 2, values: ['208', '社会保障和就业支出', null], reason: '补充类级科目' }],
      out,
    );
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    const wb = await readWorkbookFile(out);
    const s = wb.sheets[0];
    expect(s.values[1][2]).toBe(2911.06);
    expect(s.values[2].slice(0, 2)).toEqual(['208', '社会保障和就业支出']);
    expect(s.values[3][0]).toBe('20805');
    expect(s.values[3][2]).toBe(290.01);
    expect(s.textFormatted?.has(cellKey(3, 0))).toBe(true);
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(out);
    expect(x.getWorksheet('预算公开表3')!.getCell('C4').numFmt).toBe('#,##0.00');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

it('with a fill time, stores the undo record: previous values, formulas and text formats at post-insertion addresses', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bd-apply-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const out = path.join(dir, 'out.xlsx');
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('预算公开表3');
    ws.getCell('A1').value = '合计';
    ws.getCell('C1').value = { formula: 'SUM(C2:C3)', result: 5 };
    ws.getCell('A2').value = '0101';
    ws.getCell('A2').numFmt = '@';
    ws.getCell('C2').value = 5;
    await x.xlsx.writeFile(input);
    await applyCellWritesToFile(
      input,
      [
        { sheet: '预算公开表3', address: 'C2', value: 7.5, previous: 5, reason: '由下级科目合计' },
        { sheet: '预算公开表3', address: 'A3', value: '2080109', previous: '0101', reason: '科目编码' },
      ],
      [{ sheet: '预算公开表3', beforeRow: 0, values: ['208', '社会保障和就业支出', null], reason: '补充类级科目' }],
      out,
      '2026-11-25T13:40:00.000Z',
    );
    const record = fillUndoFromXml((await readCustomXml(await fs.readFile(out), FILL_UNDO_NAMESPACE))!);
    expect(record).toEqual({
      filledAt: '2026-11-25T13:40:00.000Z',
      origin: 'cli',
      cells: [
        { sheet: '预算公开表3', address: 'C2', written: 7.5, value: 5, formula: '=SUM(C2:C3)', numberFormat: 'General' },
        { sheet: '预算公开表3', address: 'A3', written: '2080109', value: '0101', formula: null, numberFormat: '@' },
      ],
      insertedRows: [{ sheet: '预算公开表3', row: 0, values: ['208', '社会保障和就业支出', null] }],
    });
    // Without a time (or with nothing written) no record is added.
    await applyCellWritesToFile(input, [], [], path.join(dir, 'none.xlsx'), '2026-11-25T13:40:00.000Z');
    expect(await readCustomXml(await fs.readFile(path.join(dir, 'none.xlsx')), FILL_UNDO_NAMESPACE)).toBeNull();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
