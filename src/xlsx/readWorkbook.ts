import { promises as fs } from 'fs';
import * as path from 'path';
import type { TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { metadataFromXml, TEMPLATE_NAMESPACE } from '../domain/template/metadataXml';
import { customXmlTexts } from './customXmlParts';
import { CATALOG_NAMESPACE } from '../domain/catalog/catalogXml';
import { WorkbookReadError } from './workbookReadError';
import { systemErrorReason } from './systemError';
import { checkDeclaredSize, checkTrueSizes, DEFAULT_READ_LIMITS, type ReadLimits } from './readLimits';
import { streamSheets, UnreadableXml } from './streamSheets';

const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_HEADER = [0x50, 0x4b];

/**
 * Sheets with more XML than this are never loaded whole, even when the streaming reader declines
 * their XML: ExcelJS's full model of a 1,048,576-row sheet takes over 4 GB. A disclosure workbook
 * is far below it.
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
  if (!declared.entries.some((e) => e.name === 'xl/workbook.xml')) throw new WorkbookReadError(name, '不是 Excel 工作簿（缺少 xl/workbook.xml）');
  const customXml = customXmlTexts(buf, declared.entries, name);
  const metadata = templateMetadata(customXml);
  const catalogXml = customXml.find((xml) => xml.includes(CATALOG_NAMESPACE));
  const extras = { ...(metadata ? { metadata } : {}), ...(catalogXml ? { catalogXml } : {}) };
  // The streaming reader first (twice as fast, and what --jobs spends most of its time on); ExcelJS
  // for the XML it declines.
  try {
    return { sheets: await streamSheets(buf, name, declared.entries, limits), ...extras };
  } catch (e) {
    if (!(e instanceof UnreadableXml)) throw e;
    if (streaming) throw new WorkbookReadError(name, `工作表的 XML 超过 32 MB，且“${e.part}”的写法（单引号属性、注释或 CDATA）无法逐行读取：请在 Excel 中打开并另存为 .xlsx 后再试`);
  }
  // Loaded on first use: `check` does not load ExcelJS and its dependencies on every start.
  const { excelJsSheets } = await import(/* webpackChunkName: "exceljs-read" */ './excelJsSheets');
  return { sheets: await excelJsSheets(buf, name), ...extras };
}

function templateMetadata(customXml: readonly string[]): TemplateMetadata | null {
  for (const xml of customXml) {
    if (!xml.includes(TEMPLATE_NAMESPACE)) continue;
    const m = metadataFromXml(xml);
    if (m) return m;
  }
  return null;
}

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}
