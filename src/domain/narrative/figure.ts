import Decimal from 'decimal.js';
import type { CellRef } from '../findings/finding';
import { ZERO } from '../money/amount';

/**
 * A figure the text states, with the cells it was read or derived from. A sum or a difference
 * carries the sources of all its parts, so the pane can select every cell behind a number.
 */
export interface Fig {
  readonly value: Decimal;
  readonly sources: readonly CellRef[];
}

export function fig(value: Decimal, sources: readonly CellRef[]): Fig {
  return { value, sources };
}

export function sumFigs(figs: readonly (Fig | undefined)[]): Fig {
  let value = ZERO;
  const sources: CellRef[] = [];
  for (const f of figs) {
    if (!f) continue;
    value = value.plus(f.value);
    sources.push(...f.sources);
  }
  return { value, sources };
}

export function isZero(f: Fig | undefined): boolean {
  return !f || f.value.isZero();
}

/** Items with a non-zero amount, largest first; equal amounts keep their table order. */
export function largestFirst<T extends { fig: Fig }>(items: readonly T[]): T[] {
  return items
    .map((it, i) => ({ it, i }))
    .filter(({ it }) => !it.fig.value.isZero())
    .sort((a, b) => b.it.fig.value.comparedTo(a.it.fig.value) || a.i - b.i)
    .map(({ it }) => it);
}
