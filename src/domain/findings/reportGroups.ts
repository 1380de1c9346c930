import type { Finding } from './finding';
import { inReportOrder } from './findingOrder';

/**
 * What a group of a report is about: the whole workbook, or one table. A new source of findings
 * (a 情况说明 someone wrote, a performance table) is one more member here and one case in
 * `groupOf`; a report then gives it a heading.
 */
export type GroupSource =
  | { readonly kind: 'workbook' }
  | { readonly kind: 'table'; readonly no: number }
  /** A performance table (no number): by its form, project and sheet. */
  | { readonly kind: 'performance'; readonly form: string; readonly project: string | null; readonly sheet: string | null }
  /** A 情况说明 someone wrote (`check --narrative`, the pane's 校验已有说明): its findings name a paragraph. */
  | { readonly kind: 'narrative' };

export interface ReportGroup {
  readonly key: string;
  readonly source: GroupSource;
  /** In report order (findingOrder). */
  readonly findings: readonly Finding[];
}

export function groupOf(f: Finding): GroupSource {
  // Before the table: a figure of the text compared with a table cell is still about the text.
  if (f.paragraph !== undefined) return { kind: 'narrative' };
  if (f.table !== null) return { kind: 'table', no: f.table };
  if (f.form !== undefined) return { kind: 'performance', form: f.form, project: f.project ?? null, sheet: f.sheet };
  return { kind: 'workbook' };
}

function keyOf(s: GroupSource): string {
  if (s.kind === 'table') return `table:${s.no}`;
  if (s.kind === 'performance') return `performance:${s.form}|${s.project ?? ''}|${s.sheet ?? ''}`;
  return s.kind;
}

/** Rank of a source in a report: the workbook's findings first, then the tables by number, then performance tables as found, then the 情况说明. */
function rank(s: GroupSource): number {
  if (s.kind === 'narrative') return Infinity;
  return s.kind === 'workbook' ? -1 : s.kind === 'table' ? s.no : Number.MAX_SAFE_INTEGER;
}

/** Findings by what they are about, in reading order, each group in report order. */
export function reportGroups(findings: readonly Finding[]): ReportGroup[] {
  const groups = new Map<string, { source: GroupSource; findings: Finding[] }>();
  for (const f of findings) {
    const source = groupOf(f);
    const key = keyOf(source);
    const g = groups.get(key) ?? { source, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => rank(a.source) - rank(b.source))
    // A 情况说明 is read from its first paragraph to its last.
    .map(([key, g]) => ({ key, source: g.source, findings: g.source.kind === 'narrative' ? byParagraph(g.findings) : inReportOrder(g.findings) }));
}

function byParagraph(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
}
