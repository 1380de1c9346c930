/**
 * The neutral workbook every host is turned into: Excel (Office.js) and .xlsx files (ExcelJS)
 * both produce this, and the pure core reads only this. Values are the cells' displayed values
 * (a formula contributes its cached result), so the core never evaluates anything.
 */

/** An Excel error value such as #REF! or #VALUE!, kept apart from text that merely looks like one. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface SheetSnapshot {
  readonly name: string;
  /** Row-major values from A1 to the end of the used range; rows may be ragged, missing cells are null. */
  readonly values: readonly (readonly CellValue[])[];
  /** Cells that hold a formula (0-based "row,col" keys); their value above is the cached result. */
  readonly formulas?: ReadonlySet<string>;
  /** Merged ranges in A1 notation ("A1:F1"). */
  readonly merges?: readonly string[];
  /** Cells whose number format is text ("@"), 0-based "row,col" keys; used to tell codes from numbers. */
  readonly textFormatted?: ReadonlySet<string>;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  /** The add-in's own metadata (custom XML part), when the workbook carries it. */
  readonly metadata?: TemplateMetadata;
  /** An imported 科目表 stored in the workbook (custom XML part, urn:budget-disclosure:catalog:v1). */
  readonly catalogXml?: string;
}

/** What the add-in writes into one custom XML part of the workbook when it inserts templates. */
export interface TemplateMetadata {
  readonly formVersion: number;
  readonly kind: 'budget' | 'final';
  readonly year: number;
  readonly unit: string;
  readonly unitType?: UnitType;
  /** The profile (table set) the template was written in, e.g. "national-final-9"; Shanxi's when absent. */
  readonly profile?: string;
  /** Sheet name → form id (e.g. "budget/03-expense"; older files "budget-03"), so a renamed table is still found. */
  readonly sheets: Readonly<Record<string, string>>;
}

export type UnitType = '行政单位' | '参公事业单位' | '事业单位';
export const UNIT_TYPES: readonly UnitType[] = ['行政单位', '参公事业单位', '事业单位'];

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetSnapshot): number {
  let n = 0;
  for (const r of sheet.values) if (r.length > n) n = r.length;
  return n;
}

/** The text of a cell as a person reads it: trimmed, inner whitespace kept. Numbers as written by JS. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'string') return v.trim();
  return String(v);
}
