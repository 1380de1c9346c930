/**
 * A finding: one thing a person should look at, with where it is and what was compared.
 * The JSON shape of `check --json` (../shared/docs/cli.md) is exactly this, minus `cells`.
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提示', info: '信息' };

export interface Finding {
  readonly severity: Severity;
  /** Stable kebab-case rule id ("row-sum", "column-sum", "subject-hierarchy", …). */
  readonly rule: string;
  /** Table number (预算公开表N / 公开0N表), null for workbook-level findings. */
  readonly table: number | null;
  readonly sheet: string | null;
  /** A1 address of the cell holding the wrong-looking figure (for a sum: the total's cell). */
  readonly cell: string | null;
  readonly row: { readonly code: string | null; readonly name: string } | null;
  /** The column's lowest header label as written. */
  readonly column: string | null;
  /** Amounts as strings with exactly two decimals, or null when nothing numeric was compared. */
  readonly expected: string | null;
  readonly actual: string | null;
  readonly difference: string | null;
  /** Chinese, concrete: what was compared, both values, the difference. */
  readonly message: string;
  /** Every cell involved (the total and its parts), "Sheet!A1" style, for selecting them on click. */
  readonly cells?: readonly CellRef[];
}

export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else info++;
  }
  return { errors, warnings, info };
}
