import { countFindings, type Finding, type FindingCounts } from '../domain/findings/finding';
import { isRoundingDifference } from '../domain/findings/findingClass';
import type { AmountUnit } from '../domain/profiles';
import type { CheckResult } from '../domain/checks/checkTypes';
import { fileCheck, type FileCheck, type TableSummary } from './fileCheck';

/** A finding's amounts are in the unit of the table it names (cli.md Additions). */
type FindingJson = Omit<Finding, 'cells' | 'detail' | 'noCell'> & { readonly unit: AmountUnit | null; readonly rounding?: true };

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

/**
 * One file's entry of `check --json` (docs/cli.md): `cells` and `detail` are the reports' business,
 * not the JSON's. A file that could not be read is there too, with `error` and nothing found.
 */
export interface CheckedFileJson {
  readonly file: string;
  readonly error?: string;
  readonly kind: 'budget' | 'final' | null;
  readonly year: number | null;
  readonly unit: string | null;
  /** The table set recognised (cli.md Additions): 'shanxi-final-10', 'national-final-9' …; null for a file not read. */
  readonly profile: string | null;
  readonly tables: TableJson[];
  readonly findings: FindingJson[];
  readonly summary: FindingCounts;
}

export interface CheckJson {
  readonly files: CheckedFileJson[];
  /** `files` counts every file, `unreadable` those with `error`. */
  readonly summary: FindingCounts & { readonly files: number; readonly unreadable: number };
}

export function checkJson(checks: readonly FileCheck[]): CheckJson {
  const files = checks.map(fileCheckJson);
  const sum = (k: keyof FindingCounts) => files.reduce((n, e) => n + e.summary[k], 0);
  return {
    files,
    summary: { files: files.length, unreadable: files.filter((f) => f.error !== undefined).length, errors: sum('errors'), warnings: sum('warnings'), info: sum('info') },
  };
}

/** One file's entry from a check in this process (what tests and other callers have at hand). */
export function checkedFileJson(file: string, result: CheckResult): CheckedFileJson {
  return fileCheckJson(fileCheck(file, result));
}

export function fileCheckJson(c: FileCheck): CheckedFileJson {
  return {
    file: c.file,
    ...(c.error !== undefined ? { error: c.error } : {}),
    kind: c.kind,
    year: c.year,
    unit: c.unit,
    profile: c.profile,
    tables: c.tables.map((t): TableJson => ({ no: t.no, form: t.form, unit: t.unit, title: t.title, sheet: t.sheet, range: t.range, ...(t.project !== undefined ? { project: t.project } : {}) })),
    findings: c.findings.map((f) => findingJson(f, c.tables)),
    summary: countFindings(c.findings),
  };
}

function findingJson(f: Finding, tables: readonly TableSummary[]): FindingJson {
  const table =
    f.table !== null
      ? tables.find((t) => t.no === f.table && (f.sheet === null || t.sheet === f.sheet))
      : f.form !== undefined
        ? tables.find((t) => t.no === null && t.form === f.form && t.project === f.project && t.sheet === f.sheet)
        : undefined;
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
    unit: table?.unit ?? null,
    ...(f.form !== undefined ? { form: f.form, project: f.project ?? null } : {}),
    ...(f.explains !== undefined ? { explains: f.explains } : {}),
    ...(isRoundingDifference(f) ? { rounding: true as const } : {}),
    // A finding about a written 情况说明 says where in that file and what it quoted.
    ...(f.paragraph !== undefined ? { paragraph: f.paragraph } : {}),
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
  };
}
