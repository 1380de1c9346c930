import { finalTable01 } from '../../forms/final/table01';
import { finalTable02 } from '../../forms/final/table02';
import { finalTable03 } from '../../forms/final/table03';
import { finalTable04 } from '../../forms/final/table04';
import type { FillContext } from '../fillContext';
import { fiscalIsGpbOnly, requireInputs } from '../finalSources';
import { PanelView } from '../panelView';
import { tablesTogether } from '../tableNames';
import { amountOr0, cite, classLines, copyOf } from '../sources';

/** 公开01表 income line → 公开02表 合计-line column. */
const INCOME_FROM_02: readonly (readonly [string, string])[] = [
  ['superior', 'superior'],
  ['business', 'business'],
  ['operating', 'operating'],
  ['affiliated', 'affiliated'],
  ['other', 'other'],
  ['income-total', 'total'],
];

/**
 * 公开01表 from 公开02/03表 (and 04 for the 财政拨款 split): income sources and 本年收入合计 from 02's
 * 合计 line, the three 财政拨款 lines from 04 (or all of 02's 财政拨款 as 一般公共预算 when 07/08 show
 * no data); each 类 line and 本年支出合计 from 03. 结转结余 lines are inputs (notes).
 */
export function finalSummary01(ctx: FillContext): void {
  if (ctx.kind !== 'final') return;
  const inc = PanelView.of(ctx, finalTable01, 'income');
  const exp = PanelView.of(ctx, finalTable01, 'expense');
  if (!inc || !exp) return;
  const t2 = PanelView.of(ctx, finalTable02);
  const [n1, n2, n3] = [finalTable01, finalTable02, finalTable03].map((f) => ctx.tableName(f));
  const t2Total = t2?.total();
  if (!t2 || !t2Total) {
    ctx.note('warning', inc.table, `没有识别到${ctx.tableTitle(finalTable02)}的合计行：${n1} 收入各行无法推算`);
  } else {
    for (const [line, col] of INCOME_FROM_02) {
      const r = inc.fixed(line);
      if (r && t2.col(col) !== undefined) inc.set(r, 'amount', amountOr0(t2, t2Total, col), `由${cite(t2, t2Total, col)}推算`, copyOf(t2, t2Total, col));
    }
    fiscalLines(ctx, inc, t2, t2Total);
  }
  const notIn = `不在${tablesTogether([n2, n3])}中`;
  requireInputs(ctx, inc, ['non-fiscal-surplus', 'opening-balance'], ['amount'], notIn);
  requireInputs(ctx, exp, ['surplus-distribution', 'closing-balance'], ['amount'], notIn);

  const t3 = PanelView.of(ctx, finalTable03);
  const t3Total = t3?.total();
  if (!t3 || !t3Total) {
    ctx.note('warning', exp.table, `没有识别到${ctx.tableTitle(finalTable03)}的合计行：${n1} 支出各类无法推算`);
    return;
  }
  for (const { def, row } of classLines(exp)) {
    const r = t3.byCode(def.code!);
    if (r) exp.set(row, 'amount', amountOr0(t3, r, 'total'), `由${cite(t3, r, 'total')}推算`, copyOf(t3, r, 'total'));
  }
  const total = exp.fixed('expense-total');
  if (total) exp.set(total, 'amount', amountOr0(t3, t3Total, 'total'), `由${cite(t3, t3Total, 'total')}推算`, copyOf(t3, t3Total, 'total'));
}

function fiscalLines(ctx: FillContext, inc: PanelView, t2: PanelView, t2Total: NonNullable<ReturnType<PanelView['total']>>): void {
  const lines = ['gpb', 'gov-fund', 'soe'];
  const t4 = PanelView.of(ctx, finalTable04, 'income');
  if (fiscalIsGpbOnly(ctx)) {
    const r = inc.fixed('gpb');
    if (r) inc.set(r, 'amount', amountOr0(t2, t2Total, 'fiscal'), `财政拨款全部为一般公共预算：由${cite(t2, t2Total, 'fiscal')}推算`, copyOf(t2, t2Total, 'fiscal', '财政拨款全部为一般公共预算'));
    return;
  }
  if (t4 && lines.every((k) => t4.fixed(k) && t4.filled(t4.fixed(k)!, 'amount'))) {
    for (const k of lines) {
      const src = t4.fixed(k)!;
      const r = inc.fixed(k);
      if (r) inc.set(r, 'amount', amountOr0(t4, src, 'amount'), `由${t4.label()} ${src.name}推算`, copyOf(t4, src, 'amount'));
    }
    return;
  }
  for (const k of lines) {
    const r = inc.fixed(k);
    if (r && !inc.filled(r, 'amount')) inc.markUnknown(r, 'amount');
  }
  ctx.note('warning', inc.table, `${t2.label()} 财政拨款收入未按一般公共预算、政府性基金预算、国有资本经营预算区分：请先填写${ctx.tableName(finalTable04)}收入各行`);
}
