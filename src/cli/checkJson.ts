import type { Finding, FindingCounts } from '../domain/findings/finding';
import type { CheckResult } from '../domain/checks/checkTypes';

/** One file's entry of `check --json` (docs/cli.md); `cells` is the pane's business, not the CLI's. */
export interface CheckedFileJson {
  readonly file: string;
  readonly kind: 'budget' | 'final' | null;
  readonly year: number | null;
  readonly unit: string | null;
  readonly tables: TableJson[];
  readonly findings: Omit<Finding, 'cells'>[];
  readonly summary: FindingCounts;
}

/** An entry of `tables`; performance tables have no number and say their form and project (cli.md). */
interface TableJson {
  readonly no: number | null;
  readonly title: string;
  readonly sheet: string;
  readonly range: string;
  readonly form?: string;
  readonly project?: string | null;
}

export function checkedFileJson(file: string, result: CheckResult): CheckedFileJson {
  const r = result.recognition;
  return {
    file,
    kind: r.kind,
    year: r.year,
    unit: r.unit,
    tables: [
      ...r.tables.map((t): TableJson => ({ no: t.no, title: t.title, sheet: t.sheet, range: t.range })),
      ...r.performance.map((t): TableJson => ({ no: null, title: t.title, sheet: t.sheet, range: t.range, form: t.form.id, project: t.project })),
    ],
    findings: result.findings.map(findingJson),
    summary: result.counts,
  };
}

function findingJson(f: Finding): Omit<Finding, 'cells'> {
  return {
    severity: f.severity,
    rule: f.rule,
    table: f.table,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row,
    column: f.column,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    message: f.message,
    ...(f.form !== undefined ? { form: f.form, project: f.project ?? null } : {}),
  };
}
