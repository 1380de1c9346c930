import { finalTable01 } from '../forms/final/table01';
import { finalTable04 } from '../forms/final/table04';
import { finalTable06 } from '../forms/final/table06';
import { finalTable07 } from '../forms/final/table07';
import { finalTable08 } from '../forms/final/table08';
import { nationalFinal06 } from '../forms/national/final06';
import { nationalFinal09 } from '../forms/national/final09';
import type { FillContext } from './fillContext';
import { PanelView, type Cited } from './panelView';
import { amountOr0 } from './sources';
import { ZERO } from '../money/amount';
import type Decimal from 'decimal.js';

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

/**
 * No 一般公共预算财政拨款 brought in from last year or carried to next (公开04表's 年初 and 年末
 * 一般公共预算 lines, or 公开01表's 年初 and 年末结转和结余, typed as 0 or a dash): then every subject
 * spends the 财政拨款 it received this year, as no subject's balance is negative. Blank says nothing:
 * it is the input the notes ask for.
 */
export function noFiscalCarryover(ctx: FillContext): boolean {
  const zero = (view: PanelView | undefined, line: string, key: string) => {
    const r = view?.fixed(line);
    return !!view && !!r && view.filled(r, key) && amountOr0(view, r, key).isZero();
  };
  const inc4 = PanelView.of(ctx, finalTable04, 'income');
  const exp4 = PanelView.of(ctx, finalTable04, 'expense');
  const from04 = (zero(inc4, 'opening-gpb', 'amount') || zero(inc4, 'opening', 'amount')) && (zero(exp4, 'closing', 'gpb') || zero(exp4, 'closing', 'total'));
  const from01 = zero(PanelView.of(ctx, finalTable01, 'income'), 'opening-balance', 'amount') && zero(PanelView.of(ctx, finalTable01, 'expense'), 'closing-balance', 'amount');
  return from04 || from01;
}

/**
 * 一般公共预算财政拨款基本支出 as 公开06表 (the national 表6) totals it: 人员经费合计 + 公用经费合计,
 * the figure 公开05表's 基本支出 合计 repeats. null unless both are typed.
 */
export function gpbBasicFromTable06(ctx: FillContext): { total: Decimal; cells: Cited[]; label: string } | null {
  const table = ctx.table(finalTable06) ?? ctx.table(nationalFinal06);
  if (!table) return null;
  const cells: Cited[] = [];
  for (const key of ['personnel-total', 'public-total']) {
    const found = table.form.panels.map((p) => new PanelView(ctx, table, p.key)).flatMap((view) => {
      const row = view.panel ? view.fixed(key) : undefined;
      return row && view.filled(row, 'amount') ? [{ view, row, key: 'amount' }] : [];
    });
    if (found.length === 0) return null;
    cells.push(found[0]);
  }
  return { total: cells.reduce((a, c) => a.plus(amountOr0(c.view, c.row, c.key)), ZERO), cells, label: ctx.nameOf(table) };
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
