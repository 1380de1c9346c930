import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/xlsx/readWorkbook';
import { cellKey } from '../../src/domain/workbook/snapshot';

/** A hand-made 预算公开表5 fragment (seed 000 figures) with the cell kinds people actually send. */
it('reads cached formula results, shared formulas, error values, rich text and dates', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表5');
  ws.getCell('A1').value = { richText: [{ text: '2025年一般公共预算' }, { text: '支出表', font: { bold: true } }] };
  ws.getCell('B2').value = 450.96;
  ws.getCell('C2').value = 2460.09;
  ws.getCell('D2').value = { formula: 'B2+C2', result: 2911.05 };
  ws.getCell('D3').value = { formula: 'B3+C3', result: 0 };
  ws.getCell('D4').value = { sharedFormula: 'D3', result: 17.11 } as unknown as ExcelJS.CellValue;
  ws.getCell('E2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('F2').value = new Date(Date.UTC(2025, 1, 14));
  const snap = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()), '表5.xlsx');
  const v = snap.sheets[0].values;
  expect(v[0][0]).toBe('2025年一般公共预算支出表');
  expect(v[1][3]).toBe(2911.05); // the cached result as written, never recomputed (450.96 + 2460.09 = 2911.05)
  expect(v[3][3]).toBe(17.11);
  expect(v[1][4]).toEqual({ error: '#REF!' });
  expect(v[1][5]).toBe('2025-02-14');
  const formulas = snap.sheets[0].formulas!;
  expect(formulas.has(cellKey(1, 3))).toBe(true);
  expect(formulas.has(cellKey(3, 3))).toBe(true);
  expect(formulas.has(cellKey(1, 1))).toBe(false);
});
