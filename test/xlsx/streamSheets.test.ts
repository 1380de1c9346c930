import { spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetSnapshot } from '../../src/domain/workbook/snapshot';
import { templateLayouts } from '../../src/domain/template/templateLayouts';
import { excelJsSheets } from '../../src/xlsx/excelJsSheets';
import { DEFAULT_READ_LIMITS } from '../../src/xlsx/readLimits';
import { readWorkbookBuffer } from '../../src/xlsx/readWorkbook';
import { layoutFromSnapshot } from '../../src/xlsx/snapshotLayout';
import { streamSheets, UnreadableXml } from '../../src/xlsx/streamSheets';
import { layoutsToBuffer, writeLayoutsToFile } from '../../src/xlsx/writeLayouts';
import { zipEntries } from '../../src/xlsx/zipDirectory';
import { writeSeedXlsx } from '../cli/seedFiles';
import { shanghaiWorkbook } from '../support/shanghaiWorkbook';

/**
 * Every workbook is read straight from its XML (streamSheets), and ExcelJS's full load is the
 * reference: the two must give the same snapshot on the files the product meets — the seeds with
 * their performance tables, the Shanghai 部门决算, the bundled example, both templates, cells of
 * every kind, and a seed as LibreOffice saves it. What the streaming reader does not handle it
 * declines (UnreadableXml), and readWorkbookBuffer then reads the file with ExcelJS. Prefixed
 * element names it reads, where ExcelJS sees empty sheets.
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
  const full = await excelJsSheets(buf, 'x.xlsx');
  const streamed = await streamSheets(buf, 'x.xlsx', zipEntries(buf)!, DEFAULT_READ_LIMITS);
  // What the product reads is the streamed snapshot.
  expect((await readWorkbookBuffer(buf, 'x.xlsx')).sheets.map(comparable)).toEqual(streamed.map(comparable));
  return { full: full.map(comparable), streamed: streamed.map(comparable) };
}

/** The same .xlsx with each worksheet's XML rewritten by `edit`. */
async function withSheetXml(buf: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const n of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) zip.file(n, edit(await zip.file(n)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
if (!SOFFICE) process.stderr.write('streamSheets: soffice missing, the LibreOffice-saved workbook is not compared\n');

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

  it.each(['000', '001', '002', '004'] as const)('seed %s saved as .xlsx, with its performance tables', async (id) => {
    const file = await writeSeedXlsx(id, dir, `${id}.xlsx`, { performance: true });
    const { full, streamed } = await bothWays(await fs.readFile(file));
    expect(full.length).toBeGreaterThan(10);
    expect(streamed).toEqual(full);
  });

  it('the Shanghai 部门决算, codes in 类/款/项 columns and amounts as text', async () => {
    const wb = shanghaiWorkbook('planning-resources', { codes: 'three', amounts: 'text' });
    const { full, streamed } = await bothWays(await layoutsToBuffer(wb.sheets.map(layoutFromSnapshot), null));
    expect(full.length).toBe(9);
    expect(streamed).toEqual(full);
  });

  (SOFFICE ? it : it.skip)('seed 000 as LibreOffice saves it (its own XML: spans, empty styled cells, its shared strings)', async () => {
    const file = await writeSeedXlsx('000', path.join(dir, 'lo-in'), '000.xlsx');
    const out = path.join(dir, 'lo-out');
    const r = spawnSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], { encoding: 'utf8', timeout: 120000 });
    expect(r.status).toBe(0);
    const saved = await fs.readFile(path.join(out, '000.xlsx'));
    // It is LibreOffice's own file, not ExcelJS's bytes passed through.
    expect((await JSZip.loadAsync(saved)).file('docProps/app.xml')).not.toBeNull();
    expect(await (await JSZip.loadAsync(saved)).file('docProps/app.xml')!.async('string')).toMatch(/LibreOffice/);
    const { full, streamed } = await bothWays(saved);
    expect(full.length).toBe(13);
    expect(streamed).toEqual(full);
  });

  it('attributes in single quotes: declined by the streaming reader, read by ExcelJS', async () => {
    const file = await writeSeedXlsx('000', dir, 'quoted.xlsx');
    const original = await fs.readFile(file);
    const quoted = await withSheetXml(original, (xml) => xml.replace(/<c r="([A-Z]+\d+)"/g, "<c r='$1'"));
    await expect(streamSheets(quoted, 'x.xlsx', zipEntries(quoted)!, DEFAULT_READ_LIMITS)).rejects.toBeInstanceOf(UnreadableXml);
    const read = (await readWorkbookBuffer(quoted, 'x.xlsx')).sheets.map(comparable);
    expect(read).toEqual((await excelJsSheets(quoted, 'x.xlsx')).map(comparable));
    expect(read).toEqual((await readWorkbookBuffer(original, 'x.xlsx')).sheets.map(comparable));
  });

  it('a comment or CDATA in a sheet: declined by the streaming reader, read by ExcelJS', async () => {
    const original = await fs.readFile(await writeSeedXlsx('000', dir, 'cdata.xlsx'));
    const commented = await withSheetXml(original, (xml) => xml.replace('<sheetData>', '<sheetData><!-- <row r="1"><c r="A1"><v>9</v></c></row> -->'));
    const cdata = await withSheetXml(original, (xml) => xml.replace(/<v>([^<]*)<\/v>/, '<v><![CDATA[$1]]></v>'));
    expect(cdata.equals(original)).toBe(false);
    for (const buf of [commented, cdata]) {
      await expect(streamSheets(buf, 'x.xlsx', zipEntries(buf)!, DEFAULT_READ_LIMITS)).rejects.toBeInstanceOf(UnreadableXml);
      expect((await readWorkbookBuffer(buf, 'x.xlsx')).sheets.map(comparable)).toEqual((await excelJsSheets(buf, 'x.xlsx')).map(comparable));
    }
    expect((await readWorkbookBuffer(commented, 'x.xlsx')).sheets.map(comparable)).toEqual((await readWorkbookBuffer(original, 'x.xlsx')).sheets.map(comparable));
  });

  it('every element name with a namespace prefix (<x:row>, as the OpenXML SDK writes): read as the same workbook', async () => {
    const file = await writeSeedXlsx('000', dir, 'prefixed.xlsx');
    const original = await fs.readFile(file);
    const zip = await JSZip.loadAsync(original);
    const SPREADSHEET = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    for (const n of Object.keys(zip.files).filter((f) => /^xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+)\.xml$/.test(f))) {
      const xml = await zip.file(n)!.async('string');
      const prefixed = xml.replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, '<$1x:$2').replace(/<x:(\w+) /, `<x:$1 xmlns:x="${SPREADSHEET}" `);
      expect(prefixed).toMatch(/<x:(row|sheet|si|xf)\b/);
      zip.file(n, prefixed);
    }
    const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const read = (await readWorkbookBuffer(buf, 'x.xlsx')).sheets.map(comparable);
    expect(read.reduce((n, sheet) => n + sheet.values.length, 0)).toBeGreaterThan(100);
    expect(read).toEqual((await readWorkbookBuffer(original, 'x.xlsx')).sheets.map(comparable));
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
