import { finalTable01 } from '../../forms/final/table01';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { section } from '../paragraph';
import { totalsParagraph } from './totalsParagraph';

/** 一、收入支出决算总体情况说明: 公开01表 总计 on both sides against last year's. */
export function section01Overview(ctx: NarrativeContext): NarrativeSection[] {
  const p = totalsParagraph(ctx, {
    table: finalTable01,
    expenseColumn: 'amount',
    prefix: '',
    separator: '，',
    priorIncome: 'prior.income-total',
    priorExpense: 'prior.expense-total',
    reasons: ['reason.change'],
  });
  return [section('一、收入支出决算总体情况说明', 1, [p])];
}
