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
  if (r.performance.length > 0) lines.push(`另有绩效表 ${r.performance.length} 张（${performanceCounts(result)}）`);
  const { errors, warnings, info } = result.counts;
  if (result.findings.length === 0) {
    lines.push('未发现问题。');
    return lines.join('\n') + '\n';
  }
  const groups = new Map<number | null, Finding[]>();
  // Performance tables have no number: their findings stand under one heading per table, after the numbered ones.
  const performance = new Map<string, Finding[]>();
  const narrative = result.findings.filter((f) => f.paragraph !== undefined);
  for (const f of result.findings) {
    if (f.paragraph !== undefined) continue;
    if (f.table === null && f.form !== undefined) {
      const key = `${f.form}|${f.project ?? ''}|${f.sheet ?? ''}`;
      performance.set(key, [...(performance.get(key) ?? []), f]);
      continue;
    }
    const list = groups.get(f.table) ?? [];
    list.push(f);
    groups.set(f.table, list);
  }
  const order = [...groups.keys()].sort((a, b) => (a === null ? -1 : b === null ? 1 : a - b));
  const performanceBlocks = [...performance.values()].map((findings) => {
    const f = findings[0];
    const form = r.performance.find((t) => t.form.id === f.form && t.sheet === f.sheet)?.form.name ?? '绩效表';
    const heading = `【${form}${f.project ? `“${f.project}”` : ''}（工作表“${f.sheet ?? ''}”）】`;
    return { heading, findings: [...findings].sort(bySeverity), context: { label: form, title: f.project ?? null, sheet: f.sheet } };
  });
  for (const no of order) {
    const findings = [...groups.get(no)!].sort(bySeverity);
    const t = r.tables.find((x) => x.no === no);
    lines.push('');
    lines.push(no === null ? '【整个工作簿】' : `【${tableName(r.profile, no)}${t ? ` ${t.title}（工作表“${t.sheet}”）` : ''}】`);
    const context = no === null ? null : { label: tableName(r.profile, no), title: t?.title ?? null, sheet: t?.sheet ?? null };
    for (const f of findings) lines.push(findingLine(f, context));
  }
  for (const b of performanceBlocks) {
    lines.push('');
    lines.push(b.heading);
    for (const f of b.findings) lines.push(findingLine(f, b.context));
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

/** "项目支出绩效目标表 12 张" / "项目支出绩效自评表 17 张": the performance tables by form. */
function performanceCounts(result: CheckResult): string {
  const counts = new Map<string, number>();
  for (const t of result.recognition.performance) counts.set(t.form.name, (counts.get(t.form.name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name} ${n} 张`).join('、');
}

/** The label the profile's form prints (预算公开表3, 公开03表). */
function tableName(profile: Profile, no: number): string {
  return profileFormByNo(profile, no)?.label ?? `表${no}`;
}
