import Decimal from 'decimal.js';
import { nationalFinal07 } from '../../forms/national/final07';
import { nationalFinal08 } from '../../forms/national/final08';
import { nationalFinal09 } from '../../forms/national/final09';
import type { FormDef } from '../../forms/formTypes';
import { shareOf, sharesOfWhole } from '../../money/shares';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { reasonAfterColon, unitYear, YEAR_CHANGE } from './wording';

const ITEMS: readonly (readonly [key: string, words: string, priorId: string])[] = [
  ['Abroad', '因公出国（境）费', 'prior.three-public.abroad'],
  ['Car', '公务用车购置及运行维护费', 'prior.three-public.vehicle-operation'],
  ['Reception', '公务接待费', 'prior.three-public.reception'],
];

/** 七、财政拨款“三公”经费支出决算情况说明 from 表7 (预算数 | 决算数 by item); none: one sentence. */
export function threePublic(ctx: NarrativeContext): NarrativeSection[] {
  const heading = '七、财政拨款“三公”经费支出决算情况说明';
  const t = ctx.tables;
  const cell = (column: string) => t.cell(nationalFinal07, 'main', 'amount', column);
  const total = cell('finalTotal');
  if (!t.table(nationalFinal07) || t.table(nationalFinal07)!.empty) {
    return [section(heading, 1, [unitYear(ctx, para()).text('无“三公”经费财政拨款支出。')])];
  }
  const budget = cell('budgetTotal');
  const p1 = para().text('“三公”经费财政拨款支出年初预算为');
  ctx.put(p1, budget, '表7 合计 预算数');
  p1.text('万元，支出决算为');
  ctx.put(p1, total, '表7 合计 决算数');
  p1.text('万元，完成预算的');
  completion(p1, total, budget);
  p1.text('%，其中：');
  ITEMS.forEach(([key, words], i) => {
    const f = cell(`final${key}`);
    p1.text(`${words}${i === 0 ? '' : '支出'}决算为`);
    ctx.put(p1, f, `表7 ${words} 决算数`);
    p1.text('万元，完成预算的');
    completion(p1, f, cell(`budget${key}`));
    p1.text(i === ITEMS.length - 1 ? '%。' : '%；');
  });
  const p2 = unitYear(ctx, para()).text('“三公”经费财政拨款支出决算数比上年');
  const d = total ? writeChange(ctx, p2, total, ctx.prior('prior.three-public.total'), 'prior.three-public.total', YEAR_CHANGE) : undefined;
  p2.text('。');
  if (d && d !== 'same') reasonAfterColon(ctx, p2, ['reason.three-public']);

  const figs = ITEMS.map(([key]) => cell(`final${key}`));
  const shown = figs.map((f) => f?.value);
  const shares = shown.every((v) => v !== undefined) ? sharesOfWhole(shown as NonNullable<(typeof shown)[number]>[]) : [];
  const p3 = para().text('“三公”经费财政拨款支出决算中，');
  ITEMS.forEach(([, words], i) => {
    p3.text(`${words}支出决算`);
    ctx.put(p3, figs[i], `表7 ${words} 决算数`);
    p3.text('万元，占');
    const f = figs[i];
    if (shares[i] && f) p3.percent(shares[i], figs.flatMap((x) => x?.sources ?? []), { part: f.value, whole: figs.reduce((a, x) => a.plus(x?.value ?? 0), new Decimal(0)) });
    p3.text(i === ITEMS.length - 1 ? '%。' : '%；');
  });
  const p4 = para().text('因公出国（境）团组');
  ctx.countOr(p4, 'three-public.abroad-groups');
  p4.text('个、累计');
  ctx.countOr(p4, 'three-public.abroad-people');
  p4.text('人次；公务用车保有量');
  ctx.countOr(p4, 'three-public.vehicles-held');
  p4.text('辆；公务接待');
  ctx.countOr(p4, 'three-public.reception-batches');
  p4.text('批次、');
  ctx.countOr(p4, 'three-public.reception-people');
  p4.text('人次。');
  return [
    section(heading, 1, []),
    section('（一）“三公”经费财政拨款支出决算总体情况说明', 2, [p1, p2]),
    section('（二）“三公”经费财政拨款支出决算具体情况说明', 2, [p3, p4]),
  ];
}

function completion(p: Para, done: Fig | undefined, budget: Fig | undefined): void {
  if (!done || !budget || budget.value.isZero()) {
    p.fixed('0.00');
    return;
  }
  p.percent(shareOf(done.value, budget.value), [...done.sources, ...budget.sources], { part: done.value, whole: budget.value });
}

/** 八 and 九: a fund's 本年收入 and 本年支出 from its table, or the sentence the documents print when it has none. */
function fund(ctx: NarrativeContext, form: FormDef, heading: string, what: string): NarrativeSection[] {
  const table = ctx.tables.table(form);
  if (!table || table.empty) return [section(heading, 1, [unitYear(ctx, para()).text(`无${what}财政拨款收入和支出。`)])];
  const p = para().text(`${what}财政拨款收入`);
  ctx.put(p, ctx.tables.cell(form, 'main', 'total', 'income'), `${form.label} 本年收入`);
  p.text('万元，支出');
  ctx.put(p, ctx.tables.cell(form, 'main', 'total', 'total'), `${form.label} 本年支出合计`);
  p.text('万元。');
  return [section(heading, 1, [p])];
}

export function govFund(ctx: NarrativeContext): NarrativeSection[] {
  return fund(ctx, nationalFinal08, '八、政府性基金预算财政拨款收入支出决算情况说明', '政府性基金预算');
}

export function stateCapital(ctx: NarrativeContext): NarrativeSection[] {
  return fund(ctx, nationalFinal09, '九、国有资本经营预算财政拨款收入支出决算情况说明', '国有资本经营预算');
}
