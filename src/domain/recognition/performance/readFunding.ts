import { parseAmount } from '../../money/amount';
import type { FundingDef, LabelDef } from '../../forms/performance/performanceForm';
import { labelOf } from './labelValue';
import type { AmountRef, FundingLine } from './performanceTable';
import type { RowCell } from './rowCells';

export interface FundingPair {
  readonly def: LabelDef;
  readonly line: FundingLine;
}

export function amountRef(cell: RowCell, raw?: string): AmountRef {
  const text = raw ?? cell.text;
  return { amount: parseAmount(raw === undefined ? cell.value : raw), raw: text, row: cell.row, col: cell.col, address: cell.address };
}

/**
 * The label/figure pairs of one row of the 项目资金 block, left to right: "实施期资金总额: | 31,500 |
 * 年度资金总额: | 31,500". A figure is the cell after its label, or inside the label's own cell.
 */
export function fundingPairs(cells: readonly RowCell[], funding: FundingDef): FundingPair[] {
  const defs = [...(funding.periodTotal ? [funding.periodTotal] : []), funding.annualTotal, ...funding.parts];
  const out: FundingPair[] = [];
  for (let i = 0; i < cells.length; i++) {
    const found = labelOf(defs, cells[i]);
    if (!found) continue;
    const cell = cells[i];
    let amount: AmountRef | null = null;
    if (found.value !== null) amount = amountRef(cell, found.value);
    else {
      const next = cells[i + 1];
      if (next && !labelOf(defs, next)) {
        amount = amountRef(next);
        i++;
      }
    }
    const key = found.def === funding.periodTotal || found.def === funding.annualTotal ? 'total' : found.def.key;
    out.push({ def: found.def, line: { key, label: cell.text, labelAddress: cell.address, amount } });
  }
  return out;
}
