import type { Finding, FindingCounts } from '../domain/findings/finding';
import type { CheckResult } from '../domain/checks/checkTypes';
import type { AmountUnit } from '../domain/profiles/profile';
import type { RecognizedTable } from '../domain/recognition/recognizedTable';

/** One file's entry of `check --json` (docs/cli.md); `cells` is the pane's business, not the CLI's. */
export interface CheckedFileJson {
  readonly file: string;
  readonly kind: 'budget' | 'final' | null;
  readonly year: number | null;
  readonly unit: string | null;
  /** The table set recognised (cli.md Additions): 'shanxi-final-10', 'national-final-9' … */
  readonly profile: string;
  readonly tables: { no: number | null; form: string; unit: AmountUnit; title: string; sheet: string; range: string }[];
  readonly findings: (Omit<Finding, 'cells' | 'detail'> & { unit: AmountUnit | null })[];
  readonly summary: FindingCounts;
}

export function checkedFileJson(file: string, result: CheckResult): CheckedFileJson {
  const r = result.recognition;
  return {
    file,
    kind: r.kind,
    year: r.year,
    unit: r.unit,
    profile: r.profile.id,
    tables: r.tables.map((t) => ({ no: t.no, form: t.form.id, unit: t.amountUnit, title: t.title, sheet: t.sheet, range: t.range })),
    findings: result.findings.map((f) => findingJson(f, r.tables)),
    summary: result.counts,
  };
}

/** The finding's amounts are in the unit of the table it names (cli.md: a finding carries "unit"). */
function findingJson(f: Finding, tables: readonly RecognizedTable[]): CheckedFileJson['findings'][number] {
  const table = f.table === null ? undefined : tables.find((t) => t.no === f.table && (f.sheet === null || t.sheet === f.sheet));
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
    unit: table?.amountUnit ?? null,
    ...(f.explains !== undefined ? { explains: f.explains } : {}),
    // A finding about a written 情况说明 says where in that file and what it quoted.
    ...(f.paragraph !== undefined ? { paragraph: f.paragraph } : {}),
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
  };
}
