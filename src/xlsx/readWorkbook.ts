import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, SheetSnapshot, TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { cellKey } from '../domain/workbook/snapshot';
import { metadataFromXml, TEMPLATE_NAMESPACE } from '../domain/template/metadataXml';
import { readCustomXmlParts } from './customXml';
import { CATALOG_NAMESPACE } from '../domain/catalog/catalogXml';
import { WorkbookReadError } from './workbookReadError';
import { systemErrorReason } from './systemError';

const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_HEADER = [0x50, 0x4b];

/** `shownAs`: the name to use in messages (the path as the user typed it), default `file`. */
export async function readWorkbookFile(file: string, shownAs: string = file): Promise<WorkbookSnapshot> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    throw new WorkbookReadError(shownAs, systemErrorReason(e, 'read'));
  }
  return readWorkbookBuffer(buf, shownAs);
}

export async function readWorkbookBuffer(input: Buffer | ArrayBuffer, name = '工作簿'): Promise<WorkbookSnapshot> {
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
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    throw new WorkbookReadError(name, '文件已损坏，无法解压');
  }
  if (!zip.file('xl/workbook.xml')) throw new WorkbookReadError(name, '不是 Excel 工作簿（缺少 xl/workbook.xml）');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookReadError(name, '文件已损坏，Excel 内容无法解析');
  }
  const sheets: SheetSnapshot[] = [];
  wb.eachSheet((ws) => sheets.push(sheetSnapshot(ws)));
  const metadata = await readMetadata(zip);
  const catalogXml = (await readCustomXmlParts(zip)).find((xml) => xml.includes(CATALOG_NAMESPACE));
  return { sheets, ...(metadata ? { metadata } : {}), ...(catalogXml ? { catalogXml } : {}) };
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
  const values: CellValue[][] = [];
  const formulas = new Set<string>();
  const textFormatted = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master !== cell) return; // merged followers hold the master's value in ExcelJS
      const v = cellValue(cell);
      if (cell.numFmt === '@') textFormatted.add(cellKey(r, c));
      if (cell.type === ExcelJS.ValueType.Formula) formulas.add(cellKey(r, c));
      if (v === null) return;
      while (values.length <= r) values.push([]);
      const line = values[r];
      while (line.length < c) line.push(null);
      line[c] = v;
    });
  });
  const merges: string[] = [...((ws.model as unknown as { merges?: string[] }).merges ?? [])];
  return { name: ws.name, values, formulas, merges, textFormatted };
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  return plainValue(cell.value as unknown);
}

/** An ExcelJS cell value as the snapshot holds it (formulas: their cached result). */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('error' in o && typeof o.error === 'string') return { error: o.error };
    if ('formula' in o || 'sharedFormula' in o) {
      const res = o.result;
      if (res === undefined) return null;
      return plainValue(res);
    }
    if ('text' in o) return plainValue(o.text);
  }
  return String(v);
}

/** Dates as the text a person reads (yyyy-mm-dd), since the core never needs a serial date. */
function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}
