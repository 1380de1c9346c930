import { budgetTable01 } from '../../forms/budget/table01';
import { budgetTable02 } from '../../forms/budget/table02';
import { budgetTable03 } from '../../forms/budget/table03';
import type { FillContext } from '../fillContext';
import { PanelView, type ViewRow } from '../panelView';
import { amountOr0, anyFigure, cite, classLines, copyOf, yuan } from '../sources';

/** 表1 income line → 表2 合计-line column it repeats. */
const INCOME_FROM_T2: readonly (readonly [string, string])[] = [
  ['gpb', 'gpb'],
  ['gov-fund', 'govFund'],
  ['soe', 'soe'],
  ['special', 'special'],
  ['unit-funds', 'unitFunds'],
  ['income-total', 'total'],
  ['carryover', 'carryover'],
];

/**
 * 预算公开表1 from 表2 and 表3. Income: each source, 本年收入合计 and 上年结转 from 表2's 合计 line.
 * Expense: each 类 line's 合计 from 表3's 类 row; its split into 当年预算安排 / 上年结转安排 from
 * 表2's 类 row (本年收入 / 上年结转) when those add up to 表3's figure, or — when 表2 has no 上年结转 at
 * all — 当年 = 合计. 总计 lines are left to the sums (totalLines).
 */
export function budgetSummary01(ctx: FillContext): void {
  if (ctx.kind !== 'budget') return;
  const inc = PanelView.of(ctx, budgetTable01, 'income');
  const exp = PanelView.of(ctx, budgetTable01, 'expense');
  if (!inc || !exp) return;
  const t2 = PanelView.of(ctx, budgetTable02);
  const t3 = PanelView.of(ctx, budgetTable03);
  const [n1, n2, n3] = [budgetTable01, budgetTable02, budgetTable03].map((f) => ctx.tableName(f));
  const t2Total = t2?.total();
  if (!t2 || !t2Total) {
    ctx.note('warning', inc.table, `没有识别到${ctx.tableTitle(budgetTable02)}的合计行：${n1} 收入各行无法推算，请先填写${n2}`);
  } else {
    for (const [line, col] of INCOME_FROM_T2) {
      const row = inc.fixed(line);
      if (!row || t2.col(col) === undefined) continue;
      inc.set(row, 'amount', amountOr0(t2, t2Total, col), `由${cite(t2, t2Total, col)}推算`, copyOf(t2, t2Total, col));
    }
  }

  const t3Total = t3?.total();
  if (!t3 || !t3Total) {
    ctx.note('warning', exp.table, `没有识别到${ctx.tableTitle(budgetTable03)}的合计行：${n1} 支出各类无法推算，请先填写${n3}`);
    return;
  }
  const hasCarryover = anyFigure(t2, 'carryover');
  const split = (what: string, rowT3: ViewRow, rowT1: ViewRow, rowT2: ViewRow | undefined) => {
    const total = amountOr0(t3, rowT3, 'total');
    if (!hasCarryover) {
      const because = `${n2} 无上年结转`;
      exp.set(rowT1, 'current', total, `${because}：当年预算安排 = ${cite(t3, rowT3, 'total')}`, copyOf(t3, rowT3, 'total', because));
      return;
    }
    const current = amountOr0(t2, rowT2, 'total');
    const carry = amountOr0(t2, rowT2, 'carryover');
    if (t2 && rowT2 && current.plus(carry).minus(total).abs().lessThan('0.005')) {
      exp.set(rowT1, 'current', current, `由${cite(t2, rowT2, 'total')}推算`, copyOf(t2, rowT2, 'total'));
      exp.set(rowT1, 'carryover', carry, `由${cite(t2, rowT2, 'carryover')}推算`, copyOf(t2, rowT2, 'carryover'));
      return;
    }
    if (exp.filled(rowT1, 'current') || exp.filled(rowT1, 'carryover')) return; // entered by hand
    exp.markUnknown(rowT1, 'current');
    exp.markUnknown(rowT1, 'carryover');
    ctx.note(
      'warning',
      exp.table,
      `${n1} ${what} 的当年预算安排、上年结转安排无法推算：${n3} 合计 ${yuan(total)}，${n2} 本年收入 ${yuan(current)} + 上年结转 ${yuan(carry)} = ${yuan(current.plus(carry))}，两者不一致或${n2} 缺少该行；请核对${n2} 或直接填写`,
      { row: rowT1.row, col: exp.col('current')!, name: what },
    );
  };

  for (const { def, row } of classLines(exp)) {
    const src = t3.byCode(def.code!);
    if (!src) continue; // no such 类 in 表3: the line stays blank (zero)
    exp.set(row, 'total', amountOr0(t3, src, 'total'), `由${cite(t3, src, 'total')}推算`, copyOf(t3, src, 'total'));
    split(`${def.code} ${src.name}`, src, row, t2?.byCode(def.code!));
  }
  const expTotal = exp.fixed('expense-total');
  if (expTotal) {
    exp.set(expTotal, 'total', amountOr0(t3, t3Total, 'total'), `由${cite(t3, t3Total, 'total')}推算`, copyOf(t3, t3Total, 'total'));
    split('本年支出合计', t3Total, expTotal, t2Total);
  }
  // 年终结转 = 收入总计 − 本年支出合计; a budget that balances has none, so it stays blank.
  const yearEnd = exp.fixed('year-end-carryover');
  if (yearEnd && t2Total) {
    const diff = amountOr0(t2, t2Total, 'total').plus(amountOr0(t2, t2Total, 'carryover')).minus(amountOr0(t3, t3Total, 'total'));
    if (!diff.abs().lessThan('0.005')) {
      for (const k of ['total', 'current', 'carryover']) exp.markUnknown(yearEnd, k);
      ctx.note('warning', exp.table, `${n2} 本年收入合计 + 上年结转与${n3} 合计相差 ${yuan(diff)}：${n1} 年终结转、支出总计无法推算，请先核对${n2}、${n3}`);
    }
  }
}
