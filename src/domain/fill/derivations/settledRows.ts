import type Decimal from 'decimal.js';
import { parentCode } from '../../catalog/catalog';
import { ZERO } from '../../money/amount';
import type { PanelView, ViewRow } from '../panelView';

/**
 * A row of the derived table: its amounts by column key, with the reason each write gives. A key
 * left out is a cell the sources do not settle (表5's 合计 known, its 基本/项目支出 split not): an input.
 */
export interface RowFigures {
  readonly values: ReadonlyMap<string, Decimal>;
  /** Why, for the write of the given column. */
  readonly reason: (key: string) => string;
}

/** What a source row gives the derived table: figures, nothing at all ('zero'), or null: an input. */
export type Settled = RowFigures | 'zero' | null;

export interface SettledRows {
  /** By code, every coded row of the source table. */
  readonly rows: ReadonlyMap<string, Settled>;
  /** The 合计 line, null when any top-level row is an input. */
  readonly total: RowFigures | null;
  /**
   * The rows that need an input (not those that only wait for a row below them), as "208 社会保障和就业支出":
   * rows nothing settles, and rows settled in some columns only.
   */
  readonly inputs: readonly string[];
}

/**
 * Derives a table row by row from a source table with the same subjects (表5 from 表3, 公开05表
 * from 公开03表). `direct` settles a row from what the other tables say (表2: all 一般公共预算 this
 * year, or none of it…). A row it cannot settle is the source row less what its children do not
 * carry over: source − Σ (source child − derived child), which keeps the source's own rounding
 * (a 合计 printed a cent off Σ 类 stays so). The 合计 line is derived the same way from the top rows.
 */
export function settleRows(from: PanelView, label: string, keys: readonly string[], direct: (r: ViewRow) => Settled): SettledRows {
  const classification = from.def.rows.mode === 'coded' ? from.def.rows.classification : 'function';
  const rows = from.codedRows();
  const codes = new Set(rows.map((r) => r.code!));
  const childrenOf = (code: string) => rows.filter((c) => parentCode(classification, c.code!) === code);
  const memo = new Map<string, Settled>();
  const inputs: string[] = [];

  const fromChildren = (r: ViewRow, kids: readonly ViewRow[]): Settled => {
    const settled = kids.map((k) => settle(k));
    if (settled.some((s) => s === null)) return null;
    const values = new Map<string, Decimal>();
    for (const key of keys) {
      // A column a child leaves to an input leaves its parents' to it too.
      if (settled.some((s) => s !== 'zero' && !s!.values.has(key))) continue;
      let v = from.amount(r, key) ?? ZERO;
      kids.forEach((k, i) => {
        const s = settled[i];
        v = v.minus((from.amount(k, key) ?? ZERO).minus(s === 'zero' ? ZERO : s!.values.get(key)!));
      });
      values.set(key, v);
    }
    const what = r.level === 'total' ? `${from.label()} 合计行` : `${from.label()} ${r.code} ${r.name}`;
    return { values, reason: (key) => `由${what} ${from.columnLabel(key)}减去其下级科目中不属于${label}的部分推算` };
  };

  const settle = (r: ViewRow): Settled => {
    const code = r.code!;
    if (memo.has(code)) return memo.get(code)!;
    let s = direct(r);
    const figures = s !== null && s !== 'zero' ? s : null;
    if (figures && keys.some((k) => !figures.values.has(k))) inputs.push(`${code} ${r.name}`);
    if (s === null) {
      const kids = childrenOf(code);
      s = kids.length > 0 ? fromChildren(r, kids) : null;
      // Only a row whose children are all settled is itself an input; the others wait for those below.
      if (s === null && kids.every((k) => settle(k) !== null)) inputs.push(`${code} ${r.name}`);
    }
    memo.set(code, s);
    return s;
  };
  for (const r of rows) settle(r);

  const top = rows.filter((r) => {
    for (let p = parentCode(classification, r.code!); p; p = parentCode(classification, p)) if (codes.has(p)) return false;
    return true;
  });
  const totalRow = from.total();
  const total = totalRow ? fromChildren(totalRow, top) : null;
  return { rows: memo, total: total === 'zero' ? null : total, inputs: rows.map((r) => `${r.code} ${r.name}`).filter((n) => inputs.includes(n)) };
}

/** The row of `t2` that speaks for `code`: its own, or the nearest ancestor's. */
export function ownOrAncestor(t2: PanelView, code: string, classification: 'function' | 'economic' = 'function'): { row: ViewRow; own: boolean } | undefined {
  const own = t2.byCode(code);
  if (own) return { row: own, own: true };
  for (let p = parentCode(classification, code); p; p = parentCode(classification, p)) {
    const r = t2.byCode(p);
    if (r) return { row: r, own: false };
  }
  return undefined;
}
