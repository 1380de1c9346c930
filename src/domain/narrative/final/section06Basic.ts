import { finalTable05 } from '../../forms/final/table05';
import { finalTable06 } from '../../forms/final/table06';
import type { NarrativeContext } from '../context';
import { largestFirst, sumFigs, type Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { yearLead } from './wording';

const PUBLIC_PANELS = ['public-1', 'public-2', 'public-3'];

/**
 * 六、一般公共预算财政拨款基本支出决算情况说明 from 公开05/06表: 人员经费 and 公用经费 with their 款 and
 * amounts, non-zero only, largest first. The amounts are the table's (004 prints 112.76 for 06表's 112.75).
 */
export function section06Basic(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const head = yearLead(ctx, para()).text('财政拨款基本支出');
  ctx.put(head, t.cell(finalTable05, 'main', 'total', 'basic'), '公开05表 基本支出');
  head.text('万元，其中：');

  const personnelItems = items(ctx, ['personnel']);
  const p1 = para().text('人员经费');
  ctx.put(p1, t.cell(finalTable06, 'personnel', 'personnel-total', 'amount'), '公开06表 人员经费合计');
  p1.text('万元');
  list(p1, personnelItems);
  p1.text('；');

  const publicTotal = t.cell(finalTable06, 'public-3', 'public-total', 'amount') ?? publicFromClasses(ctx);
  const p2 = para().text('公用经费');
  ctx.put(p2, publicTotal, '公开06表 公用经费合计');
  p2.text('万元');
  list(p2, items(ctx, PUBLIC_PANELS));
  p2.text('。');
  return [section('六、一般公共预算财政拨款基本支出决算情况说明', 1, [head, p1, p2])];
}

/** 款 lines (5-digit codes) of the panels with a non-zero amount, largest first. */
function items(ctx: NarrativeContext, panels: readonly string[]): { name: string; fig: Fig }[] {
  const rows = panels.flatMap((panel) => ctx.tables.rows(finalTable06, panel, 'amount'));
  return largestFirst(rows.filter((r) => r.code !== null && /^\d{5}$/.test(r.code)).map((r) => ({ name: r.name, fig: r.fig })));
}

/** 公用经费合计 when its line is not recognised: the 类 lines of the 公用经费 panels. */
function publicFromClasses(ctx: NarrativeContext): Fig | undefined {
  if (!ctx.tables.table(finalTable06)) return undefined;
  const rows = PUBLIC_PANELS.flatMap((panel) => ctx.tables.rows(finalTable06, panel, 'amount'));
  return sumFigs(rows.filter((r) => r.code !== null && /^\d{3}$/.test(r.code)).map((r) => r.fig));
}

/** "，主要包括基本工资148.23万元、…以及奖励金3.42万元" as 004 words it. */
function list(p: Para, items: readonly { name: string; fig: Fig }[]): void {
  if (items.length === 0) return;
  p.text('，主要包括');
  items.forEach((it, i) => {
    if (i > 0) p.text(i === items.length - 1 ? '以及' : '、');
    p.text(it.name).wan(it.fig).text('万元');
  });
}
