import { withinRounding, type Finding } from './finding';

/**
 * The four words every surface uses for what a finding is, each with one meaning:
 * 错误 — must be fixed before submission (severity `error`);
 * 尾数差异 — a sum or identity off by no more than rounding each printed amount explains (a `warning` the check marked so);
 * 提示 — every other `warning`: needs a look;
 * 信息 — `info`: for the record.
 * `severity` stays the JSON's three levels; the class adds the 尾数差异 the JSON marks `"rounding": true`.
 */
export type FindingClass = 'error' | 'rounding' | 'hint' | 'info';

export const CLASS_LABEL: Record<FindingClass, string> = { error: '错误', rounding: '尾数差异', hint: '提示', info: '信息' };

/** The order a report lists them in: what must be fixed, what needs a look, what rounding explains, the record. */
export const CLASS_ORDER: readonly FindingClass[] = ['error', 'hint', 'rounding', 'info'];

export function findingClass(f: Finding): FindingClass {
  if (f.severity === 'error') return 'error';
  if (f.severity === 'info') return 'info';
  return withinRounding(f) ? 'rounding' : 'hint';
}

/** Is this finding a 尾数差异 (what `check --json` marks `"rounding": true`)? */
export function isRoundingDifference(f: Finding): boolean {
  return findingClass(f) === 'rounding';
}

export type ClassCounts = Readonly<Record<FindingClass, number>>;

export function classCounts(findings: readonly Finding[]): ClassCounts {
  const counts: Record<FindingClass, number> = { error: 0, rounding: 0, hint: 0, info: 0 };
  for (const f of findings) counts[findingClass(f)]++;
  return counts;
}

export function addCounts(a: ClassCounts, b: ClassCounts): ClassCounts {
  return { error: a.error + b.error, rounding: a.rounding + b.rounding, hint: a.hint + b.hint, info: a.info + b.info };
}

/** "错误 0 个 · 尾数差异 22 个 · 提示 0 个 · 信息 1 个": always all four, in the order of CLASS_ORDER but 错误 first. */
export function countsText(c: ClassCounts): string {
  return (['error', 'rounding', 'hint', 'info'] as const).map((k) => `${CLASS_LABEL[k]} ${c[k]} 个`).join(' · ');
}
