import type Decimal from 'decimal.js';
import { budgetTable02 } from '../../forms/budget/table02';
import { budgetTable03 } from '../../forms/budget/table03';
import { budgetTable05 as budgetTable05Form } from '../../forms/budget/table05';
import { ZERO } from '../../money/amount';
import type { FillContext } from '../fillContext';
import { writeSettledRows } from '../copyRows';
import { formInSet } from '../tableNames';
import { PanelView, type ViewRow } from '../panelView';
import { amountOr0, yuan } from '../sources';
import { ownOrAncestor, settleRows, type Settled } from './settledRows';

const OTHER_SOURCES = ['govFund', 'soe', 'special', 'unitFunds', 'carryover'];
const COLUMNS = [['total', 'total'], ['basic', 'basic'], ['project', 'project']] as const;

/**
 * 预算公开表5 (一般公共预算支出, 不含上年结转) from 表3, row by row, as 表2 settles each row: a row
 * funded by this year's 一般公共预算 alone is 表3's row; a row with none of it is not in 表5; a row
 * with other sources too is 表2's 一般公共预算 figure when 表3 spends it all on 基本支出 or all on
 * 项目支出. A 类/款 is its 表3 row less what its children do not carry over. What remains (表3
 * does not split 基本/项目支出 by source) is an input, and a note names those rows.
 */
export function budgetTable05(ctx: FillContext): void {
  if (ctx.kind !== 'budget') return;
  const t5 = PanelView.of(ctx, budgetTable05Form);
  if (!t5) return;
  const t2 = PanelView.of(ctx, budgetTable02);
  const t3 = PanelView.of(ctx, budgetTable03);
  const [n2, n3, n5] = [budgetTable02, budgetTable03, budgetTable05Form].map((f) => ctx.tableName(f));
  if (!t2 || !t3 || !t2.total() || !t3.total()) {
    const [f2, f3] = [budgetTable02, budgetTable03].map((f) => formInSet(ctx.recognition, f)?.name ?? f.name);
    ctx.note('warning', t5.table, `${n5} 需要${n2} 和${n3}：请先填写${f2}和${f3}`);
    return;
  }
  const done = t5.codedRows().length > 0 && [t5.total(), ...t5.codedRows()].every((r) => r && t5.filled(r, 'total'));
  if (done) return; // a complete 表5 is the checks' business, not fill's
  const settled = settleRows(t3, n5, ['total', 'basic', 'project'], (r) => fromTable2(t2, t3, r, `${n2} 显示该行全部由当年一般公共预算安排`));
  writeSettledRows(ctx, t3, t5, COLUMNS, settled, `${n5} 按${n2} 的资金来源逐行由${n3} 推算`);
  if (settled.inputs.length > 0) {
    const shown = settled.inputs.map((n) => {
      const own = t2.byCode(n.split(' ')[0]);
      const others = own ? OTHER_SOURCES.filter((k) => !amountOr0(t2, own, k).isZero()) : [];
      const what = own ? others.map((k) => `${t2.columnLabel(k)} ${yuan(amountOr0(t2, own, k))}`).join('、') : `${n2} 无此科目`;
      return `${n}${what ? `（${what}）` : ''}`;
    });
    ctx.note(
      'warning',
      t5.table,
      `${n5} ${shown.join('；')} 无法由${n3} 推算：${n2} 显示该行不全是当年一般公共预算，${n3} 的基本支出、项目支出未按资金来源区分；请填写这些行的基本支出、项目支出，再次填充可推算其上级科目和合计`,
    );
  }
}

/** What 表2 says of a 表3 row's 一般公共预算 this year (see budgetTable05). */
function fromTable2(t2: PanelView, t3: PanelView, r: ViewRow, why: string): Settled {
  const found = ownOrAncestor(t2, r.code!);
  if (!found) return null;
  const { row } = found;
  const gpb = amountOr0(t2, row, 'gpb');
  const allGpb = OTHER_SOURCES.every((k) => amountOr0(t2, row, k).isZero()) && gpb.minus(amountOr0(t2, row, 'total')).abs().lessThan('0.005');
  const copy = (key: string) => `${why}：由${t3.label()} ${r.code} ${r.name} ${t3.columnLabel(key)}复制`;
  if (allGpb && !gpb.isZero()) return { values: new Map(COLUMNS.map(([k]) => [k, amountOr0(t3, r, k)])), reason: copy };
  // An ancestor's mix says nothing about how this row is funded.
  if (!found.own) return null;
  if (gpb.isZero()) return 'zero';
  const only = (['basic', 'project'] as const).filter((k) => !amountOr0(t3, r, k).isZero());
  if (only.length !== 1) return null;
  const values = new Map<string, Decimal>([['total', gpb], ['basic', ZERO], ['project', ZERO]]);
  values.set(only[0], gpb);
  return {
    values,
    reason: () => `${t2.label()} ${r.code} ${r.name} 当年一般公共预算 ${yuan(gpb)}，${t3.label()} 该行全部为${t3.columnLabel(only[0])}：由此推算`,
  };
}
