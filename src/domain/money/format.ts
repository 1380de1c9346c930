import Decimal from 'decimal.js';
import { NOT_FINITE, printed } from './amount';

/**
 * Amounts in the published wording: two decimals with thousands separators (2,911.06), but a
 * plain 0 for zero ("上年结转0万元"), as the seeds print it.
 */
export function formatWan(d: Decimal): string {
  if (!d.isFinite()) return NOT_FINITE;
  const p = printed(d);
  if (p.isZero()) return '0';
  const [int, frac] = p.abs().toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${p.isNegative() ? '-' : ''}${grouped}.${frac}`;
}

/** A percentage with two decimals: "15.49". */
export function formatPercent(d: Decimal): string {
  if (!d.isFinite()) return NOT_FINITE;
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
