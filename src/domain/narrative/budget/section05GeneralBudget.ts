import Decimal from 'decimal.js';
import { budgetTable05 } from '../../forms/budget/table05';
import { sharesOfWhole } from '../../money/shares';
import { formatPercent, formatWan } from '../../money/format';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { lead } from './lead';

/**
 * 五、一般公共预算支出情况说明: （一）the 当年 total of 表5 against last year's, （二）its 类 with shares of
 * one whole (largest remainder, so 000 reads 98.19 / 0.59 / 1.22, not the published 1.23).
 */
export function section05GeneralBudget(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const total = t.cell(budgetTable05, 'main', 'total', 'total');
  // 标准 "当年支出", 简式 "当年拨款" — headings and sentences alike.
  const gpb = `一般公共预算当年${ctx.wording.gpbWord}`;

  const scale = para();
  lead(ctx, scale).text(gpb);
  ctx.put(scale, total, '预算公开表5 合计');
  scale.text('万元，');
  if (total) writeChange(ctx, scale, total, ctx.prior('prior.gpb-total'), 'prior.gpb-total', ctx.wording.change);
  else scale.run(ctx.missing('prior.gpb-total'));
  const reason = ctx.text('reason.gpb-change');
  if (reason) scale.text('，主要原因是').input(reason.text.replace(/[。；;，,]+$/u, ''), reason.cell);
  scale.text('。');

  const structure = para();
  lead(ctx, structure).text(gpb);
  ctx.put(structure, total, '预算公开表5 合计');
  const classes = t.classes(budgetTable05, 'main', 'total').filter((c) => !c.fig.value.isZero());
  const shares = sharesOfWhole(classes.map((c) => c.fig.value));
  const src = classes.flatMap((c) => c.fig.sources);
  const whole = classes.reduce((a, c) => a.plus(c.fig.value), new Decimal(0));
  if (classes.length > 0) {
    structure.text('万元，主要用于以下方面：');
    classes.forEach((c, i) => {
      if (i > 0) structure.text('；');
      structure.text(c.name).wan(c.fig).text('万元，占').percent(shares[i], src, { part: c.fig.value, whole }).text('%');
    });
    structure.text(ctx.wording.classListEtc ? '等。' : '。');
    ctx.charts.push({
      id: 'gpb-structure',
      title: '一般公共预算当年拨款结构图',
      slices: classes.map((c, i) => ({ label: c.name, value: formatWan(c.fig.value), share: formatPercent(shares[i]) })),
    });
  } else {
    structure.text('万元。');
  }

  return [
    section('五、一般公共预算支出情况说明', 1, []),
    section(`（一）${gpb}规模变化情况`, 2, [scale]),
    section(`（二）${gpb}结构情况`, 2, [structure]),
  ];
}
