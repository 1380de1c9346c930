import { bySeverity, SUSPECT_RULE, type Finding } from '../../domain/findings/finding';
import { CLASS_LABEL, classCounts, findingClass, isRoundingDifference, type FindingClass } from '../../domain/findings/findingClass';
import { shortTableName, type TableSet } from '../../domain/profiles/tableName';

export interface FindingGroup {
  readonly key: string;
  /** 表3 / 公开03表, or 工作簿 for workbook-level findings. */
  readonly title: string;
  /** The group opens with its suspect cells (rule suspect-cell), each with the findings it explains. */
  readonly suspects: readonly SuspectItem[];
  /** The other findings, errors first. */
  readonly findings: readonly Finding[];
  /** Errors shown in the group: suspects, the findings folded under them, the others. */
  readonly errors: number;
}

/** A suspect and the findings of the broken identities it explains (which may lie in other tables). */
export interface SuspectItem {
  readonly suspect: Finding;
  /** Folded under the suspect; a finding is folded under the first suspect explaining it only. */
  readonly explained: readonly Finding[];
}

/** The table's short name, as the CLI's report gives it: 表3 (预算), 公开03表 (决算), 表3 in a national set. */
export function tableTitle(table: number | null, set: TableSet = BUDGET): string {
  if (table === null) return '工作簿';
  return shortTableName(set, table);
}

const BUDGET: TableSet = { kind: 'budget' };

/** Performance groups sort after the numbered tables. */
const PERFORMANCE_ORDER = 1000;

/** "绩效目标表 在职人员职业年金做实", "绩效自评表 临时工工资". */
function performanceTitle(f: Finding): string {
  const word = f.form === 'performance/self-evaluation' ? '绩效自评表' : f.form === 'performance/overall' ? '整体绩效目标表' : '绩效目标表';
  return f.project ? `${word} ${f.project}` : word;
}

/** A written 情况说明 sorts after every table. */
const NARRATIVE_ORDER = 2000;

/**
 * Findings grouped by table: groups with errors first, then by table number; in a group its suspects
 * first (most identities explained first), each with the findings it explains folded under it,
 * then the rest, errors first. Every finding is listed once. The findings of a written 情况说明
 * (说明 → 校验已有说明) are one group of their own, headed `narrative`, each severity in paragraph
 * order: a figure compared with a cell is still about the text.
 */
export function groupFindings(all: readonly Finding[], set: TableSet = BUDGET, narrative = '情况说明'): FindingGroup[] {
  const written = all.filter((f) => f.paragraph !== undefined).sort((a, b) => bySeverity(a, b) || (a.paragraph ?? 0) - (b.paragraph ?? 0));
  const findings = written.length > 0 ? all.filter((f) => f.paragraph === undefined) : all;
  const { items, folded } = suspectItems(findings);
  const groups = new Map<string, { first: Finding; suspects: SuspectItem[]; findings: Finding[] }>();
  const groupOf = (f: Finding) => {
    // A performance table has no number: one group per table, named by its project.
    const key = f.table === null ? (f.form !== undefined ? `p:${f.form}|${f.project ?? ''}|${f.sheet ?? ''}` : 'workbook') : `t${f.table}`;
    const g = groups.get(key) ?? { first: f, suspects: [], findings: [] };
    groups.set(key, g);
    return g;
  };
  for (const item of items) groupOf(item.suspect).suspects.push(item);
  for (const f of findings) if (f.rule !== SUSPECT_RULE && !folded.has(f)) groupOf(f).findings.push(f);
  return [...groups.entries()]
    .map(([key, g]) => {
      const performance = g.first.table === null && g.first.form !== undefined;
      const errors =
        g.suspects.reduce((n, s) => n + 1 + s.explained.filter((f) => f.severity === 'error').length, 0) + g.findings.filter((f) => f.severity === 'error').length;
      return {
        key,
        title: performance ? performanceTitle(g.first) : tableTitle(g.first.table, set),
        suspects: g.suspects,
        findings: [...g.findings].sort(bySeverity),
        errors,
        table: performance ? PERFORMANCE_ORDER : g.first.table,
      };
    })
    .concat(written.length > 0 ? [{ key: 'narrative', title: narrative, suspects: [], findings: written, errors: written.filter((f) => f.severity === 'error').length, table: NARRATIVE_ORDER }] : [])
    .sort((a, b) => (b.errors > 0 ? 1 : 0) - (a.errors > 0 ? 1 : 0) || (a.table ?? 0) - (b.table ?? 0))
    .map(({ key, title, suspects, findings: fs, errors }) => ({ key, title, suspects, findings: fs, errors }));
}

/** The suspects, most identities explained first, with the findings each explains (not claimed before). */
function suspectItems(findings: readonly Finding[]): { items: SuspectItem[]; folded: Set<Finding> } {
  const byEquation = new Map<number, Finding>();
  for (const f of findings) {
    const d = f.detail;
    if ((d?.kind === 'sum' || d?.kind === 'identity') && d.equation !== undefined) byEquation.set(d.equation, f);
  }
  const folded = new Set<Finding>();
  const items = findings
    .filter((f) => f.rule === SUSPECT_RULE)
    .sort((a, b) => (b.explains ?? 0) - (a.explains ?? 0))
    .map((suspect) => {
      const d = suspect.detail;
      const explained: Finding[] = [];
      for (const id of d?.kind === 'suspect' ? d.explains : []) {
        const f = byEquation.get(id);
        if (!f || folded.has(f)) continue;
        folded.add(f);
        explained.push(f);
      }
      return { suspect, explained: explained.sort(bySeverity) };
    });
  return { items, folded };
}

/** The findings of the groups in the order the pane lists them: each suspect, what it explains, then the rest. */
export function listedInOrder(groups: readonly FindingGroup[]): Finding[] {
  return groups.flatMap((g) => [...g.suspects.flatMap((s) => [s.suspect, ...s.explained]), ...g.findings]);
}

/** The four words (错误, 尾数差异, 提示, 信息), as every surface uses them (domain/findings/findingClass). */
export { findingClass, isRoundingDifference, type FindingClass };

export interface StatusCounts {
  readonly errors: number;
  readonly rounding: number;
  readonly hints: number;
  readonly info: number;
}

export function statusCounts(findings: readonly Finding[]): StatusCounts {
  const c = classCounts(findings);
  return { errors: c.error, rounding: c.rounding, hints: c.hint, info: c.info };
}

/** "N 个错误 · M 个尾数差异 · K 个提示 · J 个信息": errors first, always all four words. */
export function statusLine(findings: readonly Finding[]): string {
  const c = classCounts(findings);
  return (['error', 'rounding', 'hint', 'info'] as const).map((k) => `${c[k]} 个${CLASS_LABEL[k]}`).join(' · ');
}

/** The 显示 filter of the 校验 tab. */
export type SeverityFilter = 'all' | FindingClass;

export const FILTER_LABELS: Record<SeverityFilter, string> = { all: '全部', error: '只看错误', rounding: '只看尾数差异', hint: '只看提示', info: '只看信息' };

export function filterFindings(findings: readonly Finding[], filter: SeverityFilter): readonly Finding[] {
  return filter === 'all' ? findings : findings.filter((f) => findingClass(f) === filter);
}

/** Where a finding is, for its button: "Sheet3!C7" (or 工作簿 when it has no cell). */
export function findingAddress(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  // A 情况说明's own slip (a doubled word, a figure no table holds): where it stands in the text.
  if (f.paragraph !== undefined) return `第${f.paragraph}段`;
  return f.sheet ?? '工作簿';
}

/** The cells a click selects: all cells involved, else the finding's own cell. */
export function findingCells(f: Finding): { sheet: string; address: string }[] {
  if (f.cells && f.cells.length > 0) return [...f.cells];
  return f.sheet && f.cell ? [{ sheet: f.sheet, address: f.cell }] : [];
}
