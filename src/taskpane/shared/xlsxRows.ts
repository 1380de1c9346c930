import JSZip from 'jszip';
import type { RowCell } from '../../domain/catalog/catalogImport';
import { parseAddress } from '../../domain/workbook/a1';
import { unescapeXml } from '../../domain/workbook/xmlText';
import type { SheetSnapshot, WorkbookSnapshot } from '../../domain/workbook/snapshot';

/**
 * The first sheet of an .xlsx as rows of values, for importing a 科目表 in the pane. A small reader
 * over the zip's XML (shared strings, inline strings, numbers) instead of ExcelJS, which would add
 * about 1 MB to the pane for this one button. Formulas contribute their cached values.
 */
export async function xlsxFirstSheetRows(data: ArrayBuffer | Uint8Array): Promise<RowCell[][]> {
  const zip = await openZip(data);
  const sheets = await sheetPaths(zip);
  if (sheets.length === 0) throw new Error('.xlsx 文件中没有工作表。');
  return sheetRows(zip, sheets[0].path, await sharedStrings(zip));
}

/**
 * Every sheet of an .xlsx as a workbook snapshot (values only), for last year's workbook in the
 * 说明 tab: its tables give the 上年 figures of the narrative, as `narrative --prior` does.
 */
export async function xlsxSnapshot(data: ArrayBuffer | Uint8Array): Promise<WorkbookSnapshot> {
  const zip = await openZip(data);
  const shared = await sharedStrings(zip);
  const sheets: SheetSnapshot[] = [];
  for (const { name, path } of await sheetPaths(zip)) sheets.push({ name, values: await sheetRows(zip, path, shared) });
  return { sheets };
}

async function openZip(data: ArrayBuffer | Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(data);
  } catch {
    throw new Error('不是有效的 .xlsx 文件（无法解压）。');
  }
}

async function sheetRows(zip: JSZip, sheetPath: string, shared: readonly string[]): Promise<RowCell[][]> {
  const sheetXml = await zip.file(sheetPath)?.async('string');
  if (!sheetXml) throw new Error('.xlsx 文件中没有工作表。');
  const rows: RowCell[][] = [];
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let m: RegExpExecArray | null;
  while ((m = cellRe.exec(sheetXml)) !== null) {
    const attrs = m[1];
    const body = m[2] ?? '';
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
    if (!ref) continue;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1];
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let value: RowCell = null;
    if (type === 's' && v !== undefined) value = shared[Number(v)] ?? null;
    else if (type === 'inlineStr') value = textOf(body);
    else if (type === 'str' || type === 'e') value = v !== undefined ? unescapeXml(v) : null;
    else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
    else if (v !== undefined) value = Number.isFinite(Number(v)) ? Number(v) : unescapeXml(v);
    const { row, col } = parseAddress(ref);
    while (rows.length <= row) rows.push([]);
    const line = rows[row];
    while (line.length < col) line.push(null);
    line[col] = value;
  }
  return rows;
}

/** Concatenated <t> texts of a string item (rich text has several runs). */
function textOf(xml: string): string {
  const parts: string[] = [];
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) parts.push(unescapeXml(m[1]));
  return parts.join('');
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const xml = await zip.file('xl/sharedStrings.xml')?.async('string');
  if (!xml) return [];
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(textOf(m[1].replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')));
  return out;
}

/** The sheets in tab order with their names, through workbook.xml and its relationships. */
async function sheetPaths(zip: JSZip): Promise<{ name: string; path: string }[]> {
  const wb = await zip.file('xl/workbook.xml')?.async('string');
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  if (!wb) return zip.file('xl/worksheets/sheet1.xml') ? [{ name: 'Sheet1', path: 'xl/worksheets/sheet1.xml' }] : [];
  const out: { name: string; path: string }[] = [];
  const re = /<sheet\b[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(wb)) !== null) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? `Sheet${out.length + 1}`);
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const rel = rid ? new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(rels)?.[0] : undefined;
    const target = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
    const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : `xl/worksheets/sheet${out.length + 1}.xml`;
    out.push({ name, path });
  }
  return out;
}
