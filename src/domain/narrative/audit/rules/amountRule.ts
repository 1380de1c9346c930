import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import { printed, statementWords, type AuditContext } from '../auditContext';
import { attachmentClaim } from './attachmentCountRule';
import type { AuditRule } from './auditRule';

const CENT = new Decimal('0.01');
const note = '（差额在 0.01 以内，多为四舍五入或誊写之误）';

/**
 * An amount or count tied to a table figure (or a 说明参数 input) must equal it. A 0.01 slip is a
 * 提示 (the table's own rounding, or a figure retyped from a draft); more is a 错误; a count must be
 * exact. An amount written as a whole number ("168万元") is read as rounded to the 万元.
 */
export const amountRule: AuditRule = {
  id: 'narrative-amount',
  title: '情况说明中的金额或个数与表中不一致',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if (s.kind !== 'amount' || !s.figure) continue;
        // A count of attached tables is narrative-attachment-count's: one finding per claim, not two.
        if (s.figure.kind === 'count' && attachmentClaim(s.key, ctx.attachments)) continue;
        const tie = ctx.ties.get(s);
        const expected = tie?.ref.figure?.value;
        if (!tie || !expected || tie.ref.sources.length === 0 || tie.ref.prose) continue;
        const actual = s.figure.value;
        const diff = actual.minus(expected).abs();
        if (diff.isZero()) continue;
        const count = s.figure.kind === 'count';
        const slip = !count && (diff.lte(CENT) || (s.figure.decimals === 0 && diff.lt('0.5')));
        const place = ctx.place(tie.ref);
        const kind = count ? 'count' : 'amount';
        out.push(
          ctx.finding({
            rule: this.id,
            severity: slip ? 'warning' : 'error',
            paragraph: p.index,
            quote: s.quote,
            text: `“${statementWords(p, s)}”与${place?.words ?? '表中数'} ${printed(expected, kind)} 不一致，相差 ${printed(diff, kind)}${slip ? note : ''}。`,
            brief: `“${statementWords(p, s)}”与${place?.short ?? '表中数'}不一致${slip ? note : ''}`,
            place,
            cells: tie.ref.sources,
            expected,
            actual,
            decimals: count ? 0 : 2,
          }),
        );
      }
    }
    return out;
  },
};
