import Decimal from 'decimal.js';
import type { Equation } from '../checks/equation';

/**
 * What a change δ of one cell does to an equation it occurs in with coefficient k: the residual
 * r becomes r + k·δ, and the equation holds while that stays within its rounding bound.
 */
export interface Occurrence {
  readonly equation: Equation;
  /** The cell's net coefficient: +1 on the left, −1 on the right (0 if on both sides). */
  readonly k: number;
}

/** A closed range of changes; null ends are unbounded. */
export interface Range {
  readonly lo: Decimal | null;
  readonly hi: Decimal | null;
}

export const ANY: Range = { lo: null, hi: null };

const ZERO = new Decimal(0);
const HUNDRED = new Decimal(100);

/** The changes δ keeping |r + k·δ − shift| within the bound of one equation (shift: what other changed cells add). */
export function rangeFor(o: Occurrence, shift: Decimal = ZERO): Range {
  if (o.k === 0) return ANY;
  const r = o.equation.residual.plus(shift);
  const a = o.equation.bound.neg().minus(r).div(o.k);
  const b = o.equation.bound.minus(r).div(o.k);
  return a.lte(b) ? { lo: a, hi: b } : { lo: b, hi: a };
}

export function intersect(x: Range, y: Range): Range {
  const lo = x.lo === null ? y.lo : y.lo === null ? x.lo : Decimal.max(x.lo, y.lo);
  const hi = x.hi === null ? y.hi : y.hi === null ? x.hi : Decimal.min(x.hi, y.hi);
  return { lo, hi };
}

export function isEmpty(r: Range): boolean {
  return r.lo !== null && r.hi !== null && r.lo.gt(r.hi);
}

export function isBounded(r: Range): boolean {
  return r.lo !== null && r.hi !== null;
}

/** The range of changes keeping every one of these equations within its bound. */
export function feasible(occurrences: readonly Occurrence[]): Range {
  let range = ANY;
  for (const o of occurrences) {
    range = intersect(range, rangeFor(o));
    if (isEmpty(range)) break;
  }
  return range;
}

/** More whole cents than this in a range are not listed one by one (a range that wide is no evidence). */
const MAX_LISTED = 201;

/**
 * The changes of a bounded range in whole cents, most likely first. A mistyped digit moves an
 * amount by a digit times a power of ten (2,467.09 for 2,460.09 is +7.00; 2,406.09 is a
 * transposition, −54.00), while the rounding of the other printed figures only blurs where within
 * a cent or two the identities hold. So the change with the most trailing zeros is the typed
 * value's likeliest original; among equals, the one nearest the middle of the range.
 */
export function likelyChanges(range: Range): Decimal[] {
  if (!isBounded(range) || isEmpty(range)) return [];
  const lo = range.lo!.times(HUNDRED).ceil();
  const hi = range.hi!.times(HUNDRED).floor();
  // A range narrower than a cent (a balance, printed with no allowance): its one exact point.
  if (lo.gt(hi)) return range.lo!.eq(range.hi!) ? [range.lo!] : [];
  const count = hi.minus(lo).toNumber() + 1;
  const mid = range.lo!.plus(range.hi!).div(2);
  const cents: Decimal[] = [];
  if (count <= MAX_LISTED) for (let c = lo; c.lte(hi); c = c.plus(1)) cents.push(c);
  else cents.push(...roundestCents(lo, hi));
  return cents
    .map((c) => ({ c: c.div(HUNDRED), zeros: trailingZeros(c) }))
    .sort((a, b) => b.zeros - a.zeros || a.c.minus(mid).abs().cmp(b.c.minus(mid).abs()))
    .map((x) => x.c);
}

/** The likeliest change of a range, or null when it holds none. */
export function likeliestChange(range: Range): Decimal | null {
  return likelyChanges(range)[0] ?? null;
}

function trailingZeros(cents: Decimal): number {
  if (cents.isZero()) return 99;
  let n = 0;
  let x = cents.abs();
  while (x.mod(10).isZero()) {
    x = x.div(10);
    n++;
  }
  return n;
}

/** In a wide range, the multiples of the largest power of ten it holds (a handful at most). */
function roundestCents(lo: Decimal, hi: Decimal): Decimal[] {
  for (let step = new Decimal(10).pow(hi.minus(lo).abs().plus(1).log(10).ceil()); step.gte(1); step = step.div(10)) {
    const first = lo.div(step).ceil().times(step);
    if (first.gt(hi)) continue;
    const out: Decimal[] = [];
    for (let c = first; c.lte(hi) && out.length < MAX_LISTED; c = c.plus(step)) out.push(c);
    return out;
  }
  return [];
}
