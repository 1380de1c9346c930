import { StringDecoder } from 'string_decoder';
import * as zlib from 'zlib';
import { Readable } from 'stream';
import type { CellValue, SheetSnapshot } from '../domain/workbook/snapshot';
import { cellKey } from '../domain/workbook/snapshot';
import { parseAddress } from '../domain/workbook/a1';
import { EXCEL_MAX_ROWS, type ReadLimits } from './readLimits';
import { dateText } from './dateText';
import { WorkbookReadError } from './workbookReadError';
import { entryData, type ZipEntry } from './zipDirectory';
import { zipPart } from './zipPart';

/**
 * Reads a workbook's sheets straight from their XML, a chunk at a time, into the snapshot: no model
 * of every cell in between. It reads what the snapshot holds and nothing else — values (shared
 * and inline strings, numbers, booleans, errors, cached formula results, dates as ExcelJS gives
 * them), which cells hold formulas or are formatted as text, and merged ranges — and counts the
 * cells as they come, so a sheet that declared less than it holds is stopped at the limit.
 *
 * Why not ExcelJS: its full load builds a model of every cell and style (over 4 GB for a
 * 1,048,576-row sheet, and about twice this reader's time on a disclosure workbook), and `check`
 * on a folder spends most of its time reading. ExcelJS stays the reference: it reads what this
 * reader declines (UnreadableXml: single-quoted attributes, comments, CDATA), and
 * test/xlsx/streamSheets.test.ts holds the two to the same snapshot on the files the product meets.
 */
export class UnreadableXml extends Error {
  constructor(readonly part: string) {
    super(`${part}: XML written in a form this reader does not handle`);
  }
}

/**
 * An element's optional namespace prefix: files written with the OpenXML SDK name every element
 * <x:row>, <x:c>, … ExcelJS reads such sheets as empty; this reader reads them.
 */
const P = '(?:[A-Za-z_][\\w.-]*:)?';
const el = (pattern: string, flags = '') => new RegExp(pattern.replace(/<(\\\/)?(?=[A-Za-z])/g, `<$1${P}`), flags);

const WORKBOOK_PR = el('<workbookPr\\b[^>]*\\bdate1904="(1|true)"');
const SHEET = el('<sheet\\b([^>]*)\\/?>', 'g');
const ROW = el('<row\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/row>)', 'g');
const CELL = el('<c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/c>)', 'g');
const FORMULA = el('<f\\b');
const MERGE = el('<mergeCell\\b[^>]*\\bref="([^"]+)"', 'g');
const INLINE = el('<is\\b[^>]*>([\\s\\S]*?)<\\/is>');
const VALUE = el('<v\\b[^>]*>([\\s\\S]*?)<\\/v>');
const RELATIONSHIP = el('<Relationship\\b([^>]*)\\/?>', 'g');
// An empty item (<si/>) first, so that its tag is not taken for the opening of the next item's text.
const STRING_ITEM = el('<si(?:\\s[^>]*)?\\/>|<si(?:\\s[^>]*)?>([\\s\\S]*?)<\\/si>', 'g');
const PHONETIC = el('<rPh\\b[\\s\\S]*?<\\/rPh>', 'g');
const TEXT_RUN = el('<t\\b[^>]*>([\\s\\S]*?)<\\/t>', 'g');
const NUMBER_FORMAT = el('<numFmt\\b([^>]*)\\/?>', 'g');
const CELL_XFS = el('<cellXfs\\b[^>]*>([\\s\\S]*?)<\\/cellXfs>');
const XF = el('<xf\\b([^>]*?)(?:\\/>|>[\\s\\S]*?<\\/xf>)', 'g');
const ROW_END = el('<\\/row>$');
/** The sheet's relationship id, whatever the prefix of its namespace (r:id). */
const RELATION_ID = /(?:^|\s)[\w.-]+:id="([^"]*)"/;

/** Attributes in single quotes: valid XML the patterns here would miss, so the caller reads the file another way. */
const SINGLE_QUOTED = el("<(?:c|row|sheet|xf|numFmt|mergeCell|Relationship|workbookPr)\\s[^>]*='");

/** The same for CDATA sections and comments, whose text may look like markup (Excel writes neither). */
function plain(part: string, xml: string): string {
  if (SINGLE_QUOTED.test(xml) || xml.includes('<![CDATA[') || xml.includes('<!--')) throw new UnreadableXml(part);
  return xml;
}

/** Where the text's last </row> (or </x:row>) ends, or -1. */
function lastRowEnd(text: string): number {
  for (let i = text.lastIndexOf('row>'); i >= 0; i = text.lastIndexOf('row>', i - 1)) {
    const open = text.lastIndexOf('</', i);
    if (open >= 0 && ROW_END.test(text.slice(open, i + 4))) return i + 4;
  }
  return -1;
}

export async function streamSheets(buf: Buffer, file: string, entries: readonly ZipEntry[], limits: ReadLimits): Promise<SheetSnapshot[]> {
  const part = (name: string) => entries.find((e) => e.name === name);
  const text = (name: string) => {
    const e = part(name);
    return e ? plain(name, zipPart(buf, e, file).toString('utf8')) : '';
  };
  const workbook = text('xl/workbook.xml');
  const rels = relationships(text('xl/_rels/workbook.xml.rels'));
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const styles = cellStyles(text('xl/styles.xml'));
  const date1904 = WORKBOOK_PR.test(workbook);
  const sheets: SheetSnapshot[] = [];
  const count = { cells: 0 };
  for (const m of workbook.matchAll(SHEET)) {
    const name = unescapeXml(attr(m[1], 'name') ?? '');
    const target = rels.get(RELATION_ID.exec(m[1])?.[1] ?? '');
    if (!target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const e = part(path);
    if (!e) continue;
    sheets.push(await readSheet(buf, e, name, { file, strings, styles, date1904, limits, count }));
  }
  return sheets;
}

const WHOLE_UP_TO_BYTES = 8 * 2 ** 20;

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
    for (const row of text.matchAll(ROW)) {
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
      for (const cell of row[2].matchAll(CELL)) {
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
        if (FORMULA.test(inner)) {
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
  // A sheet of a few MB is unpacked in one piece (no stream to set up, no trip to zlib's thread pool);
  // a bigger one a chunk at a time, so its whole text is never in memory.
  const source =
    e.uncompressedSize <= WHOLE_UP_TO_BYTES
      ? [zipPart(buf, e, ctx.file)]
      : e.method === 8
        ? Readable.from([data]).pipe(zlib.createInflateRaw())
        : Readable.from([data]);
  try {
    for await (const chunk of source) {
      const text = plain(e.name, carry + decoder.write(chunk as Buffer));
      const end = lastRowEnd(text);
      if (end < 0) {
        carry = text;
        continue;
      }
      onRows(text.slice(0, end));
      carry = text.slice(end);
    }
  } catch (err) {
    if (err instanceof WorkbookReadError || err instanceof UnreadableXml) throw err;
    throw new WorkbookReadError(ctx.file, '文件已损坏，无法解压');
  }
  carry = plain(e.name, carry + decoder.end());
  onRows(carry);
  const merges = [...carry.matchAll(MERGE)].map((m) => m[1]);
  return { name, values, formulas, merges, textFormatted };
}

function cellValue(type: string | undefined, inner: string, style: CellStyle | undefined, ctx: Context): CellValue {
  if (type === 'inlineStr') return richText(INLINE.exec(inner)?.[1] ?? '');
  const raw = VALUE.exec(inner)?.[1];
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

function relationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(RELATIONSHIP)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) out.set(id, unescapeXml(target));
  }
  return out;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(STRING_ITEM)].map((m) => richText(m[1] ?? ''));
}

/** The text of a string item: its <t> runs joined, phonetic guides (<rPh>) left out. */
function richText(xml: string): string {
  const body = xml.replace(PHONETIC, '');
  let out = '';
  for (const m of body.matchAll(TEXT_RUN)) out += m[1];
  return unescapeXml(out);
}

/** Built-in number formats that ExcelJS reads as dates (and 49, text). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const BUILTIN_TEXT = 49;

function cellStyles(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  for (const m of xml.matchAll(NUMBER_FORMAT)) {
    const id = attr(m[1], 'numFmtId');
    if (id) formats.set(Number(id), unescapeXml(attr(m[1], 'formatCode') ?? ''));
  }
  const xfs = CELL_XFS.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(XF)].map((m) => {
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
