import { finalTable02 } from '../../forms/final/table02';
import { finalTable03 } from '../../forms/final/table03';
import { finalTable04 } from '../../forms/final/table04';
import { finalTable05 } from '../../forms/final/table05';
import type { FillContext } from '../fillContext';
import { fiscalIsGpbOnly, fundTableNames, requireInputs } from '../finalSources';
import { tablesTogether } from '../tableNames';
import { PanelView } from '../panelView';
import { amountOr0, cite, classLines, copyOf } from '../sources';
import { finalGpbExpense } from './finalTable05';

/**
 * 公开04表 from 公开05表 (or 03, see finalGpbExpense) when 财政拨款 is 一般公共预算 alone: income 一般
 * 公共预算财政拨款 = 公开02表 财政拨款收入 合计; each 类 line and 本年支出合计 = 05's 类 row / 合计 in
 * 小计 and 一般公共预算, 类 by 类: one 05 leaves to an input is named in a note. 年初/年末财政拨款结转和结余 are inputs; with 公开07/08表 data the
 * 政府性基金/国有资本 columns are too (notes).
 */
export function finalSummary04(ctx: FillContext): void {
  if (ctx.kind !== 'final') return;
  const inc = PanelView.of(ctx, finalTable04, 'income');
  const exp = PanelView.of(ctx, finalTable04, 'expense');
  if (!inc || !exp) return;
  const [n2, n3, n4, n5] = [finalTable02, finalTable03, finalTable04, finalTable05].map((f) => ctx.tableName(f));
  if (!fiscalIsGpbOnly(ctx)) {
    const funds = fundTableNames(ctx);
    ctx.note('warning', inc.table, `${funds}未显示无数据：${n4} 政府性基金预算、国有资本经营预算财政拨款各行请按${funds}手工填写`);
    return;
  }
  const t2 = PanelView.of(ctx, finalTable02);
  const t2Total = t2?.total();
  const gpbLine = inc.fixed('gpb');
  if (t2 && t2Total && gpbLine) {
    inc.set(gpbLine, 'amount', amountOr0(t2, t2Total, 'fiscal'), `财政拨款全部为一般公共预算：由${cite(t2, t2Total, 'fiscal')}推算`, copyOf(t2, t2Total, 'fiscal', '财政拨款全部为一般公共预算'));
  }
  const notIn = `不在${tablesTogether([n2, n3, n5])}中`;
  requireInputs(ctx, inc, ['opening-gpb', 'opening-gov-fund', 'opening-soe'], ['amount'], `（年初财政拨款结转和结余）${notIn}`);
  requireInputs(ctx, exp, ['closing'], ['total', 'gpb', 'govFund', 'soe'], notIn);

  const src = finalGpbExpense(ctx);
  if ('reasons' in src) {
    ctx.note('warning', exp.table, `${n4} 各类一般公共预算财政拨款支出无法推算：${src.reasons.join('；')}；请先填写${n5}`);
    return;
  }
  const unresolved: string[] = [];
  for (const { def, row } of classLines(exp)) {
    const v = src.byCode(def.code!);
    if (v === null) {
      unresolved.push(`${def.code} ${row.name.replace(/^[一二三四五六七八九十]+、/, '')}`);
      for (const k of ['total', 'gpb']) if (!exp.filled(row, k)) exp.markUnknown(row, k);
      continue;
    }
    const reason = `由${src.label} ${def.code} 小计推算（一般公共预算财政拨款支出）`;
    exp.set(row, 'total', v, reason, src.copied(def.code!));
    exp.set(row, 'gpb', v, reason, src.copied(def.code!));
  }
  if (unresolved.length > 0) {
    ctx.note('warning', exp.table, `${n4} ${unresolved.join('、')} 的一般公共预算财政拨款支出无法推算：${n5}该类待填写；请先填写${n5}，再次填充`);
  }
  const total = exp.fixed('expense-total');
  if (total && src.total !== null) {
    const reason = `由${src.label} 合计行推算（一般公共预算财政拨款支出）`;
    exp.set(total, 'total', src.total, reason, src.copied(null));
    exp.set(total, 'gpb', src.total, reason, src.copied(null));
  }
}
