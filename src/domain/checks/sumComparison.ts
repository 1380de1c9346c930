import { LISTED_PARTS } from '../findings/findingText';
import { plain, ZERO } from '../money/amount';
import type { AmountCell, RecognizedTable } from '../recognition/recognizedTable';
import Decimal from 'decimal.js';
import { ROUNDING_NOTE, type Finding, type FindingPart, type Severity, type UnitSlip } from '../findings/finding';
import type { EquationRecorder } from './equation';
import { otherUnit, toleranceIn, unitFactor } from './amountUnits';

/** One addend of a sum, named for the message ("基本支出", "208 社会保障和就业支出"). */
export interface Part {
  readonly cell: AmountCell;
  readonly label: string;
}

export interface SumSubject {
  readonly rule: string;
  readonly table: RecognizedTable;
  readonly total: AmountCell;
  /** What the total is ("合计"), for the message. */
  readonly totalLabel: string;
  readonly parts: readonly Part[];
  readonly row: { readonly code: string | null; readonly name: string } | null;
  readonly column: string | null;
  /**
   * Where the comparison stands, in words: "208 社会保障和就业支出 行", "“基本支出”列". Without
   * it the comparison is a named equality and the message says its `relation`.
   */
  readonly where?: string;
  /** The equality compared when row and column do not name it: "收入总计 = 支出总计". */
  readonly relation?: string;
  /** What the parts are when the row does not say it ("下级科目"), for a report. */
  readonly partsAre?: string;
  /** Each side is one printed figure (收入总计 = 支出总计): no rounding excuses a difference. */
  readonly exact?: boolean;
}

/** More parts than this are counted ("12 项之和"), not listed, in the message. */

/**
 * Can a printed value take part in a sum? Errors are reported by recognition. A "not applicable"
 * cell (a dash where the form allows no figure, see recognition/amountInForm) adds nothing, like
 * a blank: the sum over it is still compared.
 */
function usable(c: AmountCell): boolean {
  return c.amount.state === 'amount' || c.amount.state === 'empty' || c.amount.state === 'na';
}

/**
 * Compares a printed total with the sum of its printed parts. Each printed amount is rounded to
 * 0.01 on its own, so n parts can miss their total by up to tolerance × (n + 1): within that it is
 * a 尾数差异 (warning), beyond it an error. Never says which side is right. Every comparison made,
 * held or not, goes into the check's equation log with all its cells (blank parts included).
 */
export function compareSum(s: SumSubject, ctx: { readonly tolerance: Decimal; readonly equations: EquationRecorder }): Finding | null {
  if (!usable(s.total) || s.parts.some((p) => !usable(p.cell))) return null;
  const expected = s.parts.reduce((acc, p) => acc.plus(p.cell.amount.value ?? ZERO), ZERO);
  const actual = s.total.amount.value ?? ZERO;
  const diff = actual.minus(expected);
  // The parts with a value: the ones rounded on their own.
  const valued = s.parts.filter((p) => p.cell.amount.state === 'amount');
  // Compared in the table's own unit, with the allowance of its printed precision.
  const bound = s.exact ? ZERO : toleranceIn(s.table, ctx.tolerance).times(Math.max(valued.length, 1) + 1);
  const equation = ctx.equations.record({
    rule: s.rule,
    table: s.table,
    cells: cellsOf(s),
    leftCount: 1,
    residual: diff.isZero() ? ZERO : diff,
    bound,
  });
  if (diff.isZero()) return null;
  // The parts the message lists, each with its cell.
  const parts: FindingPart[] = valued.map((p) => ({ label: p.label, value: plain(p.cell.amount.value!), cell: { sheet: s.table.sheet, address: p.cell.address } }));
  const blankTotal = s.total.amount.state === 'empty';
  const rounding = diff.abs().lte(bound) && !blankTotal;
  const severity: Severity = rounding ? 'warning' : 'error';
  const slip = rounding || blankTotal ? null : unitSlip(s, actual, expected, bound);
  const slipNote = slip ? `；单元格 ${slip.cell.address} 的 ${slip.value} 像是以${slip.typedIn}填写（本表金额单位为${s.table.amountUnit}），按${s.table.amountUnit}应为 ${slip.converted}` : '';
  const message =
    `${s.table.form.label}（${s.table.sheet}）${s.where ?? s.relation ?? ''}：${s.totalLabel}实为 ${blankTotal ? '空白' : plain(actual)}，` +
    `应为 ${sumText(parts, plain(expected))}，差额 ${plain(diff)}${rounding ? `（${ROUNDING_NOTE}）` : ''}，单元格 ${s.total.address}${slipNote}`;
  return {
    severity,
    rule: s.rule,
    table: s.table.no,
    sheet: s.table.sheet,
    cell: s.total.address,
    row: s.row,
    column: s.column,
    expected: plain(expected),
    actual: plain(actual),
    difference: plain(diff),
    message,
    cells: [s.total, ...s.parts.map((p) => p.cell)].map((c) => ({ sheet: s.table.sheet, address: c.address })),
    detail: {
      kind: 'sum',
      equation,
      parts,
      ...(s.partsAre ? { partsAre: s.partsAre } : {}),
      ...(s.relation ? { relation: s.relation } : {}),
      ...(blankTotal ? { blankTotal } : {}),
      ...(rounding ? { rounding } : {}),
      ...(slip ? { unitSlip: slip } : {}),
    },
  };
}

/**
 * One figure typed in the other unit (a 万元 figure in a 元 table, or the reverse): the single
 * cell of the sum — a part or the total — that, converted exactly, makes the sum hold.
 */
function unitSlip(s: SumSubject, actual: Decimal, expected: Decimal, bound: Decimal): UnitSlip | null {
  const unit = s.table.amountUnit;
  const typedIn = otherUnit(unit);
  const k = unitFactor(typedIn, unit);
  const holds = (total: Decimal, sum: Decimal) => total.minus(sum).abs().lte(bound);
  const candidates: { cell: Part['cell']; value: Decimal; converted: Decimal }[] = [];
  for (const p of s.parts) {
    const v = p.cell.amount.value;
    if (!v || v.isZero()) continue;
    if (holds(actual, expected.minus(v).plus(v.times(k)))) candidates.push({ cell: p.cell, value: v, converted: v.times(k) });
  }
  if (!actual.isZero() && holds(actual.times(k), expected)) candidates.push({ cell: s.total, value: actual, converted: actual.times(k) });
  if (candidates.length !== 1) return null;
  const c = candidates[0];
  return { cell: { sheet: s.table.sheet, address: c.cell.address }, value: plain(c.value), converted: plain(c.converted), typedIn };
}

/** The total, then the parts: one array per logged equation. */
function cellsOf(s: SumSubject): AmountCell[] {
  const cells = [s.total];
  for (const p of s.parts) cells.push(p.cell);
  return cells;
}

/** "基本支出 398.16 + 项目支出 2460.09 = 2858.25", "12 项之和 2460.10", "0.00" when no part has a value. */
function sumText(parts: readonly FindingPart[], expected: string): string {
  if (parts.length === 0) return '0.00';
  if (parts.length > LISTED_PARTS) return `${parts.length} 项之和 ${expected}`;
  return `${parts.map((p) => `${p.label} ${p.value}`).join(' + ')} = ${expected}`;
}

export function describeRow(row: { code: string | null; name: string }): string {
  return `${row.code ? `${row.code} ` : ''}${row.name || '（无名称）'}`;
}
