import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../src/domain/workbook/snapshot';
import { templateLayouts } from '../../src/domain/template/templateLayouts';
import { DEFAULT_READ_LIMITS } from '../../src/xlsx/readLimits';
import { readWorkbookBuffer } from '../../src/xlsx/readWorkbook';
import { streamSheets } from '../../src/xlsx/streamSheets';
import { writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { zipEntries } from '../../src/xlsx/zipDirectory';
import { writeSeedXlsx } from '../cli/seedFiles';

/**
 * Sheets too large for ExcelJS's full load are read straight from their XML (streamSheets): the
 * two readers must give the same snapshot, on the files the product meets — seeds saved by
 * ExcelJS, the bundled example, a template with merges and formulas, and cells of every kind.
 */
function comparable(s: SheetSnapshot) {
  return {
    name: s.name,
    values: s.values.map((r) => {
      const row = [...r];
      while (row.length && row[row.length - 1] === null) row.pop();
      return row;
    }),
    formulas: [...(s.formulas ?? [])].sort(),
    textFormatted: [...(s.textFormatted ?? [])].sort(),
    merges: [...(s.merges ?? [])].sort(),
  };
}

async function bothWays(buf: Buffer) {
  const full = await readWorkbookBuffer(buf, 'x.xlsx');
  const streamed = await streamSheets(buf, 'x.xlsx', zipEntries(buf)!, DEFAULT_READ_LIMITS);
  return { full: full.sheets.map(comparable), streamed: streamed.map(comparable) };
}

// Real files through the CLI and the readers: seconds each on a loaded machine.
jest.setTimeout(120000);

describe('the streaming reader reads what ExcelJS reads', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stream-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(['000', '004'] as const)('seed %s saved as .xlsx', async (id) => {
    const file = await writeSeedXlsx(id, dir, `${id}.xlsx`);
    const { full, streamed } = await bothWays(await fs.readFile(file));
    expect(streamed).toEqual(full);
  });

  it('the bundled example workbook', async () => {
    const { full, streamed } = await bothWays(await fs.readFile(path.join(__dirname, '..', '..', 'examples', '汾阳市社会保险中心-2025年预算公开.xlsx')));
    expect(streamed).toEqual(full);
  });

  it('a template: merged headers, sum formulas, code cells formatted as text', async () => {
    const { layouts, metadata } = templateLayouts({ kind: 'final', year: 2024, unit: '某某单位', unitType: '行政单位' });
    const file = path.join(dir, 'template.xlsx');
    await writeLayoutsToFile(layouts, metadata, file);
    const { full, streamed } = await bothWays(await fs.readFile(file));
    expect(full.some((s) => s.merges.length > 0)).toBe(true);
    expect(streamed).toEqual(full);
  });

  it('cells of every kind: shared and rich strings, formulas, errors, booleans, dates, text format, escapes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表5 <&>');
    ws.getCell('A1').value = { richText: [{ text: '2025年一般公共预算' }, { text: '支出表', font: { bold: true } }] };
    ws.getCell('B2').value = 450.96;
    ws.getCell('C2').value = '“—” & <无>';
    ws.getCell('D2').value = { formula: 'B2+C2', result: 2911.05 };
    ws.getCell('D3').value = { formula: 'B3&"x"', result: '文字结果' };
    ws.getCell('E2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('F2').value = new Date(Date.UTC(2025, 1, 14));
    ws.getCell('F3').value = new Date(Date.UTC(2025, 1, 14, 9, 30));
    ws.getCell('G2').value = true;
    ws.getCell('H2').value = '2080109';
    ws.getCell('H2').numFmt = '@';
    ws.getCell('I2').value = 0.1 + 0.2;
    ws.mergeCells('A5:C6');
    ws.getCell('A5').value = '合并';
    const { full, streamed } = await bothWays(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(full[0].values[1]).toEqual([null, 450.96, '“—” & <无>', 2911.05, { error: '#REF!' }, '2025-02-14', true, '2080109', 0.1 + 0.2]);
    expect(streamed).toEqual(full);
  });
});
