import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { reasonSentence, TOTAL_CHANGE, yearLead } from './wording';

/** 一、收入支出决算总体情况说明: 公开01表 总计 on both sides against last year's. */
export function section01Overview(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const income = t.cell(1, 'income', 'grand-total', 'amount');
  const expense = t.cell(1, 'expense', 'grand-total', 'amount');
  const p = yearLead(ctx, para()).text('收入总计');
  ctx.put(p, income, '公开01表 收入总计');
  p.text('万元，支出总计');
  ctx.put(p, expense, '公开01表 支出总计');
  p.text('万元。与上年相比，收入总计');
  const d1 = income ? writeChange(ctx, p, income, ctx.prior('prior.income-total'), 'prior.income-total', TOTAL_CHANGE) : undefined;
  p.text('，支出总计');
  const d2 = expense ? writeChange(ctx, p, expense, ctx.prior('prior.expense-total'), 'prior.expense-total', TOTAL_CHANGE) : undefined;
  p.text('。');
  if ((d1 && d1 !== 'same') || (d2 && d2 !== 'same')) reasonSentence(ctx, p, ['reason.change']);
  return [section('一、收入支出决算总体情况说明', 1, [p])];
}
