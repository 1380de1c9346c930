import JSZip from 'jszip';
import type { SheetLayout } from '../../src/domain/template/sheetLayout';
import type { TemplateMetadata } from '../../src/domain/workbook/snapshot';
import { cellKey } from '../../src/domain/workbook/snapshot';
import { layoutsToBuffer } from '../../src/xlsx/writeLayouts';
import { readWorkbookBuffer } from '../../src/xlsx/readWorkbook';
import { readCustomXml } from '../../src/xlsx/customXml';
import { TEMPLATE_NAMESPACE } from '../../src/domain/template/metadataXml';

/** A cut of 预算公开表3 of the 汾阳市社会保险中心 2025 budget (seed 000), as a layout. */
const table3: SheetLayout = {
  name: '预算公开表3',
  cells: [
    { row: 0, col: 0, value: '预算公开表3', style: 'label' },
    { row: 1, col: 0, value: '2025年预算支出总表', style: 'title' },
    { row: 2, col: 0, value: '单位名称：汾阳市社会保险中心', style: 'unitLine' },
    { row: 2, col: 4, value: '单位：万元', style: 'unitLine' },
    { row: 3, col: 0, value: '科目编码', style: 'header' },
    { row: 3, col: 1, value: '科目名称', style: 'header' },
    { row: 3, col: 2, value: '合计', style: 'header' },
    { row: 3, col: 3, value: '基本支出', style: 'header' },
    { row: 3, col: 4, value: '项目支出', style: 'header' },
    { row: 4, col: 0, value: '208', style: 'code' },
    { row: 4, col: 1, value: '社会保障和就业支出', style: 'name' },
    { row: 4, col: 2, value: 2858.25, style: 'amount' },
    { row: 5, col: 0, value: '2080501', style: 'code' },
    { row: 5, col: 1, value: '-行政单位离退休', style: 'name' },
    { row: 6, col: 1, value: '=SUM(C5:C6)', style: 'note' },
  ],
  merges: ['A2:E2'],
  columnWidths: [12, 30, 14, 14, 14],
  freezeRows: 4,
  print: { landscape: true, fitToWidth: true, paper: 'A4' },
  tables: [],
  sumRules: [{ range: 'C5', formula: 'ABS(C5-D5-E5)>0.005' }],
  choices: { E3: ['万元', '元'] },
};

const metadata: TemplateMetadata = {
  formVersion: 1,
  kind: 'budget',
  year: 2025,
  unit: '汾阳市社会保险中心',
  unitType: '事业单位',
  sheets: { 预算公开表3: 'budget-03' },
};

describe('layouts → .xlsx → snapshot', () => {
  let buf: Buffer;
  beforeAll(async () => {
    buf = await layoutsToBuffer([table3], metadata);
  });

  it('keeps values, with codes as text and formula-looking text as text', async () => {
    const wb = await readWorkbookBuffer(buf, 'round.xlsx');
    const s = wb.sheets[0];
    expect(s.name).toBe('预算公开表3');
    expect(s.values[1][0]).toBe('2025年预算支出总表');
    expect(s.values[4][0]).toBe('208');
    expect(s.values[4][2]).toBe(2858.25);
    expect(s.values[5][0]).toBe('2080501');
    expect(s.values[5][1]).toBe('-行政单位离退休');
    expect(s.values[6][1]).toBe('=SUM(C5:C6)');
    expect(s.formulas?.size ?? 0).toBe(0);
    expect(s.textFormatted?.has(cellKey(5, 0))).toBe(true);
    expect(s.textFormatted?.has(cellKey(4, 2))).toBe(false);
    expect(s.merges).toEqual(['A2:E2']);
  });

  it('carries the metadata in a custom XML part that reads back', async () => {
    expect(await readCustomXml(buf, TEMPLATE_NAMESPACE)).toContain('汾阳市社会保险中心');
    const zip = await JSZip.loadAsync(buf);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/customXml/itemProps1.xml');
    const wb = await readWorkbookBuffer(buf, 'round.xlsx');
    expect(wb.metadata).toEqual(metadata);
  });

  it('writes A4 landscape fit-to-width, frozen header rows, the sum rule and the dropdown', async () => {
    const zip = await JSZip.loadAsync(buf);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/paperSize="9"/);
    expect(sheetXml).toMatch(/orientation="landscape"/);
    expect(sheetXml).toMatch(/fitToHeight="0"/);
    expect(sheetXml).toMatch(/ySplit="4"/);
    expect(sheetXml).toContain('ABS(C5-D5-E5)&gt;0.005');
    expect(sheetXml).toContain('&quot;万元,元&quot;');
  });
});
