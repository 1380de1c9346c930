import type Decimal from 'decimal.js';
import { finalTable02 } from '../../forms/final/table02';
import { finalTable03 } from '../../forms/final/table03';
import { finalTable04 } from '../../forms/final/table04';
import { finalTable05 as finalTable05Form } from '../../forms/final/table05';
import { ZERO } from '../../money/amount';
import { formatWan } from '../../money/format';
import type { FillContext } from '../fillContext';
import { writeSettledRows } from '../copyRows';
import { fiscalIsGpbOnly, fundTableNames, gpbBasicFromTable06, noFiscalCarryover } from '../finalSources';
import { parentCode } from '../../catalog/catalog';
import { PanelView, type Copied, type ViewRow } from '../panelView';
import { amountOr0, copyOf } from '../sources';
import { ownOrAncestor, settleRows, type Settled, type SettledRows } from './settledRows';

const NON_FISCAL = ['superior', 'business', 'operating', 'affiliated', 'other'];
const OTHER_EXPENSE = ['toSuperior', 'operating', 'toAffiliated'];
const COLUMNS = [['total', 'total'], ['basic', 'basic'], ['project', 'project']] as const;
const KEYS = COLUMNS.map(([k]) => k);
/** Why a 公开05表 row repeats its 公开03表 row. */
const why = (ctx: FillContext) => `${ctx.tableName(finalTable02)}显示该行全部为一般公共预算财政拨款`;
const WHY_04 = '财政拨款全部为一般公共预算';

/**
 * 公开05表 from 公开03表, row by row, when 财政拨款 is 一般公共预算 alone: a row whose 公开02表
 * income is all 财政拨款 and which 03 spends exactly (only 基本/项目支出) is 03's row. When no
 * 财政拨款 was brought in or carried over (noFiscalCarryover), every row spends what 02 says it
 * received: its 合计 is 02's 财政拨款, in 基本支出 or 项目支出 when 03 spends the row on one of them
 * only. A 类/款 is 03's row less what its children do not carry over. Otherwise the reasons.
 */
export function finalGpbRows(ctx: FillContext): { t3: PanelView; settled: SettledRows; partial: ReadonlyMap<string, Settled> } | { reasons: string[] } {
  const t2 = PanelView.of(ctx, finalTable02);
  const t3 = PanelView.of(ctx, finalTable03);
  const [n2, n3, n4, n5] = [finalTable02, finalTable03, finalTable04, finalTable05Form].map((f) => ctx.tableName(f));
  if (!t2 || !t3 || !t2.total() || !t3.total()) return { reasons: [`缺少${n2}或${n3}（或其合计行）`] };
  if (!fiscalIsGpbOnly(ctx)) return { reasons: [`无法确定财政拨款全部为一般公共预算（${fundTableNames(ctx)}未显示无数据，${n4}收入未填）`] };
  const noCarry = noFiscalCarryover(ctx) ? n4 : null;
  const direct = (r: ViewRow): Settled => {
    const copy = spentAsReceived(t2, t3, r, why(ctx));
    return copy !== null || noCarry === null ? copy : receivedThisYear(t2, t3, r, noCarry);
  };
  const first = settleRows(t3, n5, KEYS, direct);
  const partial = [...first.rows].filter(([, s]) => s !== null && s !== 'zero' && KEYS.some((k) => !s.values.has(k))).map(([code]) => code);
  if (partial.length === 0) return { t3, settled: first, partial: new Map() };
  // A row whose 合计 is settled but not its 基本/项目支出 split: 公开06表 settles the one such 项, and
  // a 类/款 follows from its rows; a split nothing settles leaves the whole row to an input.
  const split = basicFromTable06(ctx, t3, first, n5);
  const settled = settleRows(t3, n5, KEYS, (r) => (partial.includes(r.code!) ? split.get(r.code!) ?? null : direct(r)));
  return { t3, settled, partial: new Map(partial.map((c) => [c, first.rows.get(c)!])) };
}

/** The 项 of 03 with no row below it. */
function leaves(t3: PanelView): ViewRow[] {
  const rows = t3.codedRows();
  const classification = t3.def.rows.mode === 'coded' ? t3.def.rows.classification : 'function';
  return rows.filter((r) => !rows.some((c) => parentCode(classification, c.code!) === r.code));
}

/**
 * The one 项 whose 基本/项目支出 split `first` leaves open, completed from 公开06表: 公开05表's 基本支出
 * is 人员经费合计 + 公用经费合计, so that 项's is what the other rows leave of it, and its 项目支出 the
 * rest of its 合计. Nothing when more than one 项 is open (06 settles their sum, not each), or the
 * figures would not fit 03's row.
 */
function basicFromTable06(ctx: FillContext, t3: PanelView, first: SettledRows, n5: string): Map<string, Settled> {
  const out = new Map<string, Settled>();
  const t6 = gpbBasicFromTable06(ctx);
  if (!t6) return out;
  const rows = leaves(t3).map((r) => ({ r, s: first.rows.get(r.code!) }));
  const open = rows.filter(({ s }) => s === null || (s !== 'zero' && s !== undefined && !s.values.has('basic')));
  if (open.length !== 1 || open[0].s === null || open[0].s === undefined || open[0].s === 'zero') return out;
  const { r, s } = open[0];
  const others = rows.filter((x) => x.r !== r).reduce((sum, x) => sum.plus(x.s === 'zero' || !x.s ? ZERO : x.s.values.get('basic')!), ZERO);
  const total = s.values.get('total')!;
  const basic = t6.total.minus(others);
  const project = total.minus(basic);
  // Within a cent of 03's row: the documents round each cell on its own.
  const fits = (v: Decimal, key: string) => !v.lessThan('-0.01') && !v.greaterThan(amountOr0(t3, r, key).plus('0.01'));
  if (!fits(basic, 'basic') || !fits(project, 'project')) return out;
  const six = t6.cells.map((c) => `${c.row.name} ${formatWan(amountOr0(c.view, c.row, c.key))}`).join(' + ');
  const reasons: Record<string, string> = {
    basic: `${t6.label} ${six} = ${formatWan(t6.total)}，减去${n5}其他各行基本支出 ${formatWan(others)}`,
    project: `${n5} 该行合计 ${formatWan(total)} 减去基本支出 ${formatWan(basic)}`,
  };
  out.set(r.code!, {
    values: new Map([['total', total], ['basic', basic], ['project', project]]),
    reason: (key) => reasons[key] ?? s.reason(key),
  });
  return out;
}

/** A row 02 shows funded by 财政拨款 alone and 03 spends exactly so: 03's row. */
function spentAsReceived(t2: PanelView, t3: PanelView, r: ViewRow, because: string): Settled {
  const found = ownOrAncestor(t2, r.code!);
  if (!found) return null;
  const row = found.row;
  const fiscal = amountOr0(t2, row, 'fiscal');
  const allFiscal = NON_FISCAL.every((k) => amountOr0(t2, row, k).isZero()) && fiscal.minus(amountOr0(t2, row, 'total')).abs().lessThan('0.005');
  // 03 must spend on the subject (or on the ancestor that speaks for it) exactly what 02 received.
  const spent = found.own ? r : t3.byCode(row.code!);
  if (!allFiscal || fiscal.isZero() || !spent) return null;
  if (OTHER_EXPENSE.some((k) => !amountOr0(t3, spent, k).isZero())) return null;
  if (!amountOr0(t3, spent, 'total').minus(fiscal).abs().lessThan('0.005')) return null;
  return {
    values: new Map<string, Decimal>(COLUMNS.map(([k]) => [k, amountOr0(t3, r, k)])),
    reason: (key) => `${because}：由${t3.label()} ${r.code} ${r.name} ${t3.columnLabel(key)}复制`,
  };
}

/**
 * With no 财政拨款 carried in or out (`table04` says so), a row's 一般公共预算 spending is the 财政拨款
 * 02 shows it received; split into 基本/项目支出 only where 03 spends the row on one of them.
 */
function receivedThisYear(t2: PanelView, t3: PanelView, r: ViewRow, table04: string): Settled {
  const own = t2.byCode(r.code!);
  // 02 speaks for it through an ancestor only: how that money divides is for the rows below to say.
  if (!own) return ownOrAncestor(t2, r.code!) ? null : 'zero';
  const fiscal = amountOr0(t2, own, 'fiscal');
  if (fiscal.isZero()) return 'zero';
  if (fiscal.minus(amountOr0(t3, r, 'total')).greaterThan('0.005')) return null;
  const because = `${table04} 年初、年末财政拨款结转和结余为 0，${t2.label()} ${r.code} ${r.name} ${t2.columnLabel('fiscal')} ${formatWan(fiscal)}即当年一般公共预算财政拨款支出`;
  const values = new Map<string, Decimal>([['total', fiscal]]);
  const spentOn = (['basic', 'project'] as const).filter((k) => !amountOr0(t3, r, k).isZero());
  if (spentOn.length === 1 && !amountOr0(t3, r, spentOn[0]).plus('0.005').lessThan(fiscal)) {
    for (const k of ['basic', 'project'] as const) values.set(k, k === spentOn[0] ? fiscal : ZERO);
  }
  return { values, reason: (key) => (key === 'total' ? because : `${because}，${t3.label()} 该行全部为${t3.columnLabel(key)}`) };
}

/** Why a row is left to an input, with the figures: "表3 支出 1,105.68，表2 财政拨款收入 1,092.80，相差 12.88". */
function whyInput(t2: PanelView, t3: PanelView, r: ViewRow, settled: Settled | undefined): { text: string; carryover: boolean } {
  const figure = (view: PanelView, row: ViewRow, k: string) => `${view.columnLabel(k)} ${formatWan(amountOr0(view, row, k))}`;
  if (settled && settled !== 'zero') return { text: `${t3.label()} 该行${figure(t3, r, 'basic')}、${figure(t3, r, 'project')}，未按资金来源区分`, carryover: false };
  const found = ownOrAncestor(t2, r.code!);
  if (!found) return { text: `${t2.label()} 无此科目`, carryover: false };
  if (!found.own) return { text: `${t2.label()} 只列到 ${found.row.code} ${found.row.name}`, carryover: false };
  const nonFiscal = NON_FISCAL.filter((k) => !amountOr0(t2, found.row, k).isZero()).map((k) => figure(t2, found.row, k));
  const other = OTHER_EXPENSE.filter((k) => !amountOr0(t3, r, k).isZero()).map((k) => figure(t3, r, k));
  const spent = amountOr0(t3, r, 'total');
  const fiscal = amountOr0(t2, found.row, 'fiscal');
  const parts = [
    ...(nonFiscal.length ? [`${t2.label()} 该行有${nonFiscal.join('、')}`] : []),
    ...(other.length ? [`${t3.label()} 该行有${other.join('、')}`] : []),
    ...(spent.minus(fiscal).abs().lessThan('0.005') ? [] : [`${t3.label()} 支出 ${formatWan(spent)}，${t2.label()} ${figure(t2, found.row, 'fiscal')}，相差 ${formatWan(spent.minus(fiscal))}`]),
  ];
  return { text: parts.join('；'), carryover: !spent.minus(fiscal).abs().lessThan('0.005') };
}

/** 一般公共预算财政拨款支出 by 类, for 公开04表: the figure, and the cell it repeats when it is a copy of one. */
export interface GpbExpense {
  readonly label: string;
  /** null for a 类 that needs an input. */
  readonly byCode: (code: string) => Decimal | null;
  readonly total: Decimal | null;
  /** The 公开05表 (or 03) cell a 类 line (code) or 本年支出合计 (null) copies, so the preview can say where it came from. */
  readonly copied: (code: string | null) => Copied | undefined;
}

/**
 * 一般公共预算财政拨款支出 by 类 for 公开04表: 公开05表's rows when it has them (as printed or as
 * planned above), else what finalGpbRows derives from 03. null for a 类 that needs an input.
 */
export function finalGpbExpense(ctx: FillContext): GpbExpense | { reasons: string[] } {
  const t5 = PanelView.of(ctx, finalTable05Form);
  const t5Total = t5?.total();
  if (t5 && t5Total && t5.codedRows().length > 0) {
    const read = (r: ViewRow | undefined): Decimal | null => (!r ? ZERO : t5.unknown(r, 'total') ? null : amountOr0(t5, r, 'total'));
    const row = (code: string | null) => (code === null ? t5Total : t5.byCode(code));
    return {
      label: t5.label(),
      byCode: (code) => read(t5.byCode(code)),
      total: read(t5Total),
      copied: (code) => {
        const r = row(code);
        return r ? copyOf(t5, r, 'total', WHY_04) : undefined;
      },
    };
  }
  const src = finalGpbRows(ctx);
  if ('reasons' in src) return src;
  const total = (s: Settled | undefined): Decimal | null => (s === null ? null : s === 'zero' || s === undefined ? ZERO : s.values.get('total') ?? null);
  const figure = (code: string | null) => total(code === null ? src.settled.total : src.settled.rows.get(code));
  return {
    label: src.t3.label(),
    byCode: (code) => figure(code),
    total: figure(null),
    // A 类 equal to its 公开03表 row is a copy of that cell; one less what its children do not carry is not.
    copied: (code) => {
      const r = code === null ? src.t3.total() : src.t3.byCode(code);
      const v = figure(code);
      return r && v !== null && amountOr0(src.t3, r, 'total').equals(v) ? copyOf(src.t3, r, 'total', why(ctx)) : undefined;
    },
  };
}

/** 公开05表 from 公开03表 as finalGpbRows settles each row; the rows that need an input are named. */
export function finalTable05(ctx: FillContext): void {
  if (ctx.kind !== 'final') return;
  const t5 = PanelView.of(ctx, finalTable05Form);
  if (!t5 || (t5.codedRows().length > 0 && t5.total() && allFilled(t5))) return;
  const src = finalGpbRows(ctx);
  const [n2, n3, n5] = [finalTable02, finalTable03, finalTable05Form].map((f) => ctx.tableName(f));
  if ('reasons' in src) {
    ctx.note('warning', t5.table, `${n5} 无法由${n3}推算：${src.reasons.join('；')}；请直接填写${n5}`);
    return;
  }
  writeSettledRows(ctx, src.t3, t5, COLUMNS, src.settled, why(ctx));
  if (src.settled.inputs.length > 0) {
    const t2 = PanelView.of(ctx, finalTable02)!;
    const rows = src.settled.inputs.map((name) => {
      const r = src.t3.byCode(name.split(' ')[0])!;
      return { name, ...whyInput(t2, src.t3, r, src.partial.get(r.code!)) };
    });
    // Spending that differs from the year's 财政拨款 comes from 结转和结余: 公开04表 says whose, once typed.
    const carry = rows.some((x) => x.carryover) && !noFiscalCarryover(ctx) ? `，或填写${ctx.tableName(finalTable04)} 年初、年末财政拨款结转和结余（一般公共预算，没有请填 0）` : '';
    ctx.note(
      'warning',
      t5.table,
      `${n5} ${rows.map((x) => (x.text ? `${x.name}（${x.text}）` : x.name)).join('、')} 无法由${n3}推算：该行的一般公共预算财政拨款支出不能由${n2}、${n3}确定；请填写这些行${carry}，再次填充可推算其上级科目和合计`,
    );
  }
}

function allFilled(t5: PanelView): boolean {
  return t5.codedRows().every((r) => t5.filled(r, 'total'));
}
