import { budgetTable02 } from '../../forms/budget/table02';
import { budgetTable03 } from '../../forms/budget/table03';
import { budgetTable05 as budgetTable05Form } from '../../forms/budget/table05';
import type { FillContext } from '../fillContext';
import { copyCodedRows } from '../copyRows';
import { PanelView } from '../panelView';
import { amountOr0, yuan } from '../sources';

const OTHER_SOURCES = ['govFund', 'soe', 'special', 'unitFunds', 'carryover'];

/**
 * 预算公开表5 (一般公共预算支出, 不含上年结转) from 表3, when 表2 shows every row funded by this year's
 * 一般公共预算 alone (合计 = 一般公共预算, no other source, no 上年结转): then 表5 is 表3 line for line.
 * Otherwise which rows stand in the way is a note: 表3 does not split 基本/项目支出 by source.
 */
export function budgetTable05(ctx: FillContext): void {
  if (ctx.kind !== 'budget') return;
  const t5 = PanelView.of(ctx, budgetTable05Form);
  if (!t5) return;
  const t2 = PanelView.of(ctx, budgetTable02);
  const t3 = PanelView.of(ctx, budgetTable03);
  if (!t2 || !t3 || !t2.total() || !t3.total()) {
    ctx.note('warning', t5.table, '表5 需要表2 和表3：请先填写预算收入总表和预算支出总表');
    return;
  }
  const done = t5.codedRows().length > 0 && [t5.total(), ...t5.codedRows()].every((r) => r && t5.filled(r, 'total'));
  if (done) return; // a complete 表5 is the checks' business, not fill's
  const blocking: string[] = [];
  for (const r of [t2.total()!, ...t2.codedRows()]) {
    const others = OTHER_SOURCES.filter((k) => !amountOr0(t2, r, k).isZero());
    const gpb = amountOr0(t2, r, 'gpb');
    const total = amountOr0(t2, r, 'total');
    if (others.length > 0 || !gpb.minus(total).abs().lessThan('0.005')) {
      const what = others.map((k) => `${t2.columnLabel(k)} ${yuan(amountOr0(t2, r, k))}`).join('、');
      blocking.push(`${r.level === 'total' ? '合计' : `${r.code} ${r.name}`}${what ? `（${what}）` : ''}`);
    }
  }
  if (blocking.length > 0) {
    const shown = blocking.slice(0, 3).join('；') + (blocking.length > 3 ? ` 等 ${blocking.length} 行` : '');
    ctx.note(
      'warning',
      t5.table,
      `表5 无法由表3 推算：表2 中 ${shown} 不是全部由当年一般公共预算安排，表3 的基本支出、项目支出未按资金来源区分；请直接填写表5`,
    );
    return;
  }
  copyCodedRows(ctx, t3, t5, [['total', 'total'], ['basic', 'basic'], ['project', 'project']], '表2 显示全部由当年一般公共预算安排');
}
