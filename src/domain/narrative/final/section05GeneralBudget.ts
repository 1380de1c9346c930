import { finalTable01 } from '../../forms/final/table01';
import { finalTable05 } from '../../forms/final/table05';
import Decimal from 'decimal.js';
import { formatPercent, formatWan } from '../../money/format';
import { shareOf, sharesOfWhole } from '../../money/shares';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { CLASS_CHANGE, reasonSentence, TOTAL_CHANGE, yearLead } from './wording';

/**
 * 五、一般公共预算财政拨款支出决算情况说明 from 公开05表: （一）总体 against last year and as a share of
 * 本年支出合计, （二）结构 by 类 (shares of one whole), （三）具体: 年初预算, 完成率, 用途, 增减 by 类.
 */
export function section05GeneralBudget(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const total = t.cell(finalTable05, 'main', 'total', 'total');
  const classes = t.classes(finalTable05, 'main', 'total').filter((c) => !c.fig.value.isZero());

  const overall = yearLead(ctx, para(), '年').text('一般公共预算财政拨款决算支出');
  ctx.put(overall, total, '公开05表 合计');
  overall.text('万元');
  const all = t.cell(finalTable01, 'expense', 'expense-total', 'amount');
  if (total && all && !all.value.isZero()) {
    overall.text('，占本年支出合计的').percent(shareOf(total.value, all.value), [...total.sources, ...all.sources], { part: total.value, whole: all.value }).text('%');
  }
  overall.text('。与上年相比，一般公共预算财政拨款支出');
  const dir = total ? writeChange(ctx, overall, total, ctx.prior('prior.gpb-expense'), 'prior.gpb-expense', TOTAL_CHANGE) : undefined;
  overall.text('。');
  if (dir && dir !== 'same') reasonSentence(ctx, overall, ['reason.gpb-change', 'reason.change']);

  const structHead = yearLead(ctx, para()).text('一般公共预算财政拨款支出');
  ctx.put(structHead, total, '公开05表 合计');
  structHead.text(classes.length > 0 ? '万元，主要用于以下方面：' : '万元。');
  const shares = sharesOfWhole(classes.map((c) => c.fig.value));
  const src = classes.flatMap((c) => c.fig.sources);
  const whole = classes.reduce((a, c) => a.plus(c.fig.value), new Decimal(0));
  const structLines = classes.map((c, i) =>
    para()
      .text(`${c.name}（类）`)
      .wan(c.fig)
      .text('万元，占比')
      .percent(shares[i], src, { part: c.fig.value, whole })
      .text(i === classes.length - 1 ? '%。' : '%；'),
  );
  if (classes.length > 0) {
    ctx.charts.push({
      id: 'gpb-structure',
      title: '一般公共预算财政拨款支出结构图',
      slices: classes.map((c, i) => ({ label: c.name, value: formatWan(c.fig.value), share: formatPercent(shares[i]) })),
    });
  }

  const detailHead = yearLead(ctx, para()).text('一般公共预算财政拨款支出年初预算');
  const initial = ctx.amountOr(detailHead, 'budget.initial-gpb');
  detailHead.text('万元，支出决算');
  ctx.put(detailHead, total, '公开05表 合计');
  detailHead.text('万元');
  completion(detailHead, total, initial);
  detailHead.text(classes.length > 0 ? '。其中：' : '。');
  const detailLines = classes.map((c) => {
    const p = para().text(`${c.name}年初预算`);
    const init = ctx.amountOr(p, `budget.initial.${c.code}`);
    p.text('万元，支出决算').wan(c.fig).text('万元');
    completion(p, c.fig, init);
    p.text('，用于');
    ctx.textOr(p, `use.class.${c.code}`);
    p.text('。');
    const d = writeChange(ctx, p, c.fig, ctx.prior(`prior.class.${c.code}`), `prior.class.${c.code}`, CLASS_CHANGE);
    if (d && d !== 'same') {
      p.text('，');
      reasonSentence(ctx, p, [`reason.class.${c.code}`]);
    } else p.text('。');
    return p;
  });

  return [
    section('五、一般公共预算财政拨款支出决算情况说明', 1, []),
    section('（一）一般公共预算财政拨款支出决算总体情况', 2, [overall]),
    section('（二）一般公共预算财政拨款支出决算结构情况', 2, [structHead, ...structLines]),
    section('（三）一般公共预算财政拨款支出决算具体情况', 2, [detailHead, ...detailLines]),
  ];
}

/** "，完成年初预算的9.48%" when the 年初预算 is known and not zero. */
function completion(p: Para, actual: Fig | undefined, initial: Fig | undefined): void {
  if (!actual || !initial || initial.value.isZero()) return;
  const rate = actual.value.div(initial.value).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  p.text('，完成年初预算的').percent(rate, [...actual.sources, ...initial.sources], { part: actual.value, whole: initial.value }).text('%');
}
