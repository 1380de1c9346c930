import Decimal from 'decimal.js';
import type { Kind } from '../forms/formTypes';
import type { CellRef } from '../findings/finding';
import { decimalFromNumber, normalizeWidth, parseAmount } from '../money/amount';
import type { LayoutCell, SheetLayout } from '../template/sheetLayout';
import type { TemplateRequest } from '../template/templateRequest';
import { wrappedLineCount } from '../template/textWidth';
import { address, rangeAddress } from '../workbook/a1';
import { cellAt, cellText, CellValue, SheetSnapshot, UnitType, UNIT_TYPES, WorkbookSnapshot } from '../workbook/snapshot';
import { PARAMETER_SHEET_NAME, Parameters, ParameterValue } from './parameters';
import {
  ALL_INPUTS,
  CLASS_COLUMNS,
  CLASS_TABLE_FIRST_HEADER,
  CLASS_TABLE_SECTION,
  FINAL_CLASS_ROWS,
  parameterInputs,
  ParameterInput,
} from './parameterInputs';

/**
 * The 说明参数 sheet: written as a SheetLayout (title, hint, sections of 项目 | 填写内容 | 说明) and read
 * back by label text, so a user may insert rows, reorder sections or add notes without breaking it.
 */
const HEADER_LABEL = '项目';
const HEADER_VALUE = '填写内容';
const HEADER_HINT = '说明';
const HINT_LINE =
  '浅黄色单元格由您填写。情况说明中表格里没有的数字和原因（上年数、变动原因、政府采购、绩效等）从这里取；' +
  '按“项目”列的文字读取，可以插入行，但请不要改动“项目”列的文字。不填的项目在情况说明中显示为【请填写…】。';

/** Points per line of the 10–11 pt text of the sheet. */
const LINE_HEIGHT = 14;

const KIND_TEXT: Record<Kind, string> = { budget: '预算', final: '决算' };

function basicValue(input: ParameterInput, req: TemplateRequest): string | number | null {
  switch (input.id) {
    case 'basic.unit':
      return req.unit;
    case 'basic.year':
      return req.year;
    case 'basic.unit-type':
      return req.unitType ?? null;
    case 'basic.kind':
      return KIND_TEXT[req.kind];
    case 'basic.amount-unit':
      return '万元';
    default:
      return null;
  }
}

export function parameterSheetLayout(req: TemplateRequest): SheetLayout {
  const cells: LayoutCell[] = [];
  const merges: string[] = [];
  const choices: Record<string, readonly string[]> = {};
  const put = (row: number, col: number, value: string | number | null, style: LayoutCell['style']) =>
    cells.push({ row, col, value, style });

  put(0, 0, PARAMETER_SHEET_NAME, 'title');
  merges.push(rangeAddress(0, 0, 0, 2));
  put(1, 0, HINT_LINE, 'hint');
  merges.push(rangeAddress(1, 0, 1, 2));
  put(2, 0, HEADER_LABEL, 'header');
  put(2, 1, HEADER_VALUE, 'header');
  put(2, 2, HEADER_HINT, 'header');

  const widths = req.kind === 'final' ? [36, 24, 48, 30, 30] : [36, 30, 52];
  const rowHeights: Record<number, number> = { 0: 28, 1: 48 };
  let row = 3;
  let section = '';
  for (const input of parameterInputs(req.kind, req.profile)) {
    if (input.section !== section) {
      section = input.section;
      put(row, 0, section, 'heading');
      merges.push(rangeAddress(row, 0, row, 2));
      row++;
    }
    put(row, 0, input.label, 'name');
    put(row, 1, input.id.startsWith('basic.') ? basicValue(input, req) : null, 'input');
    put(row, 2, input.hint, 'hint');
    // A wrapped note (or label) gets the lines it needs, so nothing prints over the next row.
    const lines = Math.max(wrappedLineCount(input.label, widths[0]), input.hint ? wrappedLineCount(input.hint, widths[2]) : 1);
    if (lines > 1) rowHeights[row] = LINE_HEIGHT * lines + 3;
    if (input.choices) choices[address(row, 1)] = input.choices;
    row++;
  }

  if (req.kind === 'final') {
    put(row, 0, CLASS_TABLE_SECTION, 'heading');
    merges.push(rangeAddress(row, 0, row, CLASS_COLUMNS.length));
    row++;
    put(row, 0, CLASS_TABLE_FIRST_HEADER, 'header');
    CLASS_COLUMNS.forEach((c, i) => put(row, i + 1, c.header, 'header'));
    row++;
    for (const [, name] of FINAL_CLASS_ROWS) {
      put(row, 0, name, 'name');
      CLASS_COLUMNS.forEach((_, i) => put(row, i + 1, null, 'input'));
      row++;
    }
  }

  return {
    name: PARAMETER_SHEET_NAME,
    cells,
    merges,
    columnWidths: widths,
    rowHeights,
    freezeRows: 3,
    // The 项目 | 填写内容 | 说明 header repeats on every printed page.
    print: { landscape: req.kind === 'final', fitToWidth: true, paper: 'A4', titleRows: { first: 2, last: 2 } },
    tables: [],
    choices,
  };
}

/** Labels compared as people write them: no spaces, half-width brackets, no trailing colon or ＊. */
function labelKey(s: string): string {
  return normalizeWidth(s)
    .replace(/\s+/g, '')
    .replace(/[“”"]/g, '"')
    .replace(/[*＊:：]+$/u, '')
    .replace(/^[*＊]+/u, '');
}

const BY_LABEL = new Map<string, ParameterInput>(
  ALL_INPUTS.flatMap((i) => [i.label, ...(i.aliases ?? [])].map((l) => [labelKey(l), i] as const)),
);
const CLASS_BY_NAME = new Map<string, string>(FINAL_CLASS_ROWS.map(([code, name]) => [labelKey(name), code]));

/** The 说明参数 sheet: by its name, or a renamed copy by its title. */
export function findParameterSheet(wb: WorkbookSnapshot): SheetSnapshot | null {
  const byName = wb.sheets.find((s) => s.name.trim() === PARAMETER_SHEET_NAME);
  if (byName) return byName;
  // A renamed copy: its title (first cells) still says 说明参数.
  return (
    wb.sheets.find((s) => {
      for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) if (cellText(cellAt(s, r, c)).includes(PARAMETER_SHEET_NAME)) return true;
      return false;
    }) ?? null
  );
}

/** Text of a value cell; numbers without binary noise (2911.0600000000004 → "2911.06"). */
function valueText(v: CellValue): string {
  if (typeof v === 'number' && Number.isFinite(v)) return decimalFromNumber(v).toString();
  return cellText(v);
}

function parseYear(s: string): number | null {
  const m = /^(\d{4})(?:年度?)?$/.exec(normalizeWidth(s).replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

function parseUnitType(s: string): UnitType | null {
  const t = s.replace(/\s+/g, '');
  if ((UNIT_TYPES as readonly string[]).includes(t)) return t as UnitType;
  if (/参公|参照公务员/.test(t)) return '参公事业单位';
  if (/^行政/.test(t)) return '行政单位';
  if (/事业单位$/.test(t)) return '事业单位';
  return null;
}

function parseKind(s: string): Kind | null {
  const t = s.replace(/\s+/g, '');
  if (/^(预算|单位预算|部门预算|预算公开|budget)$/i.test(t)) return 'budget';
  if (/^(决算|单位决算|部门决算|决算公开|final)$/i.test(t)) return 'final';
  return null;
}

const EMPTY: Parameters = { unit: null, year: null, unitType: null, kind: null, amountUnit: '万元', inputs: {}, sheet: null };

/** The label and value columns: the ones headed 项目 and 填写内容 (A and B unless someone inserted a column). */
function sheetColumns(sheet: SheetSnapshot): { labelCol: number; valueCol: number } {
  for (let r = 0; r < Math.min(sheet.values.length, 10); r++) {
    const row = sheet.values[r] ?? [];
    const v = row.findIndex((c) => labelKey(cellText(c)) === HEADER_VALUE);
    if (v > 0) {
      const l = row.findIndex((c) => labelKey(cellText(c)) === HEADER_LABEL);
      return { labelCol: l >= 0 && l < v ? l : v - 1, valueCol: v };
    }
  }
  return { labelCol: 0, valueCol: 1 };
}

/** The heading above rows the add-in appends to an older 说明参数 sheet. */
export const ADDED_ROWS_HEADING = '补充项目（预算公开助手新版本增加，请填写）';

/** What to append to an older 说明参数 sheet: cells to write and where each new input will be filled in. */
export interface ParameterRowsToAdd {
  readonly sheet: string;
  readonly cells: readonly { readonly address: string; readonly value: string }[];
  readonly added: readonly { readonly id: string; readonly label: string; readonly cell: CellRef }[];
}

/**
 * The inputs of this kind an existing 说明参数 sheet has no row for (it was written by an earlier version,
 * or a row was deleted), as rows to append below everything on the sheet: a heading, then 项目 | (blank)
 * | 说明. Only empty cells below the last used row are written, so nothing the user wrote moves or is
 * overwritten; the sheet is read by label, so the new rows count wherever they stand. Null without a sheet.
 */
export function missingParameterRows(wb: WorkbookSnapshot, kind: Kind): ParameterRowsToAdd | null {
  const sheet = findParameterSheet(wb);
  if (!sheet) return null;
  const { labelCol, valueCol } = sheetColumns(sheet);
  const present = new Set<string>();
  for (let r = 0; r < sheet.values.length; r++) present.add(labelKey(cellText(cellAt(sheet, r, labelCol))));
  const missing = parameterInputs(kind).filter((i) => ![i.label, ...(i.aliases ?? [])].some((l) => present.has(labelKey(l))));
  if (missing.length === 0) return { sheet: sheet.name, cells: [], added: [] };
  const cells: { address: string; value: string }[] = [];
  let row = sheet.values.length + 1; // one blank row between the user's last row and ours
  cells.push({ address: address(row++, labelCol), value: ADDED_ROWS_HEADING });
  const added = missing.map((input) => {
    cells.push({ address: address(row, labelCol), value: input.label });
    if (input.hint) cells.push({ address: address(row, valueCol + 1), value: input.hint });
    return { id: input.id, label: input.label, cell: { sheet: sheet.name, address: address(row++, valueCol) } };
  });
  return { sheet: sheet.name, cells, added };
}

export function readParameters(wb: WorkbookSnapshot): Parameters {
  const sheet = findParameterSheet(wb);
  if (!sheet) return EMPTY;
  const { labelCol, valueCol } = sheetColumns(sheet);

  let unit: string | null = null;
  let year: number | null = null;
  let unitType: UnitType | null = null;
  let kind: Kind | null = null;
  let amountUnit = '万元';
  let amountUnitGiven = false;
  const inputs: Record<string, ParameterValue> = {};
  const ref = (r: number, c: number): CellRef => ({ sheet: sheet.name, address: address(r, c) });
  /** Columns of the per-类 table once its header row is seen: column index → id prefix. */
  let classCols: { col: number; prefix: string }[] | null = null;

  for (let r = 0; r < sheet.values.length; r++) {
    const label = labelKey(cellText(cellAt(sheet, r, labelCol)));
    if (label === '') continue;
    if (label === labelKey(CLASS_TABLE_FIRST_HEADER)) {
      const row = sheet.values[r] ?? [];
      classCols = [];
      for (let c = labelCol + 1; c < row.length; c++) {
        const h = labelKey(cellText(row[c]));
        const col = CLASS_COLUMNS.find((cc) => labelKey(cc.header) === h);
        if (col) classCols.push({ col: c, prefix: col.prefix });
      }
      continue;
    }
    const classCode = classCols ? CLASS_BY_NAME.get(label.replace(/^[一二三四五六七八九十]+、/u, '')) : undefined;
    if (classCode && classCols) {
      for (const { col, prefix } of classCols) {
        const text = valueText(cellAt(sheet, r, col));
        if (text !== '') inputs[`${prefix}.${classCode}`] = { value: text, cell: ref(r, col) };
      }
      continue;
    }
    const input = BY_LABEL.get(label);
    if (!input) continue;
    const text = valueText(cellAt(sheet, r, valueCol));
    if (text === '') continue;
    switch (input.id) {
      case 'basic.unit':
        unit = text;
        break;
      case 'basic.year':
        year = parseYear(text);
        break;
      case 'basic.unit-type':
        unitType = parseUnitType(text);
        break;
      case 'basic.kind':
        kind = parseKind(text);
        break;
      case 'basic.amount-unit':
        amountUnit = text;
        amountUnitGiven = true;
        break;
      default:
        inputs[input.id] = { value: text, cell: ref(r, valueCol) };
    }
  }
  return { unit, year, unitType, kind, amountUnit, ...(amountUnitGiven ? { amountUnitGiven } : {}), inputs, sheet: sheet.name };
}

/**
 * An amount input as a Decimal: undefined when blank or a dash (nothing to say), 'invalid' when the
 * text is not a number (the narrative then reports the cell instead of guessing).
 */
export function inputAmount(params: Parameters, id: string): { value: Decimal; cell: CellRef } | undefined | 'invalid' {
  const v = params.inputs[id];
  if (!v) return undefined;
  const a = parseAmount(v.value);
  if (a.state === 'amount' && a.value) return { value: a.value, cell: v.cell };
  if (a.state === 'empty' || a.state === 'na') return undefined;
  return 'invalid';
}

/** A count input (团组数, 车辆数, 项目个数): a non-negative whole number, else 'invalid'. */
export function inputCount(params: Parameters, id: string): { value: number; cell: CellRef } | undefined | 'invalid' {
  const v = params.inputs[id];
  if (!v) return undefined;
  const t = normalizeWidth(v.value).replace(/\s+/g, '').replace(/(个|辆|台|套|人次|批次|次|人)$/u, '');
  if (!/^\d+$/.test(t)) return 'invalid';
  return { value: Number(t), cell: v.cell };
}

/**
 * A measured quantity that is no money (办公用房面积 in 平方米): a non-negative decimal, the unit word
 * allowed after it; 'invalid' otherwise.
 */
export function inputNumber(params: Parameters, id: string): { value: Decimal; cell: CellRef } | undefined | 'invalid' {
  const v = params.inputs[id];
  if (!v) return undefined;
  const t = normalizeWidth(v.value).replace(/\s+/g, '').replace(/(平方米|平米|㎡|m2)$/iu, '').replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return 'invalid';
  return { value: new Decimal(t), cell: v.cell };
}
