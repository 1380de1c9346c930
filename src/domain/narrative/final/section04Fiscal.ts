import { finalTable04 } from '../../forms/final/table04';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { section } from '../paragraph';
import { totalsParagraph } from './totalsParagraph';

/** 四、财政拨款收支决算总体情况说明: 公开04表 总计 on both sides against last year's. */
export function section04Fiscal(ctx: NarrativeContext): NarrativeSection[] {
  const p = totalsParagraph(ctx, {
    table: finalTable04,
    expenseColumn: 'total',
    prefix: '财政拨款',
    separator: '；',
    priorIncome: 'prior.fiscal-income-total',
    priorExpense: 'prior.fiscal-expense-total',
    reasons: ['reason.fiscal-change', 'reason.change'],
  });
  return [section('四、财政拨款收支决算总体情况说明', 1, [p])];
}
