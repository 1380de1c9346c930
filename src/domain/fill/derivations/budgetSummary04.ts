import { budgetTable02 } from '../../forms/budget/table02';
import { budgetTable03 } from '../../forms/budget/table03';
import { budgetTable04 } from '../../forms/budget/table04';
import type { FillContext } from '../fillContext';
import { PanelView, type ViewRow } from '../panelView';
import { amountOr0, anyFigure, cite, classLines, copyOf, yuan } from '../sources';

/** 表4 income line ← 表2 合计-line column; 表4 expense column ← the 表2 column of the same source. */
const SOURCES: readonly (readonly [incomeLine: string, t2Col: string, t4Col: string])[] = [
  ['gpb', 'gpb', 'gpb'],
  ['gov-fund', 'govFund', 'govFund'],
  ['soe', 'soe', 'soe'],
];
const NON_FISCAL = ['special', 'unitFunds'];

/**
 * 预算公开表4 from 表2 and 表3. Income: the three 财政拨款 sources from 表2's 合计 line; 上年财政拨款结转
 * is blank when 表2 has no 上年结转 and otherwise needs its sources (表2 does not split it). Expense:
 * a 类 line equals 表3's 类 row in the column of its one source when 表2 shows that 类 funded by one
 * 财政拨款 source alone, its 上年结转 (if any) being that source's as split on 表4; each 类 is settled
 * on its own, and the rest are named in a note.
 */
export function budgetSummary04(ctx: FillContext): void {
  if (ctx.kind !== 'budget') return;
  const inc = PanelView.of(ctx, budgetTable04, 'income');
  const exp = PanelView.of(ctx, budgetTable04, 'expense');
  if (!inc || !exp) return;
  const t2 = PanelView.of(ctx, budgetTable02);
  const t3 = PanelView.of(ctx, budgetTable03);
  const [n2, n3, n4] = [budgetTable02, budgetTable03, budgetTable04].map((f) => ctx.tableName(f));
  const t2Total = t2?.total();
  if (!t2 || !t2Total) {
    ctx.note('warning', inc.table, `没有识别到${ctx.tableTitle(budgetTable02)}的合计行：${n4} 无法推算，请先填写${n2}`);
    return;
  }
  for (const [line, col] of SOURCES) {
    const row = inc.fixed(line);
    if (row && t2.col(col) !== undefined) inc.set(row, 'amount', amountOr0(t2, t2Total, col), `由${cite(t2, t2Total, col)}推算`, copyOf(t2, t2Total, col));
  }
  const carryLines = ['carryover-gpb', 'carryover-gov-fund', 'carryover-soe'].map((k) => inc.fixed(k)).filter((r): r is ViewRow => !!r);
  // Any of the three entered means the user has split 结转 by source (the others are zero).
  if (anyFigure(t2, 'carryover') && carryLines.every((r) => !inc.filled(r, 'amount'))) {
    for (const r of carryLines) inc.markUnknown(r, 'amount');
    const r = inc.fixed('carryover');
    ctx.note(
      'warning',
      inc.table,
      `${n2} 上年结转 ${yuan(amountOr0(t2, t2Total, 'carryover'))} 未按资金来源列示：${n4} 上年财政拨款结转（一般公共预算、政府性基金预算、国有资本经营预算）请手工填写，填写后再次填充可推算收入总计`,
      r ? { row: r.row, col: inc.col('amount')!, name: r.name } : undefined,
    );
  }

  const t3Total = t3?.total();
  if (!t3 || !t3Total) {
    ctx.note('warning', exp.table, `没有识别到${ctx.tableTitle(budgetTable03)}的合计行：${n4} 支出各类无法推算，请先填写${n3}`);
    return;
  }
  const unresolved: string[] = [];
  // 上年结转 by source, when the user has split it on 表4 (one source with a figure): then a 类's 结转
  // is that source's, and it counts with this year's money in the one column.
  const carrySplit = [['carryover-gpb', 'gpb'], ['carryover-gov-fund', 'govFund'], ['carryover-soe', 'soe']] as const;
  const carried = carrySplit.filter(([line]) => {
    const r = inc.fixed(line);
    return !!r && !amountOr0(inc, r, 'amount').isZero();
  });
  const carrySource = carryLines.some((r) => inc.filled(r, 'amount')) && carried.length === 1 ? carried[0][1] : null;
  const single = (rowT2: ViewRow | undefined, total: ReturnType<typeof amountOr0>) => {
    if (!rowT2) return null;
    if (NON_FISCAL.some((k) => !amountOr0(t2, rowT2, k).isZero())) return null;
    const carry = amountOr0(t2, rowT2, 'carryover');
    if (!carry.isZero() && !carrySource) return null;
    const funded = SOURCES.filter(([, col]) => !amountOr0(t2, rowT2, col).isZero() || (!carry.isZero() && col === carrySource));
    if (funded.length !== 1) return null;
    // 表2's 本年收入 (and 结转) of the 类 must be what 表3 spends on it, or the copy would not be the source's.
    if (!amountOr0(t2, rowT2, funded[0][1]).plus(carry).minus(total).abs().lessThan('0.005')) return null;
    return funded[0][2];
  };
  let allSingle = true;
  let column: string | null = null;
  for (const { def, row } of classLines(exp)) {
    const src = t3.byCode(def.code!);
    if (!src) continue;
    const total = amountOr0(t3, src, 'total');
    const col = single(t2.byCode(def.code!), total);
    const entered = ['total', 'gpb', 'govFund', 'soe'].some((k) => exp.filled(row, k));
    if (!col && entered) {
      allSingle = false;
      continue;
    }
    if (!col) {
      allSingle = false;
      unresolved.push(`${def.code} ${src.name}`);
      for (const k of ['total', 'gpb', 'govFund', 'soe']) if (!exp.filled(row, k)) exp.markUnknown(row, k);
      continue;
    }
    if (column !== null && column !== col) allSingle = false;
    column = col;
    const because = `${n2} 显示该类全部由${exp.columnLabel(col)}安排`;
    const reason = `${because}：由${cite(t3, src, 'total')}推算`;
    exp.set(row, 'total', total, reason, copyOf(t3, src, 'total', because));
    exp.set(row, col, total, reason, copyOf(t3, src, 'total', because));
  }
  if (unresolved.length > 0) {
    ctx.note(
      'warning',
      exp.table,
      `${n4} ${unresolved.join('、')} 的财政拨款支出无法推算：${n2} 显示该类有上年结转或不止一个资金来源，${n3} 未按来源列支出；请手工填写这些类的一般公共预算、政府性基金预算、国有资本经营预算支出`,
    );
  }
  // One source for every 类: 本年支出合计 is 表3's printed 合计 (which may differ from Σ 类 by a cent).
  const expTotal = exp.fixed('expense-total');
  if (expTotal && allSingle && column) {
    const total = amountOr0(t3, t3Total, 'total');
    const because = `${n2} 显示全部由${exp.columnLabel(column)}安排`;
    const reason = `${because}：由${cite(t3, t3Total, 'total')}推算`;
    exp.set(expTotal, 'total', total, reason, copyOf(t3, t3Total, 'total', because));
    exp.set(expTotal, column, total, reason, copyOf(t3, t3Total, 'total', because));
  }
}
