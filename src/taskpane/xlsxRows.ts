import JSZip from 'jszip';
import type { RowCell } from '../domain/catalog/catalogImport';
import { parseAddress } from '../domain/workbook/a1';
import { unescapeXml } from '../domain/catalog/catalogXml';

/**
 * The first sheet of an .xlsx as rows of values, for importing a 科目表 in the pane. A small reader
 * over the zip's XML (shared strings, inline strings, numbers) instead of ExcelJS, which would add
 * about 1 MB to the pane for this one button. Formulas contribute their cached values.
 */
export async function xlsxFirstSheetRows(data: ArrayBuffer | Uint8Array): Promise<RowCell[][]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new Error('不是有效的 .xlsx 文件（无法解压）。');
  }
  const sheetPath = await firstSheetPath(zip);
  const sheetXml = await zip.file(sheetPath)?.async('string');
  if (!sheetXml) throw new Error('.xlsx 文件中没有工作表。');
  const shared = await sharedStrings(zip);

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

/** The first sheet in tab order, through workbook.xml and its relationships. */
async function firstSheetPath(zip: JSZip): Promise<string> {
  const wb = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const rid = wb ? /<sheet\b[^>]*\br:id="([^"]+)"/.exec(wb)?.[1] : undefined;
  if (rid && rels) {
    const rel = new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*>`).exec(rels)?.[0];
    const target = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return 'xl/worksheets/sheet1.xml';
}
