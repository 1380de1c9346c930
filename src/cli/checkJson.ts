import type { Finding, FindingCounts } from '../domain/findings/finding';
import type { CheckResult } from '../domain/checks/checkTypes';

/** One file's entry of `check --json` (docs/cli.md); `cells` is the pane's business, not the CLI's. */
export interface CheckedFileJson {
  readonly file: string;
  readonly kind: 'budget' | 'final' | null;
  readonly year: number | null;
  readonly unit: string | null;
  readonly tables: { no: number; title: string; sheet: string; range: string }[];
  readonly findings: Omit<Finding, 'cells'>[];
  readonly summary: FindingCounts;
}

export function checkedFileJson(file: string, result: CheckResult): CheckedFileJson {
  const r = result.recognition;
  return {
    file,
    kind: r.kind,
    year: r.year,
    unit: r.unit,
    tables: r.tables.map((t) => ({ no: t.no, title: t.title, sheet: t.sheet, range: t.range })),
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
    // A finding about a written 情况说明 says where in that file and what it quoted.
    ...(f.paragraph !== undefined ? { paragraph: f.paragraph } : {}),
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
  };
}
