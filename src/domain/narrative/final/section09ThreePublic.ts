import { finalTable09 } from '../../forms/final/table09';
import { ZERO } from '../../money/amount';
import { formatPercent, formatWan } from '../../money/format';
import { sharesOfWhole } from '../../money/shares';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import { isZero, type Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { LINE_CHANGE, yearLead } from './wording';

interface Line {
  readonly column: string;
  readonly words: string;
  readonly key: string;
  /** Said for a zero line without a typed reason or use (a fact of the table, not a guess). */
  readonly none: string;
}

const LINES: readonly Line[] = [
  { column: 'finalAbroad', words: '因公出国（境）费', key: 'abroad', none: '本单位无因公出国（境）费支出' },
  { column: 'finalCarPurchase', words: '公务用车购置费', key: 'vehicle-purchase', none: '本单位无公务用车购置支出' },
  { column: 'finalCarRun', words: '公务用车运行维护费', key: 'vehicle-operation', none: '本单位无公务用车运行维护费' },
  { column: 'finalReception', words: '公务接待费', key: 'reception', none: '本单位无公务接待费' },
];

/** 九、财政拨款“三公”经费支出决算情况说明 from 公开09表 and the counts of the parameter sheet. */
export function section09ThreePublic(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const cell = (column: string) => t.cell(finalTable09, 'main', 'amount', column);
  const total = cell('finalTotal');

  const overall = yearLead(ctx, para()).text('“三公”经费财政拨款支出全年预算');
  ctx.put(overall, cell('budgetTotal'), '公开09表 全年预算合计');
  overall.text('万元，支出决算');
  ctx.put(overall, total, '公开09表 决算合计');
  overall.text('万元');
  const dir = total
    ? writeChange(ctx, overall.text('，'), total, ctx.prior('prior.three-public.total'), 'prior.three-public.total', {
        ...LINE_CHANGE,
        lead: '比上年“三公”经费财政拨款支出决算',
        same: '与上年“三公”经费财政拨款支出决算相同',
      })
    : undefined;
  if (dir && dir !== 'same') {
    const r = ctx.text('reason.three-public');
    overall.text('，主要原因是');
    if (r) overall.input(r.text.replace(/[。；;，,]+$/u, ''), r.cell);
    else overall.run(ctx.missing('reason.three-public'));
  }
  overall.text('。其中：');
  const lines = LINES.map((l, i) => {
    const f = cell(l.column);
    const p = para().text(`${l.words}支出`);
    ctx.put(p, f, `公开09表 ${l.words}`);
    p.text('万元');
    const d = f ? writeChange(ctx, p.text('，'), f, ctx.prior(`prior.three-public.${l.key}`), `prior.three-public.${l.key}`, LINE_CHANGE) : undefined;
    const reason = ctx.text(`reason.three-public.${l.key}`);
    if (reason) p.text('，主要原因是：').input(reason.text.replace(/[。；;，,]+$/u, ''), reason.cell);
    else if (d && d !== 'same') p.text('，主要原因是：').run(ctx.missing(`reason.three-public.${l.key}`));
    return p.text(i === LINES.length - 1 ? '。' : '；');
  });

  const detail = [
    abroad(ctx, cell('finalAbroad')),
    purchase(ctx, cell('finalCarPurchase')),
    operation(ctx, cell('finalCarRun')),
    reception(ctx, cell('finalReception')),
  ];

  if (!isZero(total)) {
    const figs = LINES.map((l) => cell(l.column));
    const shares = sharesOfWhole(figs.map((f) => f?.value ?? ZERO));
    ctx.charts.push({
      id: 'three-public',
      title: '“三公”经费支出决算分布图',
      slices: LINES.map((l, i) => ({ label: l.words, value: formatWan(figs[i]?.value ?? ZERO), share: formatPercent(shares[i]) })),
    });
  }

  return [
    section('九、财政拨款“三公”经费支出决算情况说明', 1, []),
    section('（一）“三公”经费财政拨款支出决算总体情况说明', 2, [overall, ...lines]),
    section('（二）“三公”经费财政拨款支出决算具体情况说明', 2, detail),
  ];
}

/**
 * A count input; for a line with no spending the count of trips, purchases or receptions is 0 by the
 * table (sourced to its cell). The 保有量 is a stock, not implied by the spending: always asked for.
 */
function count(ctx: NarrativeContext, p: Para, id: string, f: Fig | undefined): void {
  if (f && f.value.isZero() && !ctx.params.inputs[id] && id !== 'three-public.vehicles-held') p.count(0, f.sources);
  else ctx.countOr(p, id);
}

function amount(ctx: NarrativeContext, p: Para, id: string, f: Fig | undefined): void {
  if (f && f.value.isZero() && !ctx.params.inputs[id]) p.wan(f);
  else ctx.amountOr(p, id);
}

function use(ctx: NarrativeContext, p: Para, id: string, f: Fig | undefined, none: string): void {
  p.text('主要用于：');
  const u = ctx.text(id);
  if (u) p.input(u.text.replace(/[。；;，,]+$/u, ''), u.cell);
  else if (f && f.value.isZero()) p.text(none);
  else p.run(ctx.missing(id));
  p.text('。');
}

function abroad(ctx: NarrativeContext, f: Fig | undefined): Para {
  const p = para().fixed('1、').text('因公出国（境）费支出');
  ctx.put(p, f, '公开09表 因公出国（境）费');
  p.text('万元，出国（境）团组共');
  count(ctx, p, 'three-public.abroad-groups', f);
  p.text('个，');
  count(ctx, p, 'three-public.abroad-people', f);
  p.text('人次。');
  use(ctx, p, 'use.three-public.abroad', f, LINES[0].none);
  return p;
}

function purchase(ctx: NarrativeContext, f: Fig | undefined): Para {
  const p = para().fixed('2、').text('公务用车购置支出');
  ctx.put(p, f, '公开09表 公务用车购置费');
  p.text('万元，使用财政拨款共购置公务用车');
  count(ctx, p, 'three-public.vehicles-purchased', f);
  p.text('辆，');
  use(ctx, p, 'use.three-public.vehicle-purchase', f, LINES[1].none);
  return p;
}

function operation(ctx: NarrativeContext, f: Fig | undefined): Para {
  const p = para().fixed('3、').text('公务用车运行维护费支出');
  ctx.put(p, f, '公开09表 公务用车运行维护费');
  p.text('万元，使用财政拨款负担的公务用车保有量共');
  count(ctx, p, 'three-public.vehicles-held', f);
  p.text('辆，');
  use(ctx, p, 'use.three-public.vehicle-operation', f, LINES[2].none);
  return p;
}

function reception(ctx: NarrativeContext, f: Fig | undefined): Para {
  const p = para().fixed('4、').text('公务接待费支出');
  ctx.put(p, f, '公开09表 公务接待费');
  p.text('万元，共接待');
  count(ctx, p, 'three-public.reception-batches', f);
  p.text('批次，');
  count(ctx, p, 'three-public.reception-people', f);
  p.text('人次。国内接待费');
  amount(ctx, p, 'three-public.reception-domestic', f);
  p.text('万元，共接待');
  count(ctx, p, 'three-public.reception-domestic-batches', f);
  p.text('批次，');
  count(ctx, p, 'three-public.reception-domestic-people', f);
  p.text('人次，其中外事接待费');
  amount(ctx, p, 'three-public.reception-foreign-affairs', f);
  p.text('万元，共接待');
  count(ctx, p, 'three-public.reception-foreign-affairs-batches', f);
  p.text('批次，');
  count(ctx, p, 'three-public.reception-foreign-affairs-people', f);
  p.text('人次；国（境）外接待费');
  amount(ctx, p, 'three-public.reception-abroad', f);
  p.text('万元，共接待国（境）外');
  count(ctx, p, 'three-public.reception-abroad-batches', f);
  p.text('批次，');
  count(ctx, p, 'three-public.reception-abroad-people', f);
  p.text('人次。');
  use(ctx, p, 'use.three-public.reception', f, LINES[3].none);
  return p;
}
