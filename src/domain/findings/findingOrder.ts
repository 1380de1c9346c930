import type { Finding } from './finding';
import { CLASS_ORDER, findingClass } from './findingClass';

/**
 * Rules whose findings lead their class within a group: a finding that explains the others (a
 * suspect cell) is read first. Adding a rule id here is all a new leading finding needs.
 */
export const LEADING_RULES: readonly string[] = ['suspect-cell'];

/** The order findings are read in within a group: 错误, 提示, 尾数差异, 信息; leading rules first in each. */
export function byReportOrder(a: Finding, b: Finding): number {
  return CLASS_ORDER.indexOf(findingClass(a)) - CLASS_ORDER.indexOf(findingClass(b)) || lead(a) - lead(b);
}

function lead(f: Finding): number {
  const i = LEADING_RULES.indexOf(f.rule);
  return i < 0 ? LEADING_RULES.length : i;
}

/** `findings` in report order, ties kept as they came (Array.prototype.sort is stable). */
export function inReportOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(byReportOrder);
}
