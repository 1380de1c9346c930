import { plain } from '../../money/amount';
import type { NarrativeContext } from '../context';
import { sumFigs, type Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';

const PARTS: readonly (readonly [string, string])[] = [
  ['procurement.goods', '政府采购货物预算'],
  ['procurement.works', '政府采购工程预算'],
  ['procurement.services', '政府采购服务预算'],
];

/**
 * 九、政府采购情况: no table holds it, so every figure is a parameter input (total checked against its parts).
 * 简式 names the subject "…中心部门各单位" as 002 prints it.
 */
export function section09Procurement(ctx: NarrativeContext): NarrativeSection[] {
  const p = para();
  p.run(ctx.yearRun()).text('年').run(ctx.unitRun()).text(`${ctx.wording.procurementSubject}政府采购预算总额`);
  const parts = PARTS.map(([id]) => ctx.amount(id));
  const known = parts.every((x): x is Fig => x !== undefined && x !== 'invalid');
  const total = ctx.amount('procurement.total');
  if (total === undefined && known) p.wan(sumFigs(parts as Fig[]));
  else ctx.amountOr(p, 'procurement.total');
  p.text('万元。其中：');
  PARTS.forEach(([id, words], i) => {
    if (i > 0) p.text('、');
    p.text(words);
    ctx.amountOr(p, id);
    p.text('万元');
  });
  p.text('。');
  if (total && total !== 'invalid' && known) {
    const sum = sumFigs(parts as Fig[]);
    if (!sum.value.equals(total.value)) {
      ctx.addFinding({
        rule: 'narrative-input-sum',
        cell: total.sources[0] ?? null,
        message: `说明参数中政府采购预算总额 ${plain(total.value)} 万元与货物、工程、服务之和 ${plain(sum.value)} 万元不一致。`,
      });
    }
  }
  return [section('九、政府采购情况', 1, [p])];
}
