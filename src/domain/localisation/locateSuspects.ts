import type Decimal from 'decimal.js';
import type { Equation, EquationCell } from '../checks/equation';
import type { AmountCell } from '../recognition/recognizedTable';
import { brokenComponents } from './brokenComponents';
import { cellPairExplanations } from './cellPair';
import { singleCellExplanations, type CellExplanation } from './singleCell';

/**
 * Error localisation (Fellegi–Holt): for each group of broken identities that share cells, the
 * fewest cells whose change makes all of them hold without breaking one that held. One cell when
 * the evidence allows; two, three equally good cells are each reported; a pair only when it is the
 * only pair; otherwise nothing — a suspect is evidence, and evidence that points everywhere is none.
 */
export interface Suspect {
  readonly at: EquationCell;
  /** The change that makes the explained identities hold: the suspect's value should be actual + change. */
  readonly change: Decimal;
  /** The broken identities it explains (all of its component's). */
  readonly explains: readonly Equation[];
  /** How many cells explain them equally, this one included. */
  readonly tiedCells: number;
  /** The other cell, when only the two together explain them. */
  readonly pairedWith?: CellExplanation;
}

/** More cells than this explaining a component equally single none out. */
const MAX_TIED = 3;

export function locateSuspects(equations: readonly Equation[], brokenIds: ReadonlySet<number>): Suspect[] {
  if (brokenIds.size === 0) return [];
  const { components, occurrences } = brokenComponents(equations, brokenIds);
  const out: Suspect[] = [];
  for (const component of components) {
    const explains = component.broken;
    const singles = likeliest(singleCellExplanations(component, occurrences), (x) => blanks(x.at.cell));
    if (singles.length > 0) {
      if (singles.length <= MAX_TIED) out.push(...singles.map((s) => ({ ...s, explains, tiedCells: singles.length })));
      continue;
    }
    const pairs = likeliest(cellPairExplanations(component, occurrences) ?? [], (p) => blanks(p.a.at.cell) + blanks(p.b.at.cell));
    if (pairs.length !== 1) continue;
    const { a, b } = pairs[0];
    out.push({ ...a, explains, tiedCells: 1, pairedWith: b }, { ...b, explains, tiedCells: 1, pairedWith: a });
  }
  // Most identities explained first; a single cell before a pair explaining as many.
  return out.sort((x, y) => y.explains.length - x.explains.length || Number(!!x.pairedWith) - Number(!!y.pairedWith));
}

/**
 * A blank cell is a less likely site of a typing error than a typed figure (Fellegi–Holt's
 * reliability weights): explanations through blank cells count only when none avoids them.
 */
function likeliest<T>(xs: readonly T[], weight: (x: T) => number): T[] {
  if (xs.length === 0) return [];
  // A loop, not Math.min(...): a component's candidates grow with the data.
  let best = Infinity;
  for (const x of xs) best = Math.min(best, weight(x));
  return xs.filter((x) => weight(x) === best);
}

function blanks(cell: AmountCell): number {
  return cell.amount.state === 'amount' ? 0 : 1;
}
