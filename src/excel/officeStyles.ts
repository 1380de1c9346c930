import type { CellStyle } from '../domain/template/sheetLayout';

/**
 * How each neutral CellStyle looks in Excel through Office.js; mirrors src/xlsx/writeLayouts.ts so a
 * template inserted by the pane looks like one made by the CLI.
 */
export interface OfficeCellStyle {
  readonly font: { readonly name: string; readonly size: number; readonly bold?: boolean; readonly italic?: boolean; readonly color?: string };
  readonly horizontal?: 'Left' | 'Center' | 'Right';
  readonly vertical?: 'Top' | 'Center';
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly fill?: string;
  readonly numberFormat?: string;
}

const FONT = '宋体';
const HEADER_FILL = '#F2F2F2';
const INPUT_FILL = '#FFF9E5';
const GREY = '#808080';

export const OFFICE_STYLES: Record<CellStyle, OfficeCellStyle> = {
  label: { font: { name: FONT, size: 10 }, horizontal: 'Left', vertical: 'Center' },
  title: { font: { name: FONT, size: 16, bold: true }, horizontal: 'Center', vertical: 'Center' },
  unitLine: { font: { name: FONT, size: 10 }, vertical: 'Center' },
  unitLineEnd: { font: { name: FONT, size: 10 }, horizontal: 'Right', vertical: 'Center' },
  header: { font: { name: FONT, size: 10, bold: true }, horizontal: 'Center', vertical: 'Center', wrap: true, border: true, fill: HEADER_FILL },
  columnNumber: { font: { name: FONT, size: 10 }, horizontal: 'Center', border: true },
  code: { font: { name: FONT, size: 10 }, horizontal: 'Left', vertical: 'Center', border: true, numberFormat: '@' },
  name: { font: { name: FONT, size: 10 }, horizontal: 'Left', vertical: 'Center', wrap: true, border: true },
  amount: { font: { name: FONT, size: 10 }, horizontal: 'Right', vertical: 'Center', border: true, numberFormat: '#,##0.00' },
  count: { font: { name: FONT, size: 10 }, horizontal: 'Right', vertical: 'Center', border: true, numberFormat: '#,##0' },
  total: { font: { name: FONT, size: 10, bold: true }, horizontal: 'Right', vertical: 'Center', border: true, numberFormat: '#,##0.00' },
  totalName: { font: { name: FONT, size: 10, bold: true }, horizontal: 'Center', vertical: 'Center', border: true },
  text: { font: { name: FONT, size: 10 }, vertical: 'Center', wrap: true, border: true },
  note: { font: { name: FONT, size: 10, color: GREY }, horizontal: 'Left', vertical: 'Top', wrap: true },
  heading: { font: { name: FONT, size: 12, bold: true }, vertical: 'Center' },
  paragraph: { font: { name: FONT, size: 11 }, vertical: 'Top', wrap: true },
  input: { font: { name: FONT, size: 11 }, vertical: 'Center', wrap: true, border: true, fill: INPUT_FILL },
  hint: { font: { name: FONT, size: 10, color: GREY, italic: true }, vertical: 'Center', wrap: true },
};

/** Excel column width in characters → points (Office.js sets widths in points): 7 px per char + 5 px padding. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * A string as it must be written through `range.values` so Excel keeps it as text: a leading
 * apostrophe (Excel's own "text" prefix, not shown) for anything Excel would parse as a formula,
 * a number or a date.
 */
export function textForValues(s: string): string {
  if (/^[=+\-@]/.test(s)) return `'${s}`;
  return s;
}

/** Codes such as 2080109 or 0101: written into text-formatted cells so they are not turned into numbers. */
export function looksLikeCode(s: string): boolean {
  return /^\d+$/.test(s);
}

/** A value as `range.values` input: null clears, text Excel would parse keeps its text prefix. */
export function cellInput(v: string | number | null): string | number {
  if (v === null) return '';
  return typeof v === 'string' ? textForValues(v) : v;
}
