import type Decimal from 'decimal.js';
import type { AmountCell, RecognizedTable } from '../recognition/recognizedTable';

/**
 * Every identity a check evaluates, as data: Σ left = Σ right over cells, each with coefficient
 * +1 (left) or −1 (right). A row sum is 合计 = Σ parts, a cross-table identity is its two sides.
 * Held ones are kept as well as broken ones: error localisation (src/domain/localisation) must know
 * which identities a changed cell would break, not only which it would mend. Kept lean (the cells
 * recognition already holds, no wrapper per cell): a large workbook evaluates some 10⁵ of them.
 */
export interface Equation {
  /** Its index in the check's log; a finding that reports it carries the id (detail.equation). */
  readonly id: number;
  readonly rule: string;
  /** The table it is checked in: a sum's, a cross-table identity's first left cell's. */
  readonly table: RecognizedTable;
  /** The left side's cells, then the right side's: one array, as a large workbook logs some 10⁵. */
  readonly cells: readonly AmountCell[];
  /** How many of `cells` are the left side. */
  readonly leftCount: number;
  /** Σ left − Σ right, blank and dash as zero: what the check found. */
  readonly residual: Decimal;
  /** The rounding allowance: within it the identity holds (a 尾数差异 at most). */
  readonly bound: Decimal;
  /** Cells lying in another table than `table` (a cross-table identity), with theirs. */
  readonly elsewhere?: ReadonlyMap<AmountCell, RecognizedTable>;
}

/** A cell of an equation with the table it lies in. */
export interface EquationCell {
  readonly table: RecognizedTable;
  readonly cell: AmountCell;
}

/** Where a comparison records the identity it evaluated; returns its id. */
export interface EquationRecorder {
  record(equation: Omit<Equation, 'id'>): number;
}

/** The identities one check run evaluated, in the order the rules evaluated them. */
export class EquationLog implements EquationRecorder {
  private readonly list: Equation[] = [];

  get equations(): readonly Equation[] {
    return this.list;
  }

  /** Records Σ left = Σ right as the check compared it (residual = Σ left − Σ right); returns its id. */
  record(equation: Omit<Equation, 'id'>): number {
    const id = this.list.length;
    this.list.push({ id, ...equation });
    return id;
  }

  /**
   * Identities a live check evaluated before (or again, at the same ids), kept where they stand; false
   * when their ids do not follow on from the log's.
   */
  keepAll(equations: readonly Equation[]): boolean {
    if (equations.length > 0 && equations[0].id !== this.list.length) return false;
    for (const e of equations) this.list.push(e);
    return true;
  }
}

/** The table a cell of the equation lies in. */
export function tableOf(e: Equation, cell: AmountCell): RecognizedTable {
  return e.elsewhere?.get(cell) ?? e.table;
}

/** Every cell of an equation with its table and coefficient: left (+1) then right (−1), in order. */
export function equationCells(e: Equation): (EquationCell & { readonly k: 1 | -1 })[] {
  return e.cells.map((cell, i) => ({ table: tableOf(e, cell), cell, k: i < e.leftCount ? 1 : -1 }));
}

/** The cells of an equation with their net coefficients (a cell printed on both sides nets out). */
export function coefficients(e: Equation): Map<AmountCell, number> {
  const out = new Map<AmountCell, number>();
  e.cells.forEach((c, i) => out.set(c, (out.get(c) ?? 0) + (i < e.leftCount ? 1 : -1)));
  return out;
}
