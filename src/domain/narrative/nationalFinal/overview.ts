import Decimal from 'decimal.js';
import { nationalFinal01 } from '../../forms/national/final01';
import { nationalFinal02 } from '../../forms/national/final02';
import { nationalFinal03 } from '../../forms/national/final03';
import { nationalFinal04 } from '../../forms/national/final04';
import type { FormDef } from '../../forms/formTypes';
import { sharesOfWhole } from '../../money/shares';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { comparedWithLastYear, reasonAfterColon, unitYear, YEAR_CHANGE } from './wording';

/** 一 and 四: "{单位}2024年度{财政拨款}收入支出总计X万元。与2023年度相比，…增加X万元，增长X%。主要原因：…。" */
function totals(ctx: NarrativeContext, form: FormDef, prefix: string, priorId: string, reasons: readonly string[]): Para {
  const total = ctx.tables.cell(form, 'income', 'grand-total', 'amount');
  const p = unitYear(ctx, para()).text(`${prefix}收入支出总计`);
  ctx.put(p, total, `${form.label} 总计`);
  p.text('万元。');
  comparedWithLastYear(ctx, p).text(`${prefix}收入支出总计`);
  const d = total ? writeChange(ctx, p, total, ctx.prior(priorId), priorId, YEAR_CHANGE) : undefined;
  p.text('。');
  if (d && d !== 'same') reasonAfterColon(ctx, p, reasons);
  return p;
}

export function overview(ctx: NarrativeContext): NarrativeSection[] {
  return [section('一、收入支出决算总体情况说明', 1, [totals(ctx, nationalFinal01, '', 'prior.income-total', ['reason.change'])])];
}

export function fiscalOverview(ctx: NarrativeContext): NarrativeSection[] {
  return [section('四、财政拨款收入支出决算总体情况说明', 1, [totals(ctx, nationalFinal04, '财政拨款', 'prior.fiscal-income-total', ['reason.fiscal-change', 'reason.change'])])];
}

/** "本年收入合计X万元，其中：财政拨款收入X万元，占X%；…" — the parts with a figure, shares adding up to exactly 100.00%. */
function breakdown(ctx: NarrativeContext, what: string, total: Fig | undefined, label: string, parts: readonly { words: string; fig: Fig | undefined }[]): Para {
  const p = para().text(`本年${what}合计`);
  ctx.put(p, total, label);
  const shown = parts.filter((x): x is { words: string; fig: Fig } => x.fig !== undefined && !x.fig.value.isZero());
  if (shown.length === 0) return p.text('万元。');
  p.text('万元，其中：');
  const shares = sharesOfWhole(shown.map((x) => x.fig.value));
  const whole = shown.reduce((a, x) => a.plus(x.fig.value), new Decimal(0));
  shown.forEach((x, i) => {
    p.text(x.words).wan(x.fig).text('万元，占').percent(shares[i], shown.flatMap((y) => y.fig.sources), { part: x.fig.value, whole }).text(i === shown.length - 1 ? '%。' : '%；');
  });
  return p;
}

const INCOME: readonly (readonly [string, string])[] = [
  ['fiscal', '财政拨款收入'],
  ['superior', '上级补助收入'],
  ['business', '事业收入'],
  ['operating', '经营收入'],
  ['affiliated', '附属单位上缴收入'],
  ['other', '其他收入'],
];

const EXPENSE: readonly (readonly [string, string])[] = [
  ['basic', '基本支出'],
  ['project', '项目支出'],
  ['toSuperior', '上缴上级支出'],
  ['operating', '经营支出'],
  ['toAffiliated', '对附属单位补助支出'],
];

export function income(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const parts = INCOME.map(([col, words]) => ({ words, fig: t.cell(nationalFinal02, 'main', 'total', col) }));
  return [section('二、收入决算情况说明', 1, [breakdown(ctx, '收入', t.cell(nationalFinal02, 'main', 'total', 'total'), '表2 本年收入合计', parts)])];
}

export function expense(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const parts = EXPENSE.map(([col, words]) => ({ words, fig: t.cell(nationalFinal03, 'main', 'total', col) }));
  return [section('三、支出决算情况说明', 1, [breakdown(ctx, '支出', t.cell(nationalFinal03, 'main', 'total', 'total'), '表3 本年支出合计', parts)])];
}
