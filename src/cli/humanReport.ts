import { bySeverity, type Finding } from '../domain/findings/finding';
import type { CheckResult } from '../domain/checks/checkTypes';
import { profileFormByNo, type Profile } from '../domain/profiles';
import { findingLine } from './findingLine';

const KIND_LABEL = { budget: '预算公开', final: '决算公开' } as const;

/**
 * The person-readable `check` output: one block per file, findings grouped by table, errors first, one
 * line each; the findings about a written 情况说明 (`--narrative`) under a heading of their own, in
 * paragraph order.
 */
export function humanCheckReport(file: string, result: CheckResult, options: { readonly narrativeFile?: string } = {}): string {
  const r = result.recognition;
  const lines: string[] = [];
  const head = [r.unit, r.year ? `${r.year}年` : null, r.kind ? KIND_LABEL[r.kind] : null].filter(Boolean).join(' ');
  lines.push(`== ${file}${head ? `（${head}）` : ''}`);
  lines.push(`识别到 ${r.tables.length} 张表${r.tables.length ? '：' + r.tables.map((t) => tableName(r.profile, t.no)).join('、') : ''}`);
  const { errors, warnings, info } = result.counts;
  if (result.findings.length === 0) {
    lines.push('未发现问题。');
    return lines.join('\n') + '\n';
  }
  const groups = new Map<number | null, Finding[]>();
  const narrative = result.findings.filter((f) => f.paragraph !== undefined);
  for (const f of result.findings) {
    if (f.paragraph !== undefined) continue;
    const list = groups.get(f.table) ?? [];
    list.push(f);
    groups.set(f.table, list);
  }
  const order = [...groups.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a - b));
  for (const no of order) {
    const findings = [...groups.get(no)!].sort(bySeverity);
    const t = r.tables.find((x) => x.no === no);
    lines.push('');
    lines.push(no === null ? '【整个工作簿】' : `【${tableName(r.profile, no)}${t ? ` ${t.title}（工作表“${t.sheet}”）` : ''}】`);
    const context = no === null ? null : { label: tableName(r.profile, no), title: t?.title ?? null, sheet: t?.sheet ?? null };
    for (const f of findings) lines.push(findingLine(f, context));
  }
  if (narrative.length > 0) {
    lines.push('');
    lines.push(`【情况说明${options.narrativeFile ? `（${options.narrativeFile}）` : ''}】`);
    for (const f of narrative) lines.push(findingLine(f, null));
  }
  lines.push('');
  lines.push(`合计：错误 ${errors} 个，提示 ${warnings} 个，信息 ${info} 个`);
  return lines.join('\n') + '\n';
}

/** The label the profile's form prints (预算公开表3, 公开03表). */
function tableName(profile: Profile, no: number): string {
  return profileFormByNo(profile, no)?.label ?? `表${no}`;
}
