import ExcelJS from 'exceljs';
import { catalogFromRows } from '../../src/domain/catalog/catalogImport';
import { xlsxFirstSheetRows } from '../../src/taskpane/xlsxRows';

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
