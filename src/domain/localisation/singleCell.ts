import type Decimal from 'decimal.js';
import type { EquationCell } from '../checks/equation';
import type { AmountCell } from '../recognition/recognizedTable';
import type { Component } from './brokenComponents';
import { feasible, likeliestChange, type Occurrence } from './cellChange';

/** A cell whose one change makes every broken identity of its component hold, and breaks none that held. */
export interface CellExplanation {
  readonly at: EquationCell;
  readonly change: Decimal;
}

/**
 * The single-cell explanations of a component: a cell in every broken identity (with coefficient
 * ±1) for which one change brings each of them within its rounding bound while every identity
 * that held still holds. Totals are cells like any other: a mistyped 合计 explains its sums.
 */
export function singleCellExplanations(component: Component, occurrences: ReadonlyMap<AmountCell, readonly Occurrence[]>): CellExplanation[] {
  const n = component.broken.length;
  const out: CellExplanation[] = [];
  for (const [cell, { at, inBroken }] of component.cells) {
    if (inBroken.size !== n || !candidate(cell) || [...inBroken.values()].some((k) => Math.abs(k) !== 1)) continue;
    const change = likeliestChange(feasible(occurrences.get(cell) ?? []));
    if (change && !change.isZero()) out.push({ at, change });
  }
  return out;
}

/** A dash marks a line where no figure belongs: never the figure that was mistyped. */
export function candidate(cell: AmountCell): boolean {
  return cell.amount.state === 'amount' || cell.amount.state === 'empty';
}
