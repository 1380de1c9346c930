import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetSnapshot, TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { metadataFromXml, TEMPLATE_NAMESPACE } from '../domain/template/metadataXml';
import { readCustomXmlParts } from './customXml';
import { CATALOG_NAMESPACE } from '../domain/catalog/catalogXml';
import { WorkbookReadError } from './workbookReadError';
import { systemErrorReason } from './systemError';
import { checkDeclaredSize, checkTrueSizes, DEFAULT_READ_LIMITS, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, type ReadLimits } from './readLimits';
import { streamSheets } from './streamSheets';
import { SheetBuilder } from './sheetBuilder';

const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_HEADER = [0x50, 0x4b];

/**
 * Sheets with more XML than this are read row by row (ExcelJS's streaming reader) instead of
 * loaded whole: ExcelJS's full model of a 1,048,576-row sheet takes over 4 GB. A disclosure
 * workbook is far below it.
 */
const STREAM_ABOVE_BYTES = 32 * 2 ** 20;

/** `shownAs`: the name to use in messages (the path as the user typed it), default `file`. */
export async function readWorkbookFile(file: string, shownAs: string = file, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<WorkbookSnapshot> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    throw new WorkbookReadError(shownAs, systemErrorReason(e, 'read'));
  }
  return readWorkbookBuffer(buf, shownAs, limits);
}

export async function readWorkbookBuffer(input: Buffer | ArrayBuffer, name = '工作簿', limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<WorkbookSnapshot> {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input);
  if (buf.length === 0) throw new WorkbookReadError(name, '文件为空');
  if (startsWith(buf, OLE_HEADER)) {
    const ext = path.extname(name).toLowerCase();
    throw new WorkbookReadError(
      name,
      ext === '.xls' ? '这是旧版 .xls 格式，请在 Excel 中另存为 .xlsx 后再试' : '文件已加密或为旧版 .xls 格式，请取消密码或另存为 .xlsx 后再试',
    );
  }
  if (!startsWith(buf, ZIP_HEADER)) throw new WorkbookReadError(name, '不是 Excel 工作簿（.xlsx）文件');
  // Sizes first, from the zip directory: a bomb or an oversized sheet is refused before parsing.
  const declared = checkDeclaredSize(buf, name, limits);
  const streaming = declared.sheetBytes > STREAM_ABOVE_BYTES;
  // A part that unpacks to more than it declares is refused too; big sheets are bounded while streamed.
  checkTrueSizes(buf, name, declared.entries, (e) => streaming && /^xl\/worksheets\//.test(e.name));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    throw new WorkbookReadError(name, '文件已损坏，无法解压');
  }
  if (!zip.file('xl/workbook.xml')) throw new WorkbookReadError(name, '不是 Excel 工作簿（缺少 xl/workbook.xml）');
  const metadata = await readMetadata(zip);
  const catalogXml = (await readCustomXmlParts(zip)).find((xml) => xml.includes(CATALOG_NAMESPACE));
  const extras = { ...(metadata ? { metadata } : {}), ...(catalogXml ? { catalogXml } : {}) };
  if (streaming) return { sheets: await streamSheets(buf, name, declared.entries, limits), ...extras };
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
  return { sheets, ...extras };
}

async function readMetadata(zip: JSZip): Promise<TemplateMetadata | null> {
  for (const xml of await readCustomXmlParts(zip)) {
    if (!xml.includes(TEMPLATE_NAMESPACE)) continue;
    const m = metadataFromXml(xml);
    if (m) return m;
  }
  return null;
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const sheet = new SheetBuilder(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => sheet.addRow(row, rowNumber));
  const merges: string[] = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])];
  return { ...sheet.snapshot(), merges };
}

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}
