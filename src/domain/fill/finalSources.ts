import { finalTable04 } from '../forms/final/table04';
import { finalTable07 } from '../forms/final/table07';
import { finalTable08 } from '../forms/final/table08';
import { nationalFinal09 } from '../forms/national/final09';
import type { FillContext } from './fillContext';
import { PanelView } from './panelView';
import { amountOr0 } from './sources';

/** What the 决算 derivations need to know about the 财政拨款 sources and the opening/closing lines. */

/**
 * 财政拨款 is 一般公共预算 alone when 公开04表 says so (its other two income lines zero), or when
 * 公开07表 and 公开08表 (the national 表8 and 表9) are both present and show no data.
 */
export function fiscalIsGpbOnly(ctx: FillContext): boolean {
  const inc = PanelView.of(ctx, finalTable04, 'income');
  const gpb = inc?.fixed('gpb');
  if (inc && gpb && inc.filled(gpb, 'amount')) {
    return ['gov-fund', 'soe'].every((k) => {
      const r = inc.fixed(k);
      return !r || amountOr0(inc, r, 'amount').isZero();
    });
  }
  const t7 = ctx.table(finalTable07);
  // The national 表9 prints 国有资本经营预算 laid out as its 表8 (收入 and 支出), not as 公开08表: found by its own id.
  const t8 = ctx.table(finalTable08) ?? ctx.table(nationalFinal09);
  return !!t7 && !!t8 && t7.empty && t8.empty;
}

/** "公开07表、公开08表" / the national "表8、表9": the tables that show 政府性基金 and 国有资本经营 财政拨款. */
export function fundTableNames(ctx: FillContext): string {
  return `${ctx.tableName(finalTable07)}、${ctx.tableName(finalTable08, nationalFinal09)}`;
}

/**
 * Lines that are inputs, not repeats of another table (年初结转和结余, 年末结转和结余…): blank ones
 * make their totals unknown, and one note names them.
 */
export function requireInputs(ctx: FillContext, view: PanelView, lines: readonly string[], keys: readonly string[], why: string): void {
  // Only when something waits for them: a 总计 already printed needs nothing.
  const grand = view.fixed('grand-total');
  if (grand && keys.some((k) => view.col(k) !== undefined && view.filled(grand, k))) return;
  const missing: string[] = [];
  for (const line of lines) {
    const r = view.fixed(line);
    if (!r) continue;
    const blank = keys.filter((k) => view.col(k) !== undefined && !view.filled(r, k));
    if (blank.length === 0 || blank.length < keys.filter((k) => view.col(k) !== undefined).length) continue;
    for (const k of blank) view.markUnknown(r, k);
    missing.push(r.name);
  }
  if (missing.length > 0) {
    ctx.note('warning', view.table, `${view.label()} ${missing.join('、')} ${why}：请填写（没有请填 0），再次填充后可推算总计`);
  }
}
