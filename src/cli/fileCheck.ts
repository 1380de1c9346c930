import type { CheckResult } from '../domain/checks/checkTypes';
import type { Finding } from '../domain/findings/finding';
import { requiredForms } from '../domain/forms/requiredForms';
import type { Kind } from '../domain/forms/formTypes';
import type { AmountUnit } from '../domain/profiles';

/** A recognised table as the reports name it. */
export interface TableSummary {
  /** Its number in the profile; null for a performance table (绩效目标表, 绩效自评表). */
  readonly no: number | null;
  /** The form's stable id: 'budget/03-expense'. */
  readonly form: string;
  /** 预算公开表3 / 公开03表. */
  readonly label: string;
  /** The unit its amounts are printed in (its findings' amounts are in it too). */
  readonly unit: AmountUnit;
  readonly title: string;
  readonly sheet: string;
  readonly range: string;
  /** A performance table's 项目名称 as written (null when it prints none); absent for numbered tables. */
  readonly project?: string | null;
}

/**
 * What checking one file gave, as plain data: what every output (the terminal report, `--json`,
 * `--report`) is built from, and what a worker sends back (`--jobs`). A file that could not be read
 * has `error` (a Chinese sentence) and nothing else worth reading.
 */
export interface FileCheck {
  /** The path as given (relative to what the user typed). */
  readonly file: string;
  readonly error?: string;
  readonly kind: Kind | null;
  readonly year: number | null;
  readonly unit: string | null;
  /** The table set it was recognised as ('shanxi-budget-13'); null when it could not be read. */
  readonly profile: string | null;
  readonly tables: readonly TableSummary[];
  /** Labels of the tables its profile requires that were not found (the completeness rule's list). */
  readonly missing: readonly string[];
  readonly findings: readonly Finding[];
  /** The 情况说明 checked with it (`--narrative`), as given: the heading of its findings. */
  readonly narrative?: string;
}

export function fileCheck(file: string, result: CheckResult): FileCheck {
  const r = result.recognition;
  const found = new Set(r.tables.map((t) => t.form));
  return {
    file,
    kind: r.kind,
    year: r.year,
    unit: r.unit,
    profile: r.profile.id,
    tables: [
      ...r.tables.map((t): TableSummary => ({ no: t.no, form: t.form.id, label: t.form.label, unit: t.amountUnit, title: t.title, sheet: t.sheet, range: t.range })),
      ...r.performance.map((t): TableSummary => ({ no: null, form: t.form.id, label: t.form.name, unit: t.amountUnit, title: t.title, sheet: t.sheet, range: t.range, project: t.project })),
    ],
    missing: r.tables.length ? requiredForms(r.profile).filter((f) => !found.has(f)).map((f) => f.label) : [],
    findings: result.findings,
  };
}

export function unreadableFile(file: string, reason: string): FileCheck {
  return { file, error: reason, kind: null, year: null, unit: null, profile: null, tables: [], missing: [], findings: [] };
}
