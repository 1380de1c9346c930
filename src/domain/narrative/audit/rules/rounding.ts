import Decimal from 'decimal.js';

/** A percentage rounded as written: to the decimals the text shows ("91.6" → 1, "100" → 0). */
export function roundedAs(d: Decimal, decimals: number): Decimal {
  return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

/** part / whole in percent, unrounded; null for a zero whole. */
export function percentOf(part: Decimal, whole: Decimal): Decimal | null {
  return whole.isZero() ? null : part.div(whole).times(100);
}

export const CENT = new Decimal('0.01');
