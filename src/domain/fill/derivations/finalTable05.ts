import { finalTable02 } from '../../forms/final/table02';
import { finalTable03 } from '../../forms/final/table03';
import { finalTable05 as finalTable05Form } from '../../forms/final/table05';
import type { FillContext } from '../fillContext';
import { copyCodedRows } from '../copyRows';
import { fiscalIsGpbOnly, nonFiscalRows } from '../finalSources';
import { PanelView } from '../panelView';
import { amountOr0 } from '../sources';

const OTHER_EXPENSE = ['toSuperior', 'operating', 'toAffiliated'];

/**
 * Where 一般公共预算财政拨款支出 by subject can be read: 公开05表 itself when it has rows, or 公开03表
 * when 公开02表 shows every row funded by 财政拨款 alone, that 财政拨款 is 一般公共预算 alone, and 03
 * spends on each subject exactly what 02 received (only 基本/项目支出). Otherwise the reasons.
 */
export function finalGpbExpense(ctx: FillContext): { view: PanelView; copied: boolean } | { reasons: string[] } {
  const t5 = PanelView.of(ctx, finalTable05Form);
  if (t5 && t5.codedRows().length > 0 && t5.total()) return { view: t5, copied: false };
  const t2 = PanelView.of(ctx, finalTable02);
  const t3 = PanelView.of(ctx, finalTable03);
  if (!t2 || !t3 || !t2.total() || !t3.total()) return { reasons: ['缺少公开02表或公开03表（或其合计行）'] };
  const reasons: string[] = [];
  const mixed = nonFiscalRows(t2);
  if (mixed.length > 0) reasons.push(`公开02表 ${mixed.slice(0, 3).join('、')} 有财政拨款以外的收入`);
  if (!fiscalIsGpbOnly(ctx)) reasons.push('无法确定财政拨款全部为一般公共预算（公开07表、公开08表未显示无数据，公开04表收入未填）');
  const rows = [t3.total()!, ...t3.codedRows()];
  const other = rows.filter((r) => OTHER_EXPENSE.some((k) => !amountOr0(t3, r, k).isZero()));
  if (other.length > 0) reasons.push('公开03表有上缴上级、经营或对附属单位补助支出');
  const differ = rows.filter((r) => {
    const m = r.level === 'total' ? t2.total() : t2.byCode(r.code!);
    return !amountOr0(t2, m, 'total').minus(amountOr0(t3, r, 'total')).abs().lessThan('0.005');
  });
  if (differ.length > 0) {
    const names = differ.slice(0, 3).map((r) => (r.level === 'total' ? '合计' : `${r.code} ${r.name}`));
    reasons.push(`公开03表 ${names.join('、')} 的支出与公开02表收入不同（含结转结余支出）`);
  }
  return reasons.length > 0 ? { reasons } : { view: t3, copied: true };
}

/** 公开05表 from 公开03表 when finalGpbExpense says 03 is all 一般公共预算财政拨款. */
export function finalTable05(ctx: FillContext): void {
  if (ctx.kind !== 'final') return;
  const t5 = PanelView.of(ctx, finalTable05Form);
  if (!t5 || (t5.codedRows().length > 0 && t5.total() && allFilled(t5))) return;
  const src = finalGpbExpense(ctx);
  if ('reasons' in src) {
    ctx.note('warning', t5.table, `公开05表 无法由公开03表推算：${src.reasons.join('；')}；请直接填写公开05表`);
    return;
  }
  if (!src.copied) return;
  copyCodedRows(ctx, src.view, t5, [['total', 'total'], ['basic', 'basic'], ['project', 'project']], '公开02表显示全部为一般公共预算财政拨款');
}

function allFilled(t5: PanelView): boolean {
  return t5.codedRows().every((r) => t5.filled(r, 'total'));
}
