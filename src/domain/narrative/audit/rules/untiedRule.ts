import type { Finding } from '../../../findings/finding';
import { statementWords, type AuditContext } from '../auditContext';
import type { AuditRule } from './auditRule';
import { attachmentClaim } from './attachmentCountRule';

/**
 * A figure the audit could not tie to any table figure or input: listed once as 信息 (the same figure
 * written again elsewhere is not listed again), never an error — it was not checked, not found wrong.
 */
export const untiedRule: AuditRule = {
  id: 'narrative-untied',
  title: '情况说明中未能对应到表的数字（未核对）',
  defaultSeverity: 'info',
  run(ctx: AuditContext): Finding[] {
    const seen = new Map<string, { finding: Finding; more: number[] }>();
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if (!s.figure || ctx.ties.get(s)) continue;
        if (s.figure.kind === 'count' && attachmentClaim(s.key, ctx.attachments)) continue;
        const key = `${s.key}|${s.quote.replace(/[\s\u3000]+/gu, '')}`;
        const hit = seen.get(key);
        if (hit) {
          hit.more.push(p.index);
          continue;
        }
        const finding = ctx.finding({
          rule: this.id,
          severity: 'info',
          paragraph: p.index,
          quote: s.quote,
          text: `“${statementWords(p, s)}”没有对应到表中或说明参数中的数，未核对。`,
        });
        seen.set(key, { finding, more: [] });
      }
    }
    return [...seen.values()].map(({ finding, more }) =>
      more.length === 0 ? finding : { ...finding, message: `${finding.message.replace(/。$/u, '')}（同一数字另见第${more.join('、')}段）。` },
    );
  },
};
