import type { Finding } from './finding';
import { isRoundingDifference } from './findingClass';

/**
 * The same 尾数差异 printed in several tables: 表3 and 表5 repeat 表2's 20805 合计 (252.37 against
 * its 项 252.36) because they print the same rows. A report lists it once, naming every table.
 * The same slip: same row, column and figures (and rule) in different tables.
 */
export interface RecurringSlip {
  /** One per table, by table number; at least two. The first stands for all. */
  readonly findings: readonly Finding[];
}

function slipKey(f: Finding): string {
  return [f.rule, f.row?.code ?? '', f.row?.name ?? '', f.column ?? '', f.actual, f.expected, f.difference].join('|');
}

/** The slips that recur in two or more tables, in the order of their first table. */
export function recurringSlips(findings: readonly Finding[]): RecurringSlip[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.table === null || f.row === null || !isRoundingDifference(f)) continue;
    const list = byKey.get(slipKey(f)) ?? [];
    if (!list.some((x) => x.table === f.table)) list.push(f);
    byKey.set(slipKey(f), list);
  }
  return [...byKey.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({ findings: [...list].sort((a, b) => a.table! - b.table!) }))
    .sort((a, b) => a.findings[0].table! - b.findings[0].table!);
}
