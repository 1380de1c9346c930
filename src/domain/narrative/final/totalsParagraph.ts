import type { FormDef } from '../../forms/formTypes';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import { para, type Para } from '../paragraph';
import { reasonSentence, TOTAL_CHANGE, yearLead } from './wording';

/** Which 总计 a 决算 section compares with last year's, and how its sentence names them. */
export interface TotalsSpec {
  /** 公开01表 (一、收入支出决算) or 公开04表 (四、财政拨款收支决算). */
  readonly table: FormDef;
  /** The expense side's 总计 column ('amount' in 公开01表, 'total' in 公开04表). */
  readonly expenseColumn: string;
  /** '' or '财政拨款', before 收入总计 / 支出总计 in the comparison. */
  readonly prefix: string;
  /** Between the income and the expense change: '，' or '；' as published. */
  readonly separator: string;
  readonly priorIncome: string;
  readonly priorExpense: string;
  /** Inputs that give the reason when either total changed, the first one given wins. */
  readonly reasons: readonly string[];
}

/**
 * "2024年度{prefix}收入总计X万元，支出总计Y万元。与上年相比，{prefix}收入总计…{separator}{prefix}支出总计…。"
 * and the reason when either changed: sections 一 and 四 of the 决算 情况说明.
 */
export function totalsParagraph(ctx: NarrativeContext, spec: TotalsSpec): Para {
  const t = ctx.tables;
  const label = spec.table.label;
  const income = t.cell(spec.table, 'income', 'grand-total', 'amount');
  const expense = t.cell(spec.table, 'expense', 'grand-total', spec.expenseColumn);
  const p = yearLead(ctx, para()).text(`${spec.prefix}收入总计`);
  ctx.put(p, income, `${label} 收入总计`);
  p.text('万元，支出总计');
  ctx.put(p, expense, `${label} 支出总计`);
  p.text(`万元。与上年相比，${spec.prefix}收入总计`);
  const d1 = income ? writeChange(ctx, p, income, ctx.prior(spec.priorIncome), spec.priorIncome, TOTAL_CHANGE) : undefined;
  p.text(`${spec.separator}${spec.prefix}支出总计`);
  const d2 = expense ? writeChange(ctx, p, expense, ctx.prior(spec.priorExpense), spec.priorExpense, TOTAL_CHANGE) : undefined;
  p.text('。');
  if ((d1 && d1 !== 'same') || (d2 && d2 !== 'same')) reasonSentence(ctx, p, spec.reasons);
  return p;
}
