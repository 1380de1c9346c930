import { budgetTable04 } from '../../forms/budget/table04';
import { sumFigs } from '../figure';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { lead } from './lead';

/**
 * 四、财政拨款收支预算总体情况说明 from 表4: each kind of 拨款 with its 上年结转 (001 prints 一般公共预算拨款
 * 1,996.43 = 1,923.95 + 72.48), 当年 / 上年结转, and the 类 with a figure, in table order.
 */
export function section04Fiscal(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const p = para();
  lead(ctx, p).text('财政拨款收支总预算');
  ctx.put(p, t.cell(budgetTable04, 'income', 'grand-total', 'amount'), '预算公开表4 收入总计');
  p.text(`万元。${ctx.wording.fiscalKindsLead}`);
  const kinds: readonly (readonly [string, string])[] = [
    ['gpb', '一般公共预算拨款'],
    ['gov-fund', '政府性基金预算拨款'],
    ['soe', '国有资本经营预算拨款'],
  ];
  kinds.forEach(([row, words], i) => {
    if (i > 0) p.text('，');
    const current = t.cell(budgetTable04, 'income', row, 'amount');
    const carried = t.cell(budgetTable04, 'income', `carryover-${row}`, 'amount');
    p.text(words);
    ctx.put(p, current ? sumFigs([current, carried]) : undefined, `预算公开表4 ${words}`);
    p.text('万元');
  });
  p.text('。其中：当年拨款收入');
  ctx.put(p, t.cell(budgetTable04, 'income', 'income-total', 'amount'), '预算公开表4 本年收入合计');
  p.text('万元，上年结转收入');
  const carry = t.cell(budgetTable04, 'income', 'carryover', 'amount');
  const carryParts = kinds.map(([row]) => t.cell(budgetTable04, 'income', `carryover-${row}`, 'amount'));
  // The 上年财政拨款结转 heading line is often left blank with its three lines filled.
  ctx.put(p, carry && !carry.value.isZero() ? carry : carry ? sumFigs([carry, ...carryParts]) : undefined, '预算公开表4 上年财政拨款结转');
  p.text('万元。');
  const classes = t.classes(budgetTable04, 'expense', 'total').filter((c) => !c.fig.value.isZero());
  if (classes.length > 0) {
    p.text('支出包括：');
    classes.forEach((c, i) => {
      if (i > 0) p.text('、');
      p.text(c.name).wan(c.fig).text('万元');
    });
    p.text(ctx.wording.classListEtc ? '等。' : '。');
  }
  return [section('四、财政拨款收支预算总体情况说明', 1, [p])];
}
