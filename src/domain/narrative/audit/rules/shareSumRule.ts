import Decimal from 'decimal.js';
import type { Finding } from '../../../findings/finding';
import type { AuditContext } from '../auditContext';
import type { AuditParagraph } from '../auditDocument';
import type { Statement } from '../statements';
import type { AuditRule } from './auditRule';

const HUNDRED = new Decimal(100);

/**
 * The shares of one list ("主要用于以下方面：…占98.19%；…占0.59%；…占1.23%") must add up to 100.00%
 * when the list covers the whole; a list whose shares add up to more is wrong whatever it covers.
 * A list is the shares the product computes over one whole (tied), else the shares standing together
 * in one paragraph. Within 0.005 per share the difference is the rounding of each share alone (提示).
 */
export const shareSumRule: AuditRule = {
  id: 'narrative-share-sum',
  title: '情况说明中同一组占比合计不等于100%',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const groups = new Map<string, { p: AuditParagraph; s: Statement }[]>();
    for (const p of ctx.written.paragraphs) {
      for (const s of p.statements) {
        if (s.kind !== 'share' || !s.figure) continue;
        const tie = ctx.ties.get(s);
        const key = tie ? `ref:${tie.ref.sources.map((c) => `${c.sheet}!${c.address}`).join(',')}` : `p:${p.index}`;
        groups.set(key, [...(groups.get(key) ?? []), { p, s }]);
      }
    }
    const out: Finding[] = [];
    for (const [key, list] of groups) {
      if (list.length < 2) continue;
      const sum = list.reduce((a, x) => a.plus(x.s.figure!.value), new Decimal(0));
      if (sum.isZero() || sum.equals(HUNDRED)) continue;
      const complete = key.startsWith('ref:') && coversWhole(ctx, list.map((x) => x.s));
      if (!complete && sum.lte(HUNDRED)) continue;
      const diff = sum.minus(HUNDRED).abs();
      const rounding = diff.lte(new Decimal('0.005').times(list.length));
      const quotes = list.map((x) => x.s.quote).join('、');
      const owners = list.flatMap((x) => {
        const owner = ctx.ties.ownerOf(x.s);
        const tie = owner && ctx.ties.get(owner);
        return tie ? [tie.ref] : [];
      });
      out.push(
        ctx.finding({
          rule: this.id,
          severity: rounding ? 'warning' : 'error',
          paragraph: list[0].p.index,
          quote: quotes,
          text: `各项占比 ${quotes} 合计为 ${sum.toFixed(2)}%，应为 100.00%${rounding ? '（各项分别四舍五入所致，可按最大余数法调整末位）' : ''}。`,
          // The parts whose shares these are: the first one's cell, all of them selected.
          place: owners[0] ? ctx.place(owners[0]) : null,
          cells: owners.flatMap((o) => o.sources),
          expected: HUNDRED,
          actual: sum,
        }),
      );
    }
    return out;
  },
};

/** Every non-zero share the product computes over the same whole is stated in the written list. */
function coversWhole(ctx: AuditContext, shares: readonly Statement[]): boolean {
  const refs = new Set(shares.map((s) => ctx.ties.get(s)?.ref));
  const first = ctx.ties.get(shares[0])?.ref;
  if (!first) return false;
  const key = first.sources.map((c) => `${c.sheet}!${c.address}`).join(',');
  for (const p of ctx.ref.paragraphs) {
    for (const r of p.statements) {
      if (r.kind !== 'share' || r.sources.map((c) => `${c.sheet}!${c.address}`).join(',') !== key) continue;
      if (!refs.has(r) && r.figure && !r.figure.value.isZero()) return false;
    }
  }
  return true;
}
