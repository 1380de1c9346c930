import type Decimal from 'decimal.js';
import { ZERO } from '../money/amount';
import type { FixedRowDef } from '../forms/formTypes';
import type { Copied, PanelView, ViewRow } from './panelView';

/** Helpers the summary derivations share: reading a source row and naming it in reasons. */

export function amountOr0(view: PanelView | undefined, row: ViewRow | undefined, key: string): Decimal {
  if (!view || !row) return ZERO;
  return view.amount(row, key) ?? ZERO;
}

/** A figure copied from one cell (`because`: the condition that makes the copy right). */
export function copyOf(view: PanelView, row: ViewRow, key: string, because?: string): Copied {
  return { from: { view, row, key }, ...(because ? { because } : {}) };
}

/** "表3 208 社会保障和就业支出 合计" */
export function cite(view: PanelView, row: ViewRow, key: string): string {
  const name = row.level === 'total' ? '合计行' : row.code ? `${row.code} ${row.name}` : row.name;
  return `${view.label()} ${name} ${view.columnLabel(key)}`;
}

/** The 类 lines of a 表1/表4-style panel (fixed rows that carry a code). */
export function classLines(view: PanelView): { def: FixedRowDef; row: ViewRow }[] {
  if (view.def.rows.mode !== 'fixed') return [];
  const out: { def: FixedRowDef; row: ViewRow }[] = [];
  for (const def of view.def.rows.rows) {
    if (!def.code) continue;
    const row = view.fixed(def.key);
    if (row) out.push({ def, row });
  }
  return out;
}

/** True when any coded row or the 合计 line has a non-zero figure in the column. */
export function anyFigure(view: PanelView | undefined, key: string): boolean {
  if (!view || view.col(key) === undefined) return false;
  return view.rows().some((r) => !(view.amount(r, key) ?? ZERO).isZero());
}

export function yuan(d: Decimal): string {
  return d.toFixed(2);
}
