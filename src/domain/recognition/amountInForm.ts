import { parseAmount, ZERO, type ParsedAmount } from '../money/amount';
import type { CellValue } from '../workbook/snapshot';

/** A dash where the form expects a figure: nothing, i.e. zero (not "not applicable"). */
const DASH_AS_ZERO: ParsedAmount = { state: 'amount', value: ZERO, asText: true };

/**
 * An amount cell read against its form: the one place that decides what a dash means. A dash
 * ("—", "-", "－", "——") is "not applicable" only where the form says the cell cannot hold an
 * amount (FixedRowDef.notApplicable, 公开06表's 基本建设 lines); anywhere else it is zero and
 * takes part in every sum like a blank, so a figure typed over with a dash cannot hide.
 */
export function amountInForm(value: CellValue, notApplicable: boolean): ParsedAmount {
  const a = parseAmount(value);
  return a.state === 'na' && !notApplicable ? DASH_AS_ZERO : a;
}
