import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { reasonSentence, TOTAL_CHANGE, yearLead } from './wording';

/** 四、财政拨款收支决算总体情况说明: 公开04表 总计 on both sides against last year's. */
export function section04Fiscal(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const income = t.cell(4, 'income', 'grand-total', 'amount');
  const expense = t.cell(4, 'expense', 'grand-total', 'total');
  const p = yearLead(ctx, para()).text('财政拨款收入总计');
  ctx.put(p, income, '公开04表 收入总计');
  p.text('万元，支出总计');
  ctx.put(p, expense, '公开04表 支出总计');
  p.text('万元。与上年相比，财政拨款收入总计');
  const d1 = income ? writeChange(ctx, p, income, ctx.prior('prior.fiscal-income-total'), 'prior.fiscal-income-total', TOTAL_CHANGE) : undefined;
  p.text('；财政拨款支出总计');
  const d2 = expense
    ? writeChange(ctx, p, expense, ctx.prior('prior.fiscal-expense-total'), 'prior.fiscal-expense-total', TOTAL_CHANGE)
    : undefined;
  p.text('。');
  if ((d1 && d1 !== 'same') || (d2 && d2 !== 'same')) reasonSentence(ctx, p, ['reason.fiscal-change', 'reason.change']);
  return [section('四、财政拨款收支决算总体情况说明', 1, [p])];
}
