import { budgetTable01 } from '../../forms/budget/table01';
import { ZERO } from '../../money/amount';
import { sharesOfWhole } from '../../money/shares';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { sumFigs } from '../figure';
import { lead } from './lead';

/** The income sources of 表1 in published order, with the words the text uses for them. */
const SOURCES: readonly (readonly [row: string, words: string])[] = [
  ['gpb', '一般公共预算拨款收入'],
  ['gov-fund', '政府性基金预算拨款收入'],
  ['soe', '国有资本经营预算拨款收入'],
  ['special', '财政专户管理资金收入'],
  ['unit-funds', '单位资金'],
  ['carryover', '上年结转'],
];

/** 二、收入预算情况说明: each source of 表1 and its share of 收入总计 (shares add up to 100.00). */
export function section02Income(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const p = para();
  lead(ctx, p).text('预算收入');
  ctx.put(p, t.cell(budgetTable01, 'income', 'grand-total', 'amount'), '预算公开表1 收入总计');
  p.text('万元，主要包括');
  const figs = SOURCES.map(([row]) => t.cell(budgetTable01, 'income', row, 'amount'));
  const shares = sharesOfWhole(figs.map((f) => f?.value ?? ZERO));
  const whole = sumFigs(figs).value;
  const allSources = figs.flatMap((f) => f?.sources ?? []);
  SOURCES.forEach(([, words], i) => {
    if (i > 0) p.text('；');
    p.text(words);
    ctx.put(p, figs[i], `预算公开表1 ${words}`);
    p.text('万元');
    // A share of figures the workbook lacks would be a made-up number.
    if (figs.every((f) => f !== undefined)) p.text('，占').percent(shares[i], allSources, { part: figs[i]!.value, whole }).text('%');
  });
  p.text('。');
  return [section('二、收入预算情况说明', 1, [p])];
}
