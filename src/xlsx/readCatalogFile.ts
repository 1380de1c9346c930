import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseCsv, type RowCell } from '../domain/catalog/catalogImport';
import { WorkbookReadError } from './workbookReadError';
import { systemErrorReason } from './systemError';

/**
 * The rows of a 科目表 file as finance bureaus distribute it (.csv, or the first sheet of an
 * .xlsx with code and name columns), for catalogFromRows. Which year it is for is the caller's.
 */
export async function readCatalogRows(file: string, shownAs = file): Promise<RowCell[][]> {
  const ext = path.extname(file).toLowerCase();
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    throw new WorkbookReadError(shownAs, systemErrorReason(e, 'read'));
  }
  if (ext === '.csv' || ext === '.txt') return parseCsv(decodeText(buf));
  if (ext !== '.xlsx') throw new WorkbookReadError(shownAs, '科目表应为 .xlsx 或 .csv 文件');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(shownAs, '科目表文件已损坏，无法读取');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new WorkbookReadError(shownAs, '科目表工作簿中没有工作表');
  const rows: RowCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: RowCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      cells[c - 1] = typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : cell.text;
    });
    rows[n - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** UTF-8 (with or without BOM), else GB18030 — what Excel on Chinese Windows saves a CSV as. */
function decodeText(buf: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (!utf8.includes('\uFFFD')) return utf8;
  try {
    return new TextDecoder('gb18030').decode(buf);
  } catch {
    return utf8;
  }
}
