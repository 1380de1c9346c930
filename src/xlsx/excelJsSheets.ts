import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../domain/workbook/snapshot';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from './readLimits';
import { SheetBuilder } from './sheetBuilder';
import { WorkbookReadError } from './workbookReadError';

/**
 * The sheets as ExcelJS's full load reads them: the reference reader, used where the streaming
 * reader declines the XML (streamSheets.ts, UnreadableXml).
 */
export async function excelJsSheets(buf: Buffer, name: string): Promise<SheetSnapshot[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(name, '文件已损坏，Excel 内容无法解析');
  }
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => sheets.push(sheetSnapshot(ws)));
  const beyond = wb.worksheets.find((ws) => ws.rowCount > EXCEL_MAX_ROWS || ws.columnCount > EXCEL_MAX_COLUMNS);
  if (beyond) throw new WorkbookReadError(name, `工作表“${beyond.name}”超出 Excel 的上限（${EXCEL_MAX_ROWS.toLocaleString('en-US')} 行 × ${EXCEL_MAX_COLUMNS.toLocaleString('en-US')} 列），不是 Excel 能打开的工作簿`);
  return sheets;
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const sheet = new SheetBuilder(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => sheet.addRow(row, rowNumber));
  const merges: string[] = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])];
  return { ...sheet.snapshot(), merges };
}
