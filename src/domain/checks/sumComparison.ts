import Decimal from 'decimal.js';
import { plain, ZERO } from '../money/amount';
import type { AmountCell, RecognizedTable } from '../recognition/recognizedTable';
import type { Finding, Severity } from '../findings/finding';

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
  /** Where the comparison stands, in words: "208 社会保障和就业支出 行", "“基本支出”列". */
  readonly where: string;
}

/** Can a printed value take part in a sum? Errors are reported by recognition; dashes mean n/a. */
function usable(c: AmountCell): boolean {
  return c.amount.state === 'amount' || c.amount.state === 'empty';
}

/**
 * Compares a printed total with the sum of its printed parts. Each printed amount is rounded to
 * 0.01 on its own, so n parts can miss their total by up to tolerance × (n + 1): within that it is
 * a 尾数差异 (warning), beyond it an error. Never says which side is right.
 */
export function compareSum(s: SumSubject, tolerance: Decimal): Finding | null {
  if (!usable(s.total) || s.parts.some((p) => !usable(p.cell))) return null;
  const expected = s.parts.reduce((acc, p) => acc.plus(p.cell.amount.value ?? ZERO), ZERO);
  const actual = s.total.amount.value ?? ZERO;
  const diff = actual.minus(expected);
  if (diff.isZero()) return null;
  const withValues = s.parts.filter((p) => p.cell.amount.state === 'amount').length;
  const bound = tolerance.times(Math.max(withValues, 1) + 1);
  const rounding = diff.abs().lte(bound) && s.total.amount.state === 'amount';
  const severity: Severity = rounding ? 'warning' : 'error';
  const partsText = s.parts.filter((p) => p.cell.amount.state === 'amount').map((p) => `${p.label} ${plain(p.cell.amount.value!)}`);
  const sumText = partsText.length === 0 ? '0.00' : partsText.length > 6 ? `${partsText.length} 项之和 ${plain(expected)}` : `${partsText.join(' + ')} = ${plain(expected)}`;
  const shown = s.total.amount.state === 'empty' ? '空白' : plain(actual);
  const message =
    `${s.table.form.label}（${s.table.sheet}）${s.where}：${s.totalLabel} ${shown}，应为 ${sumText}，` +
    `差 ${plain(diff)}${rounding ? '（尾数差异，在四舍五入允许范围内）' : ''}，单元格 ${s.total.address}`;
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
  };
}

export function describeRow(row: { code: string | null; name: string }): string {
  return `${row.code ? `${row.code} ` : ''}${row.name || '（无名称）'}`;
}
