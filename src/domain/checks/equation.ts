import type Decimal from 'decimal.js';
import type { AmountCell, RecognizedTable } from '../recognition/recognizedTable';

/**
 * Every identity a check evaluates, as data: Σ left = Σ right over cells, each with coefficient
 * +1 (left) or −1 (right). A row sum is 合计 = Σ parts, a cross-table identity is its two sides.
 * Held ones are kept as well as broken ones: error localisation (src/domain/localisation) must know
 * which identities a changed cell would break, not only which it would mend.
 */
export interface EquationCell {
  readonly table: RecognizedTable;
  readonly cell: AmountCell;
}

export interface Equation {
  /** Its index in the check's log; a finding that reports it carries the id (detail.equation). */
  readonly id: number;
  readonly rule: string;
  readonly left: readonly EquationCell[];
  readonly right: readonly EquationCell[];
  /** Σ left − Σ right, blank and dash as zero: what the check found. */
  readonly residual: Decimal;
  /** The rounding allowance: within it the identity holds (a 尾数差异 at most). */
  readonly bound: Decimal;
}

/** The identities one check run evaluated, in the order the rules evaluated them. */
export class EquationLog {
  private readonly list: Equation[] = [];

  get equations(): readonly Equation[] {
    return this.list;
  }

  /** Records Σ left = Σ right as the check compared it (residual = Σ left − Σ right); returns its id. */
  record(rule: string, left: readonly EquationCell[], right: readonly EquationCell[], residual: Decimal, bound: Decimal): number {
    const id = this.list.length;
    this.list.push({ id, rule, left, right, residual, bound });
    return id;
  }
}

/** The cells of an equation with their coefficients (a cell printed on both sides nets out). */
export function coefficients(e: Equation): Map<AmountCell, { readonly at: EquationCell; readonly k: number }> {
  const out = new Map<AmountCell, { at: EquationCell; k: number }>();
  const add = (c: EquationCell, k: number) => {
    const had = out.get(c.cell);
    if (had) had.k += k;
    else out.set(c.cell, { at: c, k });
  };
  for (const c of e.left) add(c, 1);
  for (const c of e.right) add(c, -1);
  return out;
}
