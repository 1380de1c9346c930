import { budgetTable10 } from '../../forms/budget/table10';
import { ZERO } from '../../money/amount';
import { sharesOfWhole } from '../../money/shares';
import { formatPercent, formatWan } from '../../money/format';
import { writeChange, BUDGET_CHANGE, type ChangeWording } from '../change';
import type { NarrativeContext } from '../context';
import { fig, isZero, sumFigs, type Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';

const WORDING: ChangeWording = { ...BUDGET_CHANGE, lead: '比上年预算', same: '与上年预算数相同' };

/** 表10 lines in the order 001 states them, with the prior-year input of each. */
const LINES: readonly (readonly [row: string, words: string, priorId: string | null])[] = [
  ['abroad', '因公出国（境）费', 'prior.three-public.abroad'],
  ['reception', '公务接待费', 'prior.three-public.reception'],
  ['car', '公务用车购置及运行费', null],
  ['car-run', '公务用车运行维护费', 'prior.three-public.vehicle-operation'],
  ['car-purchase', '公务用车购置费', 'prior.three-public.vehicle-purchase'],
];

/** 七、“三公”经费增减变动原因说明 from 表10 against last year's budget; 本单位无“三公”经费预算 when there is none. */
export function section07ThreePublic(ctx: NarrativeContext): NarrativeSection[] {
  const heading = '七、“三公”经费增减变动原因说明';
  const t = ctx.tables;
  const total = t.cell(budgetTable10, 'main', 'total', 'total');
  const priorTotal = ctx.prior('prior.three-public.total');
  const priorZero = priorTotal === undefined || (priorTotal !== 'invalid' && priorTotal.value.isZero());
  if (total && total.value.isZero() && priorZero) {
    const none = para().text('本单位无“三公”经费预算。');
    if (ctx.wording.threePublicNoneDetail) zeroLines(ctx, none, total, priorTotal);
    return [section(heading, 1, [none])];
  }

  const p = para();
  p.run(ctx.yearRun()).text('年').run(ctx.unitRun()).text('财政拨款安排的“三公”经费预算');
  ctx.put(p, total, '预算公开表10 合计');
  p.text('万元，');
  const dir = total ? writeChange(ctx, p, total, priorTotal, 'prior.three-public.total', WORDING) : undefined;
  p.text('。其中：');
  LINES.forEach(([row, words, priorId], i) => {
    if (i === 3) p.text('。');
    else if (i > 0) p.text('；');
    const cur = t.cell(budgetTable10, 'main', row, 'total');
    p.text(words);
    ctx.put(p, cur, `预算公开表10 ${words}`);
    p.text('万元，');
    if (!cur) return;
    if (priorId) {
      writeChange(ctx, p, cur, ctx.prior(priorId), priorId, WORDING);
    } else {
      const car = carPrior(ctx);
      writeChange(ctx, p, cur, car.fig, car.id, WORDING);
    }
  });
  p.text('。');
  if (dir && dir !== 'same') {
    p.text('主要原因是');
    const reason = ctx.text('reason.three-public');
    if (reason) p.input(reason.text.replace(/[。；;，,]+$/u, ''), reason.cell).text('。');
    else p.run(ctx.missing('reason.three-public')).text('。');
  }

  const slices = LINES.filter(([row]) => row !== 'car').map(([row, words]) => ({ words, f: t.cell(budgetTable10, 'main', row, 'total') }));
  if (!isZero(total)) {
    const shares = sharesOfWhole(slices.map((s) => s.f?.value ?? ZERO));
    ctx.charts.push({
      id: 'three-public',
      title: '三公经费分布图',
      slices: slices.map((s, i) => ({ label: s.words, value: formatWan(s.f?.value ?? ZERO), share: formatPercent(shares[i]) })),
    });
  }
  return [section(heading, 1, [p])];
}

/**
 * 简式 after "本单位无…": the 表10 lines, all 0, "与上年相同" (002's order and wording). A line's last-year
 * figure is 0 when the total was 0; without last year's total each asks for its own.
 */
function zeroLines(ctx: NarrativeContext, p: Para, total: Fig, priorTotal: Fig | undefined | 'invalid'): void {
  const w: ChangeWording = { ...BUDGET_CHANGE, same: '与上年相同' };
  p.run(ctx.yearRun()).text('年财政拨款安排的“三公”经费预算').wan(total).text('万元，');
  writeChange(ctx, p, total, priorTotal, 'prior.three-public.total', w);
  p.text('。其中：');
  const lines: readonly (readonly [string, string, string])[] = [
    ['abroad', '因公出国（境）费', 'prior.three-public.abroad'],
    ['car-purchase', '公务用车购置费', 'prior.three-public.vehicle-purchase'],
    ['car-run', '公务用车运行维护费', 'prior.three-public.vehicle-operation'],
    ['reception', '公务接待费', 'prior.three-public.reception'],
  ];
  lines.forEach(([row, words, priorId], i) => {
    if (i > 0) p.text('；');
    p.text(`${words}支出`);
    const cur = ctx.tables.cell(budgetTable10, 'main', row, 'total');
    ctx.put(p, cur, `预算公开表10 ${words}`);
    p.text('万元，');
    if (!cur) return;
    const prior = priorTotal !== undefined && priorTotal !== 'invalid' ? fig(ZERO, priorTotal.sources) : ctx.prior(priorId);
    writeChange(ctx, p, cur, prior, priorId, w);
  });
  p.text('。');
}

/** Last year's 公务用车购置及运行费: 购置 + 运行维护, when both are known; else the input to ask for. */
function carPrior(ctx: NarrativeContext): { fig: Fig | undefined | 'invalid'; id: string } {
  const ids = ['prior.three-public.vehicle-purchase', 'prior.three-public.vehicle-operation'];
  const [a, b] = ids.map((id) => ctx.prior(id));
  const bad = [a, b].findIndex((x) => x === undefined || x === 'invalid');
  if (bad >= 0) return { fig: [a, b][bad], id: ids[bad] };
  return { fig: sumFigs([a as Fig, b as Fig]), id: ids[0] };
}
