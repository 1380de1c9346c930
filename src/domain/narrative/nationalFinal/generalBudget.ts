import Decimal from 'decimal.js';
import { nationalFinal01 } from '../../forms/national/final01';
import { nationalFinal05 } from '../../forms/national/final05';
import { nationalFinal06 } from '../../forms/national/final06';
import { shareOf, sharesOfWhole } from '../../money/shares';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { comparedWithLastYear, reasonAfterColon, YEAR_CHANGE } from './wording';

/** 五、一般公共预算财政拨款支出决算情况说明 (一) 总体, (二) 结构, (三) 具体 — 表5 with 表1's 本年支出合计. */
export function generalBudget(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const total = t.cell(nationalFinal05, 'main', 'total', 'total');
  const all = t.cell(nationalFinal01, 'expense', 'expense-total', 'amount');

  const p1 = para().text('一般公共预算财政拨款支出');
  ctx.put(p1, total, '表5 合计');
  p1.text('万元，占本年支出合计的');
  if (total && all && !all.value.isZero()) p1.percent(shareOf(total.value, all.value), [...total.sources, ...all.sources], { part: total.value, whole: all.value });
  else p1.run(ctx.missingTable('表1 本年支出合计'));
  p1.text('%。');
  comparedWithLastYear(ctx, p1).text('一般公共预算财政拨款支出');
  const d = total ? writeChange(ctx, p1, total, ctx.prior('prior.gpb-expense'), 'prior.gpb-expense', YEAR_CHANGE) : undefined;
  p1.text('。');
  if (d && d !== 'same') reasonAfterColon(ctx, p1, ['reason.gpb-change', 'reason.change']);

  const p2 = para().text('一般公共预算财政拨款支出');
  ctx.put(p2, total, '表5 合计');
  const classes = t.classes(nationalFinal05, 'main', 'total').filter((c) => !c.fig.value.isZero());
  if (classes.length > 0) {
    p2.text('万元，主要用于以下方面：');
    const shares = sharesOfWhole(classes.map((c) => c.fig.value));
    const whole = classes.reduce((a, c) => a.plus(c.fig.value), new Decimal(0));
    classes.forEach((c, i) => {
      p2.text(`${c.name}（类）`).wan(c.fig).text('万元，占').percent(shares[i], classes.flatMap((x) => x.fig.sources), { part: c.fig.value, whole }).text(i === classes.length - 1 ? '%。' : '%；');
    });
  } else p2.text('万元。');

  return [
    section('五、一般公共预算财政拨款支出决算情况说明', 1, []),
    section('（一）一般公共预算财政拨款支出决算总体情况', 2, [p1]),
    section('（二）一般公共预算财政拨款支出决算结构情况', 2, [p2]),
    section('（三）一般公共预算财政拨款支出决算具体情况', 2, [budgetCompletion(ctx, total), ...items(ctx)]),
  ];
}

/** "一般公共预算财政拨款支出年初预算为X万元，支出决算为X万元，完成年初预算的X%。" */
function budgetCompletion(ctx: NarrativeContext, total: Fig | undefined): Para {
  const p = para().text('一般公共预算财政拨款支出年初预算为');
  const budget = ctx.amountOr(p, 'budget.initial-gpb');
  p.text('万元，支出决算为');
  ctx.put(p, total, '表5 合计');
  p.text('万元');
  if (budget && total && !budget.value.isZero()) {
    p.text('，完成年初预算的').percent(shareOf(total.value, budget.value), [...total.sources, ...budget.sources], { part: total.value, whole: budget.value }).text('%');
  }
  return p.text('。');
}

/** "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。支出决算为51.32万元。" for every 项 with a figure. */
function items(ctx: NarrativeContext): Para[] {
  const rows = ctx.tables.rows(nationalFinal05, 'main', 'total');
  const name = (code: string) => rows.find((r) => r.code === code)?.name ?? '';
  return rows
    .filter((r) => r.code !== null && r.code.length === 7 && !r.fig.value.isZero())
    .map((r, i) =>
      para()
        .text(`${i + 1}、${name(r.code!.slice(0, 3))}（类）${name(r.code!.slice(0, 5))}（款）${r.name}（项）。支出决算为`)
        .wan(r.fig)
        .text('万元。'),
    );
}

/** 六: 表5 基本支出; 人员经费 and 公用经费 from 表6 with the items they mainly include (figures not zero). */
export function basic(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const p = para().text('一般公共预算财政拨款基本支出');
  ctx.put(p, t.cell(nationalFinal05, 'main', 'total', 'basic'), '表5 基本支出');
  p.text('万元。其中：人员经费');
  ctx.put(p, t.cell(nationalFinal06, 'personnel', 'personnel-total', 'amount'), '表6 人员经费合计');
  p.text('万元');
  includes(p, ctx, 'personnel');
  p.text('；公用经费');
  ctx.put(p, t.cell(nationalFinal06, 'public', 'public-total', 'amount'), '表6 公用经费合计');
  p.text('万元');
  includes(p, ctx, 'public');
  p.text('。');
  return [section('六、一般公共预算财政拨款基本支出决算情况说明', 1, [p])];
}

/** "，主要包括：基本工资、津贴补贴、…" — the 款 of the side with a figure, in table order. */
function includes(p: Para, ctx: NarrativeContext, panel: string): void {
  const names = ctx.tables
    .rows(nationalFinal06, panel, 'amount')
    .filter((r) => r.code !== null && r.code.length === 5 && !r.fig.value.isZero())
    .map((r) => r.name);
  if (names.length > 0) p.text(`，主要包括：${names.join('、')}`);
}
