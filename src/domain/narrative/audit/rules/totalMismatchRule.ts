import type { Finding } from '../../../findings/finding';
import { statementWords, type AuditContext } from '../auditContext';
import type { AuditParagraph } from '../auditDocument';
import type { Statement } from '../statements';
import type { AuditRule } from './auditRule';

const TOTAL = /总计|合计|总额|总预算/u;

/**
 * The same total (…总计, …合计, …总额) stated with two values in two sections. A total tied to a table
 * is compared with the table instead (narrative-amount); this finds the totals no table holds.
 */
export const totalMismatchRule: AuditRule = {
  id: 'narrative-total-mismatch',
  title: '情况说明中同一总数前后说法不一',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const byKey = new Map<string, { p: AuditParagraph; s: Statement }[]>();
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if (s.kind !== 'amount' || s.figure?.kind !== 'amount' || !TOTAL.test(s.key) || ctx.ties.get(s)) continue;
        byKey.set(s.key, [...(byKey.get(s.key) ?? []), { p, s }]);
      }
    }
    const out: Finding[] = [];
    for (const list of byKey.values()) {
      const first = list[0];
      for (const x of list.slice(1)) {
        if (x.p.section === first.p.section || x.s.figure!.value.equals(first.s.figure!.value)) continue;
        out.push(
          ctx.finding({
            rule: this.id,
            severity: 'error',
            paragraph: x.p.index,
            quote: x.s.quote,
            text: `“${statementWords(x.p, x.s)}”与第${first.p.index}段“${statementWords(first.p, first.s)}”不一致。`,
            expected: first.s.figure!.value,
            actual: x.s.figure!.value,
          }),
        );
      }
    }
    return out;
  },
};
