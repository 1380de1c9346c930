import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import { Readable } from 'stream';
import type { CellValue, SheetSnapshot } from '../domain/workbook/snapshot';
import { cellKey } from '../domain/workbook/snapshot';
import { parseAddress } from '../domain/workbook/a1';
import { EXCEL_MAX_ROWS, type ReadLimits } from './readLimits';
import { dateText } from './sheetBuilder';
import { WorkbookReadError } from './workbookReadError';
import { entryData, type ZipEntry } from './zipDirectory';

/**
 * Reads very large sheets straight from their XML, a chunk at a time, into the snapshot: no model
 * of every cell in between (ExcelJS's full load of a 1,048,576-row sheet takes over 4 GB, and its
 * streaming reader minutes). It reads what the snapshot holds and nothing else — values (shared
 * and inline strings, numbers, booleans, errors, cached formula results, dates as ExcelJS gives
 * them), which cells hold formulas or are formatted as text, and merged ranges — and counts the
 * cells as they come, so a sheet that declared less than it holds is stopped at the limit. Small
 * workbooks keep going through ExcelJS (readWorkbook.ts); test/xlsx/streamSheets.test.ts holds the
 * two to the same snapshot.
 */
export async function streamSheets(buf: Buffer, file: string, entries: readonly ZipEntry[], limits: ReadLimits): Promise<SheetSnapshot[]> {
  const part = (name: string) => entries.find((e) => e.name === name);
  const text = (name: string) => {
    const e = part(name);
    return e ? inflate(buf, e, file).toString('utf8') : '';
  };
  const workbook = text('xl/workbook.xml');
  const rels = relationships(text('xl/_rels/workbook.xml.rels'));
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const styles = cellStyles(text('xl/styles.xml'));
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook);
  const sheets: SheetSnapshot[] = [];
  const count = { cells: 0 };
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = unescapeXml(attr(m[1], 'name') ?? '');
    const target = rels.get(attr(m[1], 'r:id') ?? '');
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const e = part(path);
    if (!e) continue;
    sheets.push(await readSheet(buf, e, name, { file, strings, styles, date1904, limits, count }));
  }
  return sheets;
}

interface Context {
  readonly file: string;
  readonly strings: readonly string[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
  readonly limits: ReadLimits;
  readonly count: { cells: number };
}

interface CellStyle {
  readonly text: boolean;
  readonly date: boolean;
}

async function readSheet(buf: Buffer, e: ZipEntry, name: string, ctx: Context): Promise<SheetSnapshot> {
  const values: CellValue[][] = [];
  const formulas = new Set<string>();
  const textFormatted = new Set<string>();
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let nextRow = 0;
  const onRows = (text: string) => {
    for (const row of text.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const rAttr = attr(row[1], 'r');
      const r = rAttr ? Number(rAttr) - 1 : nextRow;
      nextRow = r + 1;
      if (r >= EXCEL_MAX_ROWS) {
        throw new WorkbookReadError(ctx.file, `工作表“${name}”超出 Excel 的上限 ${EXCEL_MAX_ROWS.toLocaleString('en-US')} 行，不是 Excel 能打开的工作簿`);
      }
      if (row[2] === undefined) continue;
      let nextCol = 0;
      // As ExcelJS: a row of empty (only formatted) cells is no row; its text formats are not kept.
      const marks: string[] = [];
      let hasValue = false;
      for (const cell of row[2].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ref = attr(cell[1], 'r');
        const c = ref ? parseAddress(ref).col : nextCol;
        nextCol = c + 1;
        if (++ctx.count.cells > ctx.limits.maxCells) {
          throw new WorkbookReadError(
            ctx.file,
            `单元格超过上限 ${ctx.limits.maxCells.toLocaleString('en-US')} 个（工作表“${name}”第 ${(r + 1).toLocaleString('en-US')} 行；确需检查时用 --max-cells 提高上限）`,
          );
        }
        const style = ctx.styles[Number(attr(cell[1], 's') ?? 0)];
        if (style?.text) marks.push(cellKey(r, c));
        const inner = cell[2] ?? '';
        if (/<f\b/.test(inner)) {
          formulas.add(cellKey(r, c));
          hasValue = true;
        }
        const v = cellValue(attr(cell[1], 't'), inner, style, ctx);
        if (v === null) continue;
        hasValue = true;
        while (values.length <= r) values.push([]);
        const line = values[r];
        // Fill a gap with nulls only when there is one, so a row of figures stays an array of numbers.
        while (line.length < c) line.push(null);
        line[c] = v;
      }
      if (hasValue) for (const k of marks) textFormatted.add(k);
    }
  };
  const data = entryData(buf, e);
  if (!data) throw new WorkbookReadError(ctx.file, '文件已损坏，无法解压');
  const source = e.method === 8 ? Readable.from([data]).pipe(zlib.createInflateRaw()) : Readable.from([data]);
  try {
    for await (const chunk of source) {
      const text = carry + decoder.write(chunk as Buffer);
      const end = text.lastIndexOf('</row>');
      if (end < 0) {
        carry = text;
        continue;
      }
      onRows(text.slice(0, end + 6));
      carry = text.slice(end + 6);
    }
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError(ctx.file, '文件已损坏，无法解压');
  }
  carry += decoder.end();
  onRows(carry);
  const merges = [...carry.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => m[1]);
  return { name, values, formulas, merges, textFormatted };
}

function cellValue(type: string | undefined, inner: string, style: CellStyle | undefined, ctx: Context): CellValue {
  if (type === 'inlineStr') return richText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
  const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case 's':
      return ctx.strings[Number(raw)] ?? null;
    case 'str':
      return unescapeXml(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'e':
      return { error: unescapeXml(raw) };
    case 'd':
      return dateText(new Date(raw));
    default: {
      const n = Number(raw);
      if (style?.date && Number.isFinite(n)) return dateText(new Date(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 864e5)));
      return n;
    }
  }
}

function inflate(buf: Buffer, e: ZipEntry, file: string): Buffer {
  const data = entryData(buf, e);
  if (!data) throw new WorkbookReadError(file, '文件已损坏，无法解压');
  try {
    return e.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) }) : data;
  } catch {
    throw new WorkbookReadError(file, '文件已损坏，无法解压');
  }
}

function relationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) out.set(id, unescapeXml(target));
  }
  return out;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => richText(m[1] ?? ''));
}

/** The text of a string item: its <t> runs joined, phonetic guides (<rPh>) left out. */
function richText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)) out += m[1];
  return unescapeXml(out);
}

/** Built-in number formats that ExcelJS reads as dates (and 49, text). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const BUILTIN_TEXT = 49;

function cellStyles(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'numFmtId');
    if (id) formats.set(Number(id), unescapeXml(attr(m[1], 'formatCode') ?? ''));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const id = Number(attr(m[1], 'numFmtId') ?? 0);
    const code = formats.get(id);
    if (code !== undefined) return { text: code === '@', date: isDateFormat(code) };
    return { text: id === BUILTIN_TEXT, date: BUILTIN_DATE.has(id) };
  });
}

/** As ExcelJS decides it: date letters outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const ATTRIBUTE = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTE.get(name);
  if (!re) ATTRIBUTE.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const m = re.exec(attrs);
  return m ? m[1] : undefined;
}

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}
