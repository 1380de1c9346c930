import { budgetTable11 } from '../../forms/budget/table11';
import { BUDGET_CHANGE, writeChange, type ChangeWording } from '../change';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';

/** How the unit names itself in 八 when the 说明参数 sheet leaves 单位自称 blank (000, 001). */
export const DEFAULT_SELF_NAME = '本单位';

/**
 * 八、机关运行经费增减变动原因说明 from 表11, worded as the profile says (001: "本单位机关运行经费财政拨款预算
 * 33.58万元，比2024年预算增加…，增加50.38%，原因是：…"; 002: "2023年我中心机关运行经费预算59.61万元。比2022年
 * 减少…，减幅12.94%，主要原因是…"). 事业单位 (not 参公) have none by definition; so does a unit whose 表11
 * is empty with no prior-year figure.
 */
export function section08Operating(ctx: NarrativeContext): NarrativeSection[] {
  const heading = '八、机关运行经费增减变动原因说明';
  const self = ctx.text('style.self-name');
  const selfRun = (p: Para): Para => (self ? p.input(self.text, self.cell) : p.text(DEFAULT_SELF_NAME));
  const none = [section(heading, 1, [selfRun(para()).text('无机关运行经费。')])];
  if (ctx.unitType === '事业单位') return none;
  const cur = ctx.tables.cell(budgetTable11, 'main', 'total', 'total');
  const prior = ctx.prior('prior.operating');
  const priorZero = prior === undefined || (prior !== 'invalid' && prior.value.isZero());
  if ((!cur || cur.value.isZero()) && priorZero) return none;

  const w = ctx.wording.operating;
  const p = para();
  if (w.yearFirst) p.run(ctx.yearRun()).text('年');
  selfRun(p).text(w.subject);
  ctx.put(p, cur, '预算公开表11 合计');
  p.text('万元');
  if (!cur) return [section(heading, 1, [p.text('。')])];
  // "比2024年预算": the year is a sourced run, so the change writer gets the words after it.
  const withYear = (template: string) => {
    const [before, after] = template.split('{上年}');
    p.text(before).run(ctx.yearRun(-1)).text(after ?? '');
  };
  if (prior && prior !== 'invalid' && prior.value.equals(cur.value)) {
    withYear(w.same);
    return [section(heading, 1, [p.text('。')])];
  }
  withYear(w.changeLead);
  const wording: ChangeWording = { ...BUDGET_CHANGE, lead: '', upRate: w.upRate, downRate: w.downRate };
  const dir = writeChange(ctx, p, cur, prior, 'prior.operating', wording);
  if (dir && dir !== 'same') {
    p.text(w.reasonLead);
    const reason = ctx.text('reason.operating');
    if (reason) p.input(reason.text.replace(/[。；;，,]+$/u, ''), reason.cell);
    else p.run(ctx.missing('reason.operating'));
  }
  p.text('。');
  return [section(heading, 1, [p])];
}
