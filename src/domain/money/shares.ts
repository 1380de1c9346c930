import Decimal from 'decimal.js';

/**
 * Shares of one whole in percent with two decimals that add up to exactly 100.00 (largest
 * remainder). Published documents round each share alone and print 98.19 + 0.59 + 1.23 = 100.01.
 * Parts that are zero stay 0.00; with a zero whole every share is 0.00.
 */
export function sharesOfWhole(parts: readonly Decimal[]): Decimal[] {
  const total = parts.reduce((a, b) => a.plus(b), new Decimal(0));
  if (total.isZero() || parts.some((p) => p.isNegative())) {
    return parts.map((p) => (total.isZero() ? new Decimal(0) : p.div(total).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)));
  }
  // Work in hundredths of a percent: 10000 units make the whole.
  const exact = parts.map((p) => p.div(total).times(10000));
  const floors = exact.map((e) => e.floor());
  let missing = new Decimal(10000).minus(floors.reduce((a, b) => a.plus(b), new Decimal(0))).toNumber();
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i]) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const units = floors.slice();
  for (const { i } of order) {
    if (missing <= 0) break;
    if (parts[i].isZero()) continue;
    units[i] = units[i].plus(1);
    missing -= 1;
  }
  return units.map((u) => u.div(100));
}

/** One share of a whole, rounded half up to two decimals (for a lone "占比"). */
export function shareOf(part: Decimal, whole: Decimal): Decimal {
  if (whole.isZero()) return new Decimal(0);
  return part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
