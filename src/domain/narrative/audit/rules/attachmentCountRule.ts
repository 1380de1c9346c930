import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import { statementWords, type AuditContext } from '../auditContext';
import type { Attachments } from '../attachments';
import type { AuditRule } from './auditRule';

/** "公开项目绩效目标22个", "附绩效目标表20张": a count of the attached 绩效目标表. */
const TARGETS = /公开.*绩效目标|绩效目标表/u;
/** "二级项目绩效自评个数17个": a count of the 绩效自评表. */
const SELF = /绩效自评(个数|表)?$|自评表/u;

/**
 * The number of published 项目绩效目标 (or 绩效自评) the text claims must be the number of such tables
 * attached to it — counted by the performance tables' recognition (seed 001 claims 22 and attaches 20).
 */
export const attachmentCountRule: AuditRule = {
  id: 'narrative-attachment-count',
  title: '情况说明中所称附表个数与所附绩效目标表不符',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const a = ctx.attachments;
    const out: Finding[] = [];
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if (s.kind !== 'amount' || s.figure?.kind !== 'count') continue;
        const claim = attachmentClaim(s.key, a);
        if (!claim || s.figure.value.equals(claim.count)) continue;
        const tie = ctx.ties.get(s);
        const missing = claim.what === '绩效目标表' && a.unattached.length > 0 ? `；预算公开表12中未附绩效目标表的项目：${a.unattached.join('、')}` : '';
        out.push(
          ctx.finding({
            rule: this.id,
            severity: 'error',
            paragraph: p.index,
            quote: s.quote,
            text: `写“${statementWords(p, s)}”，${a.where}${claim.what}为 ${claim.count} 张${missing}。`,
            place: tie ? ctx.place(tie.ref) : null,
            cells: tie?.ref.sources,
            expected: new Decimal(claim.count),
            actual: s.figure.value,
            decimals: 0,
          }),
        );
      }
    }
    return out;
  },
};

/** The attached tables a count is about and how many there are; undefined when it is no such claim or none is attached. */
export function attachmentClaim(key: string, a: Attachments): { what: string; count: number } | undefined {
  if (TARGETS.test(key) && a.targets > 0) return { what: '绩效目标表', count: a.targets };
  if (SELF.test(key) && a.selfEvaluations > 0) return { what: '绩效自评表', count: a.selfEvaluations };
  return undefined;
}
