import type Decimal from 'decimal.js';
import { finalTable02 } from '../../forms/final/table02';
import { finalTable03 } from '../../forms/final/table03';
import { finalTable04 } from '../../forms/final/table04';
import { finalTable05 as finalTable05Form } from '../../forms/final/table05';
import { ZERO } from '../../money/amount';
import type { FillContext } from '../fillContext';
import { writeSettledRows } from '../copyRows';
import { fiscalIsGpbOnly, fundTableNames } from '../finalSources';
import { PanelView, type Copied, type ViewRow } from '../panelView';
import { amountOr0, copyOf } from '../sources';
import { ownOrAncestor, settleRows, type Settled, type SettledRows } from './settledRows';

const NON_FISCAL = ['superior', 'business', 'operating', 'affiliated', 'other'];
const OTHER_EXPENSE = ['toSuperior', 'operating', 'toAffiliated'];
const COLUMNS = [['total', 'total'], ['basic', 'basic'], ['project', 'project']] as const;
/** Why a 公开05表 row repeats its 公开03表 row. */
const why = (ctx: FillContext) => `${ctx.tableName(finalTable02)}显示该行全部为一般公共预算财政拨款`;
const WHY_04 = '财政拨款全部为一般公共预算';

/**
 * 公开05表 from 公开03表, row by row: when 财政拨款 is 一般公共预算 alone, a row whose 公开02表
 * income is all 财政拨款 and which 03 spends exactly (only 基本/项目支出, no 结转结余 spent) is 03's
 * row; a 类/款 is 03's row less what its children do not carry over. Otherwise the reasons.
 */
export function finalGpbRows(ctx: FillContext): { t3: PanelView; settled: SettledRows } | { reasons: string[] } {
  const t2 = PanelView.of(ctx, finalTable02);
  const t3 = PanelView.of(ctx, finalTable03);
  const [n2, n3, n4, n5] = [finalTable02, finalTable03, finalTable04, finalTable05Form].map((f) => ctx.tableName(f));
  if (!t2 || !t3 || !t2.total() || !t3.total()) return { reasons: [`缺少${n2}或${n3}（或其合计行）`] };
  if (!fiscalIsGpbOnly(ctx)) return { reasons: [`无法确定财政拨款全部为一般公共预算（${fundTableNames(ctx)}未显示无数据，${n4}收入未填）`] };
  const settled = settleRows(t3, n5, ['total', 'basic', 'project'], (r) => fromTable2(t2, t3, r, why(ctx)));
  return { t3, settled };
}

function fromTable2(t2: PanelView, t3: PanelView, r: ViewRow, because: string): Settled {
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
  const total = (s: Settled | undefined): Decimal | null => (s === null ? null : s === 'zero' || s === undefined ? ZERO : s.values.get('total') ?? ZERO);
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
    ctx.note(
      'warning',
      t5.table,
      `${n5} ${src.settled.inputs.join('、')} 无法由${n3}推算：${n2}显示该行有财政拨款以外的收入，或${n3}该行有结转结余、上缴上级、经营或对附属单位补助支出；请填写这些行，再次填充可推算其上级科目和合计`,
    );
  }
}

function allFilled(t5: PanelView): boolean {
  return t5.codedRows().every((r) => t5.filled(r, 'total'));
}
