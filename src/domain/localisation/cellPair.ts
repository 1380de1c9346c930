import type Decimal from 'decimal.js';
import type { Equation } from '../checks/equation';
import type { AmountCell } from '../recognition/recognizedTable';
import type { Component } from './brokenComponents';
import { feasible, intersect, isBounded, isEmpty, likeliestChange, likelyChanges, rangeFor, type Occurrence, type Range } from './cellChange';
import { candidate, type CellExplanation } from './singleCell';

export interface PairExplanation {
  readonly a: CellExplanation;
  readonly b: CellExplanation;
}

/**
 * Work allowed for one component's pair search, in (cell of the smallest broken identity) ×
 * (cells of the component's broken identities): beyond it the component is left unexplained,
 * so the whole search stays linear in the size of the workbook.
 */
const PAIR_BUDGET = 200_000;

/**
 * Pairs of cells that together explain a component no single cell explains: every broken identity
 * holds one of them, and one change of each makes all of them hold while every identity that held
 * still holds. One of the pair lies in the smallest broken identity, so only its cells are tried as
 * the first; the second must lie in every broken identity the first is not in (any cell of the
 * component when the first is in all of them). Null when the component is too large to search.
 */
export function cellPairExplanations(component: Component, occurrences: ReadonlyMap<AmountCell, readonly Occurrence[]>): PairExplanation[] | null {
  const broken = component.broken;
  if (broken.length < 2) return [];
  const cellsOf = new Map<Equation, AmountCell[]>(broken.map((e) => [e, []]));
  let size = 0;
  for (const [cell, { inBroken }] of component.cells) {
    for (const e of inBroken.keys()) cellsOf.get(e)!.push(cell);
    size += inBroken.size;
  }
  const smallest = broken.reduce((a, e) => (cellsOf.get(e)!.length < cellsOf.get(a)!.length ? e : a));
  if (cellsOf.get(smallest)!.length * size > PAIR_BUDGET) return null;
  const usable = (cell: AmountCell) => candidate(cell) && [...component.cells.get(cell)!.inBroken.values()].every((k) => Math.abs(k) === 1);
  const out: PairExplanation[] = [];
  const tried = new Map<AmountCell, Set<AmountCell>>();
  for (const a of cellsOf.get(smallest)!) {
    if (!usable(a)) continue;
    const inA = component.cells.get(a)!.inBroken;
    const rest = broken.filter((e) => !inA.has(e));
    // In every broken identity but with no one change mending them all: the second cell may be any other.
    const pool = rest.length === 0 ? [...component.cells.keys()] : cellsOf.get(rest.reduce((x, e) => (cellsOf.get(e)!.length < cellsOf.get(x)!.length ? e : x)))!;
    for (const b of pool) {
      if (b === a || !usable(b) || tried.get(b)?.has(a)) continue;
      const inB = component.cells.get(b)!.inBroken;
      if (!rest.every((e) => inB.has(e))) continue;
      tried.set(a, (tried.get(a) ?? new Set()).add(b));
      const pair = solvePair(occurrences.get(a) ?? [], occurrences.get(b) ?? []);
      if (pair) out.push({ a: { at: component.cells.get(a)!.at, change: pair[0] }, b: { at: component.cells.get(b)!.at, change: pair[1] } });
    }
  }
  return out;
}

/**
 * Changes of two cells keeping every identity either occurs in within its bound. The identities
 * of one cell alone fix its change; those of both then fix the other's. Null when no such changes
 * exist, or when neither cell has an identity of its own (the pair would not be determined).
 */
function solvePair(a: readonly Occurrence[], b: readonly Occurrence[]): [Decimal, Decimal] | null {
  const kb = new Map(b.map((o) => [o.equation, o.k]));
  const ka = new Map(a.map((o) => [o.equation, o.k]));
  const joint = a.filter((o) => kb.has(o.equation)).map((o) => ({ equation: o.equation, ka: o.k, kb: kb.get(o.equation)! }));
  const ra = feasible(a.filter((o) => !kb.has(o.equation)));
  const rb = feasible(b.filter((o) => !ka.has(o.equation)));
  if (isEmpty(ra) || isEmpty(rb)) return null;
  if (isBounded(ra)) {
    const d = follow(ra, rb, joint.map((j) => ({ lead: j.ka, other: j.kb, equation: j.equation })));
    return d && [d[0], d[1]];
  }
  if (isBounded(rb)) {
    const d = follow(rb, ra, joint.map((j) => ({ lead: j.kb, other: j.ka, equation: j.equation })));
    return d && [d[1], d[0]];
  }
  return null;
}

/** Tries the leading cell's likely changes in order; for each, the other's range given the joint identities. */
function follow(lead: Range, other: Range, joint: { lead: number; other: number; equation: Equation }[]): [Decimal, Decimal] | null {
  for (const d of likelyChanges(lead)) {
    if (d.isZero()) continue;
    let range = other;
    for (const j of joint) {
      range = intersect(range, rangeFor({ equation: j.equation, k: j.other }, d.times(j.lead)));
      if (isEmpty(range)) break;
    }
    const e = isEmpty(range) ? null : likeliestChange(range);
    if (e && !e.isZero()) return [d, e];
  }
  return null;
}
