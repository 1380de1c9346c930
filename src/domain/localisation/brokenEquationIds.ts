import type { Finding } from '../findings/finding';

/**
 * The identities behind a check's real errors: a sum or cross-table finding of severity 错误 that
 * rounding does not explain. A 尾数差异, or a rule a user re-levelled to 提示, is nothing to localise.
 */
export function brokenEquationIds(findings: readonly Finding[]): Set<number> {
  const ids = new Set<number>();
  for (const f of findings) {
    const d = f.detail;
    if (f.severity === 'error' && (d?.kind === 'sum' || d?.kind === 'identity') && d.equation !== undefined && !d.rounding) ids.add(d.equation);
  }
  return ids;
}
