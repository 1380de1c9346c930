import { budgetTable01 } from '../../forms/budget/table01';
import type { NarrativeContext } from '../context';
import { writeChange, type Direction } from '../change';
import type { Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { lead } from './lead';

/** 一、单位预算收支数据变动情况及原因 (表1 totals against last year's, with the reason typed by the unit). */
export function section01Changes(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const p = para();
  lead(ctx, p).text('预算收入总计');
  const income = t.cell(budgetTable01, 'income', 'grand-total', 'amount');
  ctx.put(p, income, '预算公开表1 收入总计');
  p.text('万元，其中：本年收入');
  ctx.put(p, t.cell(budgetTable01, 'income', 'income-total', 'amount'), '预算公开表1 本年收入合计');
  p.text('万元，上年结转');
  ctx.put(p, t.cell(budgetTable01, 'income', 'carryover', 'amount'), '预算公开表1 上年结转');
  p.text('万元，');
  changeAndReason(ctx, p, income, 'prior.income-total', '预算收入');
  p.text('；本年单位预算支出总计');
  const expense = t.cell(budgetTable01, 'expense', 'grand-total', 'total');
  ctx.put(p, expense, '预算公开表1 支出总计');
  p.text('万元，其中：本年预算安排');
  ctx.put(p, t.cell(budgetTable01, 'expense', 'grand-total', 'current'), '预算公开表1 支出总计（当年预算安排）');
  p.text('万元，上年结转');
  ctx.put(p, t.cell(budgetTable01, 'expense', 'grand-total', 'carryover'), '预算公开表1 支出总计（上年结转安排）');
  p.text('万元，');
  changeAndReason(ctx, p, expense, 'prior.expense-total', '预算支出');
  p.text('。');
  return [section('一、单位预算收支数据变动情况及原因', 1, [p])];
}

function changeAndReason(ctx: NarrativeContext, p: Para, cur: Fig | undefined, priorId: string, what: string): void {
  if (!cur) {
    p.run(ctx.missing(priorId));
    return;
  }
  const dir: Direction | undefined = writeChange(ctx, p, cur, ctx.prior(priorId), priorId, ctx.wording.change);
  if (dir === undefined || dir === 'same') return;
  p.text('，主要原因是');
  const reason = ctx.text('reason.change');
  if (!reason) {
    p.run(ctx.missing('reason.change'));
    return;
  }
  p.input(reason.text.replace(/[。；;，,]+$/u, ''), reason.cell);
  // 000/001 end "…，导致预算收入减少"; add it unless the reason already says so (简式 stops at the reason).
  if (ctx.wording.reasonConsequence && !reason.text.includes('导致')) p.text(`，导致${what}${dir === 'down' ? '减少' : '增加'}`);
}
