import { BUDGET_CHANGE, writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';

/**
 * 八、机关运行经费增减变动原因说明 from 表11. 事业单位 (not 参公) have none by definition; so does a unit
 * whose 表11 is empty with no prior-year figure.
 */
export function section08Operating(ctx: NarrativeContext): NarrativeSection[] {
  const heading = '八、机关运行经费增减变动原因说明';
  const none = [section(heading, 1, [para().text('本单位无机关运行经费。')])];
  if (ctx.unitType === '事业单位') return none;
  const cur = ctx.tables.cell(11, 'main', 'total', 'total');
  const prior = ctx.prior('prior.operating');
  const priorZero = prior === undefined || (prior !== 'invalid' && prior.value.isZero());
  if ((!cur || cur.value.isZero()) && priorZero) return none;

  const p = para().text('本单位机关运行经费财政拨款预算');
  ctx.put(p, cur, '预算公开表11 合计');
  p.text('万元，');
  const dir = cur ? writeChange(ctx, p, cur, prior, 'prior.operating', { ...BUDGET_CHANGE, lead: '比上年预算' }) : undefined;
  if (dir && dir !== 'same') {
    p.text('，主要原因是');
    const reason = ctx.text('reason.operating');
    if (reason) p.input(reason.text.replace(/[。；;，,]+$/u, ''), reason.cell);
    else p.run(ctx.missing('reason.operating'));
  }
  p.text('。');
  return [section(heading, 1, [p])];
}
