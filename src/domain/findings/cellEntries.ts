import Decimal from 'decimal.js';
import type { Finding } from './finding';
import { wan } from './findingText';

/**
 * One entry of a report: a finding, or several about the same cell. One cell can fail two checks
 * at once — 表3 C6 against its own row (基本支出 + 项目支出 = 2,911.05) and against its column
 * (Σ 类 = 2,911.06) — and a reader should see that cell once, with both reasons.
 */
export interface FindingEntry {
  /** At least one; in the order they came (report order: the most serious first). */
  readonly findings: readonly Finding[];
}

/**
 * Does a finding compare the cell's figure with an 应为 a check computed (so that it can share an
 * entry)? A suspect cell's 应为 is evidence across checks, not a check's: it stays an entry of its own.
 */
function compared(f: Finding): boolean {
  const kind = f.detail?.kind;
  return f.sheet !== null && f.cell !== null && f.actual !== null && f.expected !== null && (kind === 'sum' || kind === 'identity' || kind === 'unmatched');
}

/**
 * `findings` (in report order) as entries: those that compare the same cell's figure are merged
 * into the entry of the first of them; everything else stays an entry of its own.
 */
export function findingEntries(findings: readonly Finding[]): FindingEntry[] {
  const entries: Finding[][] = [];
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!compared(f)) {
      entries.push([f]);
      continue;
    }
    const key = `${f.sheet}!${f.cell}|${f.actual}`;
    const entry = byCell.get(key);
    if (entry) entry.push(f);
    else {
      const created = [f];
      byCell.set(key, created);
      entries.push(created);
    }
  }
  return entries.map((list) => ({ findings: list }));
}

/**
 * When the checks of one entry arrive at different 应为, the totals they compare with disagree with
 * each other, so no value of the cell satisfies them all; a reader must know that before retyping
 * it: "行内合计（2,911.05）与列内合计（2,911.06）互不一致，相差 0.01，本格无法同时满足". Null when
 * they agree (or there is one). `titleOf` names a rule ("行内合计").
 */
export function disagreement(entry: FindingEntry, titleOf: (rule: string) => string): string | null {
  const seen = new Map<string, string>();
  for (const f of entry.findings) {
    if (f.expected === null || seen.has(f.expected)) continue;
    seen.set(f.expected, titleOf(f.rule));
  }
  if (seen.size < 2) return null;
  const values = [...seen.keys()].map((v) => new Decimal(v));
  const spread = Decimal.max(...values).minus(Decimal.min(...values));
  const named = [...seen.entries()].map(([v, title]) => `${title}（${wan(v)}）`);
  const which = seen.size === 2 ? `${named.join('与')}互不一致` : `${named.join('、')}各不相同`;
  return `${which}，${seen.size === 2 ? '相差' : '最多相差'} ${wan(spread.toFixed(2))}，本格无法同时满足`;
}
