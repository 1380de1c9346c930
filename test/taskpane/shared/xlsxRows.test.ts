import ExcelJS from 'exceljs';
import { catalogFromRows } from '../../../src/domain/catalog/catalogImport';
import { xlsxFirstSheetRows, xlsxSnapshot } from '../../../src/taskpane/shared/xlsxRows';
import { layoutsToBuffer } from '../../../src/xlsx/writeLayouts';
import { layoutFromSnapshot } from '../../../src/xlsx/snapshotLayout';
import { readWorkbookBuffer } from '../../../src/xlsx/readWorkbook';
import { recognize } from '../../../src/domain/recognition/recognize';
import { buildNarrative } from '../../../src/domain/narrative/buildNarrative';
import { paragraphText } from '../../../src/domain/narrative/narrativeTypes';
import { readParameters } from '../../../src/domain/parameters/parameterSheet';
import type { WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { seedWorkbook } from '../../support/seedWorkbook';

describe('reading a 科目表 .xlsx in the pane (no ExcelJS in the bundle)', () => {
  it('reads the first sheet as finance bureaus lay it out: title, header, codes as text and as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('2025年支出功能分类科目');
    ws.addRow(['2025年政府收支分类科目']);
    ws.addRow(['科目编码', '科目名称', '备注']);
    ws.addRow(['208', '社会保障和就业支出']);
    ws.addRow([20801, '人力资源和社会保障管理事务&其他']);
    ws.addRow(['2080109', { richText: [{ text: '社会保险' }, { text: '经办机构' }] }]);
    ws.getCell('C5').value = { formula: '1+1', result: 2 };
    wb.addWorksheet('其他').addRow(['不读这张']);
    const buf = await wb.xlsx.writeBuffer();

    const rows = await xlsxFirstSheetRows(new Uint8Array(buf as ArrayBuffer));
    expect(rows[0]).toEqual(['2025年政府收支分类科目']);
    expect(rows[1]).toEqual(['科目编码', '科目名称', '备注']);
    expect(rows[3]).toEqual([20801, '人力资源和社会保障管理事务&其他']);
    expect(rows[4]).toEqual(['2080109', '社会保险经办机构', 2]);

    const { catalog, problems } = catalogFromRows(rows, 2025, '科目.xlsx');
    expect(problems).toEqual([]);
    expect(catalog.lookup('function', '20801')?.name).toBe('人力资源和社会保障管理事务&其他');
    expect(catalog.lookup('function', '2080109')?.name).toBe('社会保险经办机构');
  });

  it('says so when the file is not an xlsx', async () => {
    await expect(xlsxFirstSheetRows(new TextEncoder().encode('科目编码,科目名称'))).rejects.toThrow('不是有效的 .xlsx 文件');
  });
});

describe("reading last year's workbook in the pane", () => {
  it('gives every sheet, in order, with the tables recognition finds in the .xlsx reader', async () => {
    const seed = seedWorkbook('000');
    const buf = await layoutsToBuffer(seed.sheets.map(layoutFromSnapshot), null);
    const inPane = await xlsxSnapshot(new Uint8Array(buf));
    const inNode = await readWorkbookBuffer(buf);
    expect(inPane.sheets.map((s) => s.name)).toEqual(inNode.sheets.map((s) => s.name));
    const tables = (wb: WorkbookSnapshot) => {
      const r = recognize(wb);
      return r.tables.map((t) => [t.no, t.sheet, t.panels.map((p) => p.rows.length)]);
    };
    expect(tables(inPane)).toEqual(tables(inNode));
    // The narrative reads last year's totals from it, as `narrative --prior` does.
    const n = buildNarrative(seed, recognize(seed), readParameters(seed), { prior: { wb: inPane, recognition: recognize(inPane) } });
    expect(n.sections[0].paragraphs.map(paragraphText).join('')).toContain('与上年相同');
  });
});
