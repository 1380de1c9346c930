import { coefficients, tableOf, type Equation, type EquationCell } from '../checks/equation';
import type { AmountCell } from '../recognition/recognizedTable';
import type { Occurrence } from './cellChange';

/**
 * The broken identities of a workbook, grouped into connected components by shared cells: one
 * mistyped figure breaks every identity it is in, and those share it, so each component is one
 * problem to explain. For each cell of a broken identity, every identity it occurs in — the
 * broken ones and those that hold, which a change of that cell must not break.
 */
export interface Component {
  readonly broken: readonly Equation[];
  /** Every cell of the component's broken identities, with its net coefficient in each. */
  readonly cells: ReadonlyMap<AmountCell, { readonly at: EquationCell; readonly inBroken: ReadonlyMap<Equation, number> }>;
}

export interface BrokenIdentities {
  readonly components: readonly Component[];
  /** For each cell of a broken identity: all identities it occurs in, with its coefficient. */
  readonly occurrences: ReadonlyMap<AmountCell, readonly Occurrence[]>;
}

export function brokenComponents(equations: readonly Equation[], brokenIds: ReadonlySet<number>): BrokenIdentities {
  const broken = equations.filter((e) => brokenIds.has(e.id));
  const terms = broken.map(coefficients);
  // Union–find over broken identities; a cell joins every identity it occurs in to the first one.
  const parent = broken.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const firstWith = new Map<AmountCell, number>();
  terms.forEach((t, i) => {
    for (const [cell, k] of t) {
      if (k === 0) continue;
      const j = firstWith.get(cell);
      if (j === undefined) firstWith.set(cell, i);
      else parent[find(i)] = find(j);
    }
  });
  const byRoot = new Map<number, number[]>();
  broken.forEach((_, i) => {
    const r = find(i);
    const list = byRoot.get(r) ?? [];
    list.push(i);
    byRoot.set(r, list);
  });
  const components: Component[] = [...byRoot.values()].map((members) => {
    const cells = new Map<AmountCell, { at: EquationCell; inBroken: Map<Equation, number> }>();
    for (const i of members) {
      for (const [cell, k] of terms[i]) {
        if (k === 0) continue;
        const c = cells.get(cell) ?? { at: { table: tableOf(broken[i], cell), cell }, inBroken: new Map<Equation, number>() };
        c.inBroken.set(broken[i], k);
        cells.set(cell, c);
      }
    }
    return { broken: members.map((i) => broken[i]), cells };
  });
  return { components, occurrences: occurrencesOf(equations, firstWith) };
}

/** One pass over every identity the check evaluated, keeping those that touch a broken identity's cell. */
function occurrencesOf(equations: readonly Equation[], cells: ReadonlyMap<AmountCell, unknown>): Map<AmountCell, Occurrence[]> {
  const out = new Map<AmountCell, { equation: Equation; k: number }[]>();
  const add = (equation: Equation, cell: AmountCell, k: number) => {
    if (!cells.has(cell)) return;
    const list = out.get(cell) ?? [];
    // A cell's occurrences in one equation are added one after the other: net them.
    const last = list[list.length - 1];
    if (last && last.equation === equation) last.k += k;
    else list.push({ equation, k });
    out.set(cell, list);
  };
  if (cells.size === 0) return out;
  // A plain loop: a large workbook logs some 10⁵ identities, and a live check runs this after each edit.
  for (const e of equations) {
    const list = e.cells;
    for (let i = 0; i < list.length; i++) if (cells.has(list[i])) add(e, list[i], i < e.leftCount ? 1 : -1);
  }
  return out;
}
