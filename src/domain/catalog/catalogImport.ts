import type { Catalog, Classification } from './catalog';
import { catalogOf, NamedEntry, normalizeCatalogName } from './builtinCatalog';

/**
 * Importing the year's official catalog the way finance bureaus hand it out: an .xlsx or .csv with a
 * code column and a name column, usually under a title and a header row, often with codes stored as
 * numbers, full-width digits or stray spaces. Every line that cannot be used is reported by row.
 */
export type RowCell = string | number | null;

export interface CatalogImport {
  readonly catalog: Catalog;
  readonly problems: string[];
}

const CODE_HEADER = /科目编码|科目代码|^编码$|^代码$|^编号$|科目编号/;
const NAME_HEADER = /科目名称|^名称$/;

function cellString(v: RowCell | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(v) : v;
}

/** "２０８ 01 09" → "2080109"; a leading apostrophe (Excel's text marker) or [ ] around the code go too. */
export function normalizeCode(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0\ufeff]+/g, '')
    .replace(/^'/, '')
    .replace(/^[[【](\d+)[\]】]$/, '$1')
    .replace(/^(\d+)\.0+$/, '$1');
}

/** Classification by the shape of the code; null when it fits none. */
export function classifyCode(code: string): Classification | null {
  if (!/^\d+$/.test(code)) return null;
  const len = code.length;
  if (code[0] === '2' && (len === 3 || len === 5 || len === 7)) return 'function';
  if ((code[0] === '3' || code[0] === '5') && (len === 3 || len === 5)) return 'economic';
  if (code[0] === '1' && (len === 3 || len === 5 || len === 7 || len === 9)) return 'income';
  return null;
}

interface Columns {
  readonly code: number;
  readonly name: number;
  /** First data row (0-based). */
  readonly start: number;
  readonly header: boolean;
  /** 类 | 款 | 项 printed in three columns under a merged 科目编码 (as budget tables do). */
  readonly parts?: { readonly cls: number; readonly item: number; readonly sub: number };
}

function findColumns(rows: readonly (readonly RowCell[])[]): Columns {
  const limit = Math.min(rows.length, 20);
  const texts = (r: number) => (rows[r] ?? []).map((v) => normalizeCatalogName(cellString(v)));
  for (let r = 0; r < limit; r++) {
    const cells = texts(r);
    const cls = cells.indexOf('类');
    if (cls >= 0 && cells[cls + 1] === '款') {
      // The name header is on this row or on the merged row above it.
      const nameHere = cells.findIndex((c) => NAME_HEADER.test(c));
      const name = nameHere >= 0 ? nameHere : r > 0 ? texts(r - 1).findIndex((c) => NAME_HEADER.test(c)) : -1;
      if (name >= 0) {
        const sub = cells[cls + 2] === '项' ? cls + 2 : -1;
        return { code: cls, name, start: r + 1, header: true, parts: { cls, item: cls + 1, sub } };
      }
    }
    const code = cells.findIndex((c) => CODE_HEADER.test(c));
    const name = cells.findIndex((c, i) => i !== code && NAME_HEADER.test(c));
    if (code >= 0 && name >= 0) {
      // 科目编码 merged over 类/款/项 on the next row: let that row decide.
      const next = texts(r + 1);
      if (next[code] === '类') continue;
      return { code, name, start: r + 1, header: true };
    }
  }
  return { code: 0, name: 1, start: 0, header: false };
}

/** Two-digit part of a split code: 1 → "01", "９" → "09". */
function part(v: RowCell | undefined): string {
  const t = normalizeCode(cellString(v));
  return /^\d$/.test(t) ? `0${t}` : t;
}

/**
 * The code of a row in the 类/款/项 layout. Rows often print only their own part (款 "01" under the
 * 类 row above), so the last 类 and 款 carry forward.
 */
function splitCode(row: readonly RowCell[], p: NonNullable<Columns['parts']>, last: { cls: string; item: string }): string {
  const cls = part(row[p.cls]);
  const item = part(row[p.item]);
  const sub = p.sub >= 0 ? part(row[p.sub]) : '';
  if (cls !== '' && item === '' && sub === '') {
    last.cls = cls;
    last.item = '';
    return cls;
  }
  if (item !== '') {
    if (cls !== '') last.cls = cls;
    last.item = item.length === 2 ? last.cls + item : item;
    return sub === '' ? last.item : last.item + sub;
  }
  if (sub !== '') return sub.length === 2 && last.item !== '' ? last.item + sub : sub;
  return '';
}

/** "2080109 社会保险经办机构" in one cell, as some lists print it. */
const CODE_AND_NAME = /^[[【]?([0-9０-９]{3,9})[\]】]?[\s\u3000]*([^\s\u3000\d０-９].*)$/;

export function catalogFromRows(rows: readonly (readonly RowCell[])[], year: number, source: string): CatalogImport {
  const problems: string[] = [];
  const cols = findColumns(rows);
  const entries: NamedEntry[] = [];
  const seen = new Map<string, { name: string; row: number }>();
  let sawCode = cols.header;
  const last = { cls: '', item: '' };

  for (let r = cols.start; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const rowNo = r + 1;
    let rawCode = cols.parts ? splitCode(row, cols.parts, last) : cellString(row[cols.code]).trim();
    let name = cellString(row[cols.name]).replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    if (rawCode === '' && name === '') continue;
    if (name === '') {
      const both = CODE_AND_NAME.exec(rawCode);
      if (both) {
        rawCode = both[1];
        name = both[2].trim();
      }
    }
    const code = normalizeCode(rawCode);
    const classification = classifyCode(code);
    if (classification === null) {
      // Without a header row, lines before the first code are the file's title: not problems.
      if (!sawCode) continue;
      if (code === '') {
        problems.push(`第${rowNo}行：“${name}”没有科目编码，已跳过。`);
        continue;
      }
      problems.push(`第${rowNo}行：科目编码“${rawCode}”无法识别（应为2开头的3/5/7位功能分类、3或5开头的3/5位经济分类或1开头的收入分类编码），已跳过。`);
      continue;
    }
    sawCode = true;
    if (name === '') {
      problems.push(`第${rowNo}行：科目编码${code}没有科目名称，已跳过。`);
      continue;
    }
    name = name.replace(/\s+/g, '');
    const key = `${classification}:${code}`;
    const before = seen.get(key);
    if (before) {
      if (normalizeCatalogName(before.name) !== normalizeCatalogName(name)) {
        problems.push(`第${rowNo}行：科目编码${code}重复，名称“${name}”与第${before.row}行的“${before.name}”不同，保留第${before.row}行。`);
      }
      continue;
    }
    seen.set(key, { name, row: rowNo });
    entries.push({ code, name, classification });
  }
  if (entries.length === 0) problems.push('没有读到任何科目：请确认文件中有“科目编码”和“科目名称”两列。');
  return { catalog: catalogOf(year, source, entries), problems };
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF), with a BOM and tab-separated files tolerated. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\ufeff/, '');
  const firstLine = s.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function catalogFromCsv(text: string, year: number, source: string): CatalogImport {
  return catalogFromRows(parseCsv(text), year, source);
}
