import type { Finding, FindingCounts } from '../domain/findings/finding';
import type { CheckResult } from '../domain/checks/checkTypes';
import type { AmountUnit } from '../domain/profiles/profile';

/** One file's entry of `check --json` (docs/cli.md); `cells` is the pane's business, not the CLI's. */
export interface CheckedFileJson {
  readonly file: string;
  readonly kind: 'budget' | 'final' | null;
  readonly year: number | null;
  readonly unit: string | null;
  /** The table set recognised (cli.md Additions): 'shanxi-final-10', 'national-final-9' … */
  readonly profile: string;
  readonly tables: TableJson[];
  readonly findings: (Omit<Finding, 'cells' | 'detail'> & { unit: AmountUnit | null })[];
  readonly summary: FindingCounts;
}

/** An entry of `tables`; performance tables have no number and also say their project (cli.md). */
interface TableJson {
  readonly no: number | null;
  readonly form: string;
  readonly unit: AmountUnit;
  readonly title: string;
  readonly sheet: string;
  readonly range: string;
  readonly project?: string | null;
}

export function checkedFileJson(file: string, result: CheckResult): CheckedFileJson {
  const r = result.recognition;
  return {
    file,
    kind: r.kind,
    year: r.year,
    unit: r.unit,
    profile: r.profile.id,
    tables: [
      ...r.tables.map((t): TableJson => ({ no: t.no, form: t.form.id, unit: t.amountUnit, title: t.title, sheet: t.sheet, range: t.range })),
      ...r.performance.map((t): TableJson => ({ no: null, form: t.form.id, unit: t.amountUnit, title: t.title, sheet: t.sheet, range: t.range, project: t.project })),
    ],
    findings: result.findings.map((f) => findingJson(f, result)),
    summary: result.counts,
  };
}

/** The finding's amounts are in the unit of the table it names (cli.md: a finding carries "unit"). */
function findingJson(f: Finding, result: CheckResult): CheckedFileJson['findings'][number] {
  const r = result.recognition;
  const table = f.table === null ? undefined : r.tables.find((t) => t.no === f.table && (f.sheet === null || t.sheet === f.sheet));
  const performance = f.table === null && f.form !== undefined ? r.performance.find((t) => t.form.id === f.form && t.project === f.project && t.sheet === f.sheet) : undefined;
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
    unit: table?.amountUnit ?? performance?.amountUnit ?? null,
    ...(f.form !== undefined ? { form: f.form, project: f.project ?? null } : {}),
    ...(f.explains !== undefined ? { explains: f.explains } : {}),
    // A finding about a written 情况说明 says where in that file and what it quoted.
    ...(f.paragraph !== undefined ? { paragraph: f.paragraph } : {}),
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
  };
}
