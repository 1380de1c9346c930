import { budgetTable06 } from '../../forms/budget/table06';
import { economicClassByName } from '../../forms/common/economicClasses';
import { largestFirst, type Fig } from '../figure';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { lead } from './lead';

/**
 * 六、一般公共预算基本支出情况说明 from 表6: 人员经费 and 公用经费 with the 款 they mainly consist of —
 * those with a non-zero amount, largest first (the seeds list names only).
 */
export function section06Basic(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const total = t.cell(budgetTable06, 'main', 'total', 'total');
  const personnel = t.cell(budgetTable06, 'main', 'total', 'personnel');
  const publicCost = t.cell(budgetTable06, 'main', 'total', 'public');

  const head = para();
  lead(ctx, head).text(ctx.wording.basicLead);
  ctx.put(head, total, '预算公开表6 合计');
  if (total && total.value.isZero()) {
    head.text('万元。本单位无一般公共预算基本支出。');
    return [section('六、一般公共预算基本支出情况说明', 1, [head])];
  }
  head.text('万元，其中：');

  const p1 = para().text('人员经费');
  ctx.put(p1, personnel, '预算公开表6 人员经费合计');
  p1.text('万元');
  listItems(p1, items(ctx, 'personnel'));
  p1.text('；');

  const p2 = para().text('公用经费');
  ctx.put(p2, publicCost, '预算公开表6 公用经费合计');
  p2.text('万元');
  listItems(p2, items(ctx, 'public'));
  p2.text('。');
  return [section('六、一般公共预算基本支出情况说明', 1, [head, p1, p2])];
}

/** 款 lines (not 类 lines such as 工资福利支出, not the 合计) with an amount in the column. */
function items(ctx: NarrativeContext, column: 'personnel' | 'public'): { name: string; fig: Fig }[] {
  const rows = ctx.tables.rows(budgetTable06, 'main', column).filter((r) => r.level !== 'total');
  const lines = rows.filter((r) => {
    const code = r.code ?? economicClassByName(r.name);
    return !(code !== undefined && code.length === 3);
  });
  return largestFirst(lines.map((r) => ({ name: r.name, fig: r.fig })));
}

function listItems(p: Para, list: readonly { name: string; fig: Fig }[]): void {
  if (list.length === 0) return;
  p.text('，主要包括：');
  list.forEach((it, i) => {
    if (i > 0) p.text('、');
    // The name stands for the amount's cell: sourcing it lets the pane show why it is listed.
    p.run({ text: it.name, sources: it.fig.sources });
  });
  p.text('等');
}
