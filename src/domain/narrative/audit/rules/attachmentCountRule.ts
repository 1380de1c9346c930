import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import { statementWords, type AuditContext } from '../auditContext';
import type { AuditRule } from './auditRule';

/** "公开项目绩效目标22个", "附绩效目标表20张": a count of the attached 绩效目标表. */
const CLAIM = /公开.*绩效目标|绩效目标表/u;

/**
 * The number of published 项目绩效目标 the text claims must be the number of 绩效目标表 attached to it
 * (seed 001 claims 22 and attaches 20).
 */
export const attachmentCountRule: AuditRule = {
  id: 'narrative-attachment-count',
  title: '情况说明中所称附表个数与所附绩效目标表不符',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const a = ctx.attachments;
    if (a.count === 0) return [];
    const out: Finding[] = [];
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if (s.kind !== 'amount' || s.figure?.kind !== 'count' || !CLAIM.test(s.key)) continue;
        if (s.figure.value.equals(a.count)) continue;
        const tie = ctx.ties.get(s);
        const missing = a.unattached.length > 0 ? `；预算公开表12中未附绩效目标表的项目：${a.unattached.join('、')}` : '';
        out.push(
          ctx.finding({
            rule: this.id,
            severity: 'error',
            paragraph: p.index,
            quote: s.quote,
            text: `写“${statementWords(p, s)}”，${a.where}为 ${a.count} 张${missing}。`,
            place: tie ? ctx.place(tie.ref) : null,
            cells: tie?.ref.sources,
            expected: new Decimal(a.count),
            actual: s.figure.value,
            decimals: 0,
          }),
        );
      }
    }
    return out;
  },
};

/** Whether a count statement is a claim about the attached tables (the untied rule leaves it alone). */
export function isAttachmentClaim(key: string): boolean {
  return CLAIM.test(key);
}
