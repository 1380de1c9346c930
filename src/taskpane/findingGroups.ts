import type { Finding } from '../domain/findings/finding';
import { bySeverity } from '../domain/findings/finding';

export interface FindingGroup {
  readonly key: string;
  /** 表3 / 公开03表, or 工作簿 for workbook-level findings. */
  readonly title: string;
  readonly findings: readonly Finding[];
  readonly errors: number;
}

/** Findings grouped by table: groups with errors first, then by table number; errors first inside a group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.table === null ? 'workbook' : `t${f.table}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const table = list[0].table;
      return {
        key,
        title: table === null ? '工作簿' : `表${table}`,
        findings: [...list].sort(bySeverity),
        errors: list.filter((f) => f.severity === 'error').length,
        table,
      };
    })
    .sort((a, b) => (b.errors > 0 ? 1 : 0) - (a.errors > 0 ? 1 : 0) || (a.table ?? 0) - (b.table ?? 0))
    .map(({ key, title, findings: fs, errors }) => ({ key, title, findings: fs, errors }));
}

/** A 尾数差异: a sum within the rounding allowance (the checks say so in the message). */
export function isRoundingDifference(f: Finding): boolean {
  return f.severity === 'warning' && f.message.includes('尾数差异');
}

/** "N 个错误 · M 个尾数差异" (and other 提示 when there are any). */
export function statusLine(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const rounding = findings.filter(isRoundingDifference).length;
  const other = findings.filter((f) => f.severity === 'warning' && !isRoundingDifference(f)).length;
  const parts = [`${errors} 个错误`, `${rounding} 个尾数差异`];
  if (other > 0) parts.push(`${other} 个提示`);
  return parts.join(' · ');
}
