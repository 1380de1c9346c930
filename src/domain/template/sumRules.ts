import Decimal from 'decimal.js';
import type { CellSelector, ColumnType, FixedRowDef, FormDef, PanelDef } from '../forms/formTypes';
import { address, columnLetter, rangeAddress } from '../workbook/a1';
import type { SumRuleLayout } from './sheetLayout';

/**
 * Conditional formats that turn a broken total red in Excel itself, without the add-in: each
 * formula is TRUE when a total differs from the sum of its n parts by more than 0.005 × (n + 1),
 * the rounding allowance the checks use. Formulas are relative to the top-left cell of their
 * range, so one rule covers a whole column of row sums or a whole row of column sums.
 */

/** Rounding allowance per printed amount (万元), as in checks/checkWorkbook DEFAULT_TOLERANCE. */
const PER_AMOUNT = new Decimal('0.005');

export type BodyLineKind =
  | { readonly kind: 'fixed'; readonly def: FixedRowDef }
  | { readonly kind: 'total'; readonly label: string }
  | { readonly kind: 'blank' };

export type BodyLine = BodyLineKind & { readonly row: number };

/** A panel as placed on the sheet: its columns and its body lines with sheet rows (0-based). */
export interface PlacedPanel {
  readonly panel: PanelDef;
  readonly columns: readonly { readonly key: string; readonly type: ColumnType; readonly col: number }[];
  readonly lines: readonly BodyLine[];
}

export function sumRules(form: FormDef, placed: readonly PlacedPanel[]): SumRuleLayout[] {
  const out: SumRuleLayout[] = [];
  for (const p of placed) {
    out.push(...rowSumRules(p));
    if (p.panel.rows.mode === 'fixed') out.push(...columnSumRules(p));
    else out.push(...totalLineRules(p));
  }
  out.push(...crossPanelRules(form, placed));
  return out;
}

function tolerance(n: number): string {
  return PER_AMOUNT.times(n + 1).toString();
}

/**
 * "|difference| exceeds the allowance", with the difference rounded to 6 decimals first: spreadsheets add
 * in binary floating point, so 318.97 − 318.96 is 0.0100000000000193, which would colour a 0.01 rounding
 * difference at exactly the allowance (a 尾数差异 for the checks) as broken. Amounts carry two decimals.
 */
function exceeds(difference: string, allowance: string): string {
  return `ROUND(ABS(${difference}),6)>${allowance}`;
}

function colOf(p: PlacedPanel, key: string): number | undefined {
  return p.columns.find((c) => c.key === key)?.col;
}

function rowOf(p: PlacedPanel, key: string): number | undefined {
  return p.lines.find((l) => l.kind === 'fixed' && l.def.key === key)?.row;
}

/** Consecutive runs of sorted numbers: [3,4,5,8] → [[3,5],[8,8]]. */
function runs(values: readonly number[]): [number, number][] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === v - 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}

/** A sum as a term of a difference: parenthesised only when it has several terms. */
function term(terms: readonly string[]): string {
  return terms.length === 1 ? terms[0] : `(${terms.join('+')})`;
}

/** Sum of cells as a formula term: SUM(C8:C37) for runs of three or more, else (C8+C9). */
function sumOf(cells: readonly { row: number; col: number }[]): string {
  const terms: string[] = [];
  const byCol = new Map<number, number[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c.row]);
  for (const [col, rows] of byCol) {
    for (const [a, b] of runs(rows)) {
      if (b - a >= 2) terms.push(`SUM(${rangeAddress(a, col, b, col)})`);
      else for (let r = a; r <= b; r++) terms.push(address(r, col));
    }
  }
  return term(terms);
}

const amountLike = (t: ColumnType) => t === 'amount' || t === 'count';

/** 合计 = 基本支出 + 项目支出 in every row that carries figures. */
function rowSumRules(p: PlacedPanel): SumRuleLayout[] {
  const out: SumRuleLayout[] = [];
  for (const s of p.panel.rowSums ?? []) {
    const total = colOf(p, s.total);
    const parts = s.parts.map((k) => colOf(p, k));
    if (total === undefined || parts.some((c) => c === undefined)) continue;
    const rows = p.lines
      .filter((l) => {
        if (l.kind !== 'fixed') return true;
        if (s.rows) return s.rows.includes(l.def.key);
        return !l.def.spacer && !l.def.heading && !l.def.notApplicable;
      })
      .map((l) => l.row);
    for (const [a, b] of runs(rows)) {
      const partSum = term(parts.map((c) => address(a, c!)));
      out.push({
        range: rangeAddress(a, total, b, total),
        formula: exceeds(`${address(a, total)}-${partSum}`, tolerance(parts.length)),
      });
    }
  }
  return out;
}

/** Fixed total lines (本年支出合计 = Σ 类 lines …), one rule across the amount columns. */
function columnSumRules(p: PlacedPanel): SumRuleLayout[] {
  const out: SumRuleLayout[] = [];
  for (const s of p.panel.columnSums ?? []) {
    const totalRow = rowOf(p, s.total);
    if (totalRow === undefined) continue;
    const partRows: number[] = [];
    for (const part of s.parts) {
      if (part === '*classes') {
        for (const l of p.lines) if (l.kind === 'fixed' && !l.def.spacer && l.def.code?.length === 3) partRows.push(l.row);
      } else {
        const r = rowOf(p, part);
        if (r !== undefined) partRows.push(r);
      }
    }
    if (partRows.length === 0) continue;
    const cols = p.columns
      .filter((c) => amountLike(c.type) && (!s.columns || s.columns.includes(c.key)))
      .map((c) => c.col);
    for (const [a, b] of runs(cols)) {
      out.push({
        range: rangeAddress(totalRow, a, totalRow, b),
        formula: exceeds(`${address(totalRow, a)}-${sumOf(partRows.map((row) => ({ row, col: a })))}`, tolerance(partRows.length)),
      });
    }
  }
  return out;
}

/**
 * The 合计 line of a coded panel adds up its 类 rows (3-digit codes; 表6 prints names only, so
 * there a 类 row is one without a 政府经济分类 name); a list panel's total line adds up every line.
 * Formulas stay short: Excel caps a conditional format's formula at 255 characters.
 */
function totalLineRules(p: PlacedPanel): SumRuleLayout[] {
  const totalLine = p.lines.find((l) => l.kind === 'total');
  const blanks = p.lines.filter((l) => l.kind === 'blank').map((l) => l.row);
  if (!totalLine || blanks.length === 0) return [];
  const [first, last] = [Math.min(...blanks), Math.max(...blanks)];
  const abs = (col: number) => `$${columnLetter(col)}$${first + 1}:$${columnLetter(col)}$${last + 1}`;
  let isClass: string | null = null;
  if (p.panel.rows.mode === 'coded') {
    const code = colOf(p, 'code');
    const name = colOf(p, 'name');
    // 表6 prints a 类 line with its 政府预算支出经济科目名称 blank, the 款 lines with theirs filled.
    const text = p.columns.find((c) => c.type === 'text')?.col;
    if (code !== undefined) isClass = `(LEN(${abs(code)})=3)`;
    else if (name !== undefined && text !== undefined) isClass = `(${abs(name)}<>"")*(${abs(text)}="")`;
    else return [];
  }
  const cols = p.columns.filter((c) => amountLike(c.type)).map((c) => c.col);
  const out: SumRuleLayout[] = [];
  for (const [a, b] of runs(cols)) {
    const total = address(totalLine.row, a);
    const body = rangeAddress(first, a, last, a);
    out.push({
      range: rangeAddress(totalLine.row, a, totalLine.row, b),
      formula: isClass
        ? exceeds(`${total}-SUMPRODUCT(${isClass}*${body})`, `${PER_AMOUNT.toString()}*(SUMPRODUCT(${isClass}*1)+1)`)
        : exceeds(`${total}-SUM(${body})`, `${PER_AMOUNT.toString()}*(COUNT(${body})+1)`),
    });
  }
  return out;
}

/** Sums whose parts stand in other panels (公开06表 310 资本性支出, 公用经费合计). */
function crossPanelRules(form: FormDef, placed: readonly PlacedPanel[]): SumRuleLayout[] {
  const at = (s: CellSelector) => {
    const p = placed.find((x) => x.panel.key === s.panel);
    if (!p) return undefined;
    const row = rowOf(p, s.row);
    const col = colOf(p, s.column);
    return row === undefined || col === undefined ? undefined : { row, col };
  };
  const out: SumRuleLayout[] = [];
  for (const s of form.crossPanelSums ?? []) {
    const total = at(s.total);
    const parts = s.parts.map(at);
    if (!total || parts.length === 0 || parts.some((x) => !x)) continue;
    out.push({
      range: address(total.row, total.col),
      formula: exceeds(`${address(total.row, total.col)}-${sumOf(parts as { row: number; col: number }[])}`, tolerance(parts.length)),
    });
  }
  return out;
}
