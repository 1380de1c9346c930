import type { CellValue } from '../workbook/snapshot';
import type { FillUndoRecord, UndoCell, UndoRow, UndoSheet } from './undoRecord';
import { escapeXml, xmlAttributes as attributes } from '../workbook/xmlText';

/**
 * The latest fill's undo record as one custom XML part of the workbook, so 撤销 survives closing
 * the pane or Excel. Our own small format, written and read as plain text (no DOMParser: the same
 * code runs in the pane, in Node and in tests). Kept free of heavy imports: the Office adapter loads it.
 *
 * <fillUndo xmlns="urn:budget-disclosure:fill-undo:v1" filledAt="2026-11-25T13:40:00.000Z" origin="pane" cells="2" rows="1">
 *   <cell sheet="表1" address="B7" nf="General" wt="n" w="2911.06"/>
 *   <cell sheet="表3" address="B9" nf="@" f="=SUM(B10:B12)" pt="n" p="12" wt="s" w="2080109"/>
 *   <row sheet="表3" row="7" width="3"><v c="0" t="s" v="2080109"/></row>
 *   <sheet name="表1 预算收支总表" id="{…}"><v r="0" c="0" t="s" v="预算公开表1"/><f r="6" c="1"/></sheet>
 * </fillUndo>
 *
 * Values carry their type (n number, s text, b boolean, e error; absent = blank), so a code
 * "2080109" stays text and an amount stays a number. The counts on the root catch a truncated part.
 * A <sheet> is one the fill added from the template, with its cells as the fill left them and its
 * formula cells (<f>); records without added sheets carry no `sheets` count, as older versions wrote them.
 */
export const FILL_UNDO_NAMESPACE = 'urn:budget-disclosure:fill-undo:v1';

/** ` tName="n" name="2911.06"`, or nothing for a blank. Numbers print in JS's shortest exact form. */
function typed(typeAttr: string, valueAttr: string, v: CellValue): string {
  if (v === null || v === '') return '';
  if (typeof v === 'number') return ` ${typeAttr}="n" ${valueAttr}="${String(v)}"`;
  if (typeof v === 'boolean') return ` ${typeAttr}="b" ${valueAttr}="${v ? '1' : '0'}"`;
  if (typeof v === 'string') return ` ${typeAttr}="s" ${valueAttr}="${escapeXml(v)}"`;
  return ` ${typeAttr}="e" ${valueAttr}="${escapeXml(v.error)}"`;
}

export function fillUndoToXml(r: FillUndoRecord): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<fillUndo xmlns="${FILL_UNDO_NAMESPACE}" filledAt="${escapeXml(r.filledAt)}" origin="${r.origin}" cells="${r.cells.length}" rows="${r.insertedRows.length}"${
      r.addedSheets?.length ? ` sheets="${r.addedSheets.length}"` : ''
    }>`,
  ];
  for (const c of r.cells) {
    const f = c.formula ? ` f="${escapeXml(c.formula)}"` : '';
    lines.push(`  <cell sheet="${escapeXml(c.sheet)}" address="${c.address}" nf="${escapeXml(c.numberFormat)}"${f}${typed('pt', 'p', c.value)}${typed('wt', 'w', c.written)}/>`);
  }
  for (const row of r.insertedRows) {
    const values = row.values.map((v, col) => (v === null || v === '' ? '' : `<v c="${col}"${typed('t', 'v', v)}/>`)).join('');
    lines.push(`  <row sheet="${escapeXml(row.sheet)}" row="${row.row}" width="${row.values.length}">${values}</row>`);
  }
  for (const sheet of r.addedSheets ?? []) {
    const values = sheet.values.flatMap((line, row) => line.map((v, col) => (v === null || v === '' ? '' : `<v r="${row}" c="${col}"${typed('t', 'v', v)}/>`))).join('');
    const formulas = sheet.formulas.map((key) => `<f r="${key.split(',')[0]}" c="${key.split(',')[1]}"/>`).join('');
    lines.push(`  <sheet name="${escapeXml(sheet.name)}" id="${escapeXml(sheet.id)}">${values}${formulas}</sheet>`);
  }
  lines.push('</fillUndo>');
  return lines.join('\n');
}

class Damaged extends Error {}

/** The typed value of a pair of attributes; throws Damaged for an unknown type or a bad number. */
function readTyped(a: Map<string, string>, typeAttr: string, valueAttr: string): CellValue {
  const t = a.get(typeAttr);
  const v = a.get(valueAttr);
  if (t === undefined) return null;
  if (v === undefined) throw new Damaged();
  if (t === 's') return v;
  if (t === 'e') return { error: v };
  if (t === 'b' && (v === '1' || v === '0')) return v === '1';
  if (t === 'n' && /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v)) return Number(v);
  throw new Damaged();
}

const ADDRESS = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const P = '(?:[A-Za-z_][\\w.-]*:)?';

/**
 * The record stored by fillUndoToXml; null for any other XML or a damaged part (the pane then
 * says it ignores the record; nothing is ever restored from a record it cannot read whole).
 */
export function fillUndoFromXml(xml: string): FillUndoRecord | null {
  const text = xml.replace(/^\uFEFF/, '').replace(/<!--[\s\S]*?-->/g, '');
  const root = new RegExp(`<${P}fillUndo\\b([^>]*)>`).exec(text);
  if (!root || !new RegExp(`</${P}fillUndo\\s*>`).test(text)) return null;
  const attrs = attributes(root[1]);
  const ns = [...attrs.entries()].find(([k]) => k === 'xmlns' || k.startsWith('xmlns:'));
  if (!ns || ns[1] !== FILL_UNDO_NAMESPACE) return null;
  const filledAt = attrs.get('filledAt') ?? '';
  const origin = attrs.get('origin');
  if (Number.isNaN(Date.parse(filledAt)) || (origin !== 'pane' && origin !== 'cli')) return null;
  try {
    const cells: UndoCell[] = [];
    for (const m of text.matchAll(new RegExp(`<${P}cell\\b([^>]*?)/?>`, 'g'))) {
      const a = attributes(m[1]);
      const sheet = a.get('sheet');
      const address = a.get('address');
      const numberFormat = a.get('nf');
      if (!sheet || !address || !ADDRESS.test(address) || numberFormat === undefined) throw new Damaged();
      const written = readTyped(a, 'wt', 'w');
      if (typeof written === 'boolean' || (written !== null && typeof written === 'object')) throw new Damaged();
      cells.push({ sheet, address, written, value: readTyped(a, 'pt', 'p'), formula: a.get('f') || null, numberFormat });
    }
    const insertedRows: UndoRow[] = [];
    for (const m of text.matchAll(new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row\\s*>)`, 'g'))) {
      const a = attributes(m[1]);
      const sheet = a.get('sheet');
      const row = Number(a.get('row'));
      const width = Number(a.get('width') ?? 0);
      if (!sheet || !Number.isInteger(row) || row < 0 || !Number.isInteger(width) || width < 0 || width > 16384) throw new Damaged();
      const values: (string | number | null)[] = [];
      for (const v of (m[2] ?? '').matchAll(new RegExp(`<${P}v\\b([^>]*?)/?>`, 'g'))) {
        const va = attributes(v[1]);
        const col = Number(va.get('c'));
        const value = readTyped(va, 't', 'v');
        if (!Number.isInteger(col) || col < 0 || col > 16383 || typeof value === 'boolean' || (value !== null && typeof value === 'object')) throw new Damaged();
        while (values.length < col) values.push(null);
        values[col] = value;
      }
      // Blank cells at the end of the insertion are not elements: the width keeps them.
      while (values.length < width) values.push(null);
      insertedRows.push({ sheet, row, values });
    }
    const addedSheets = [...text.matchAll(new RegExp(`<${P}sheet\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}sheet\\s*>)`, 'g'))].map((m) => addedSheet(m[1], m[2] ?? ''));
    if (String(cells.length) !== attrs.get('cells') || String(insertedRows.length) !== attrs.get('rows')) return null;
    if (String(addedSheets.length) !== (attrs.get('sheets') ?? '0')) return null;
    return { filledAt, origin, cells, insertedRows, ...(addedSheets.length > 0 ? { addedSheets } : {}) };
  } catch (e) {
    if (e instanceof Damaged) return null;
    throw e;
  }
}

/** Row or column index of an added sheet's cell; throws Damaged out of range. */
function index(a: Map<string, string>, name: string, max: number): number {
  const n = Number(a.get(name));
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Damaged();
  return n;
}

/** One <sheet>: its name, id, cells and formula cells; throws Damaged for anything it cannot read whole. */
function addedSheet(attrText: string, body: string): UndoSheet {
  const a = attributes(attrText);
  const name = a.get('name');
  const id = a.get('id');
  if (!name || !id) throw new Damaged();
  const values: CellValue[][] = [];
  for (const v of body.matchAll(new RegExp(`<${P}v\\b([^>]*?)/?>`, 'g'))) {
    const va = attributes(v[1]);
    const row = index(va, 'r', 1048575);
    const col = index(va, 'c', 16383);
    while (values.length <= row) values.push([]);
    const line = values[row];
    while (line.length < col) line.push(null);
    line[col] = readTyped(va, 't', 'v');
  }
  const formulas = [...body.matchAll(new RegExp(`<${P}f\\b([^>]*?)/?>`, 'g'))].map((f) => {
    const fa = attributes(f[1]);
    return `${index(fa, 'r', 1048575)},${index(fa, 'c', 16383)}`;
  });
  return { name, id, values, formulas };
}
