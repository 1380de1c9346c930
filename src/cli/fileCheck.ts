import type { CheckResult } from '../domain/checks/checkTypes';
import type { Finding } from '../domain/findings/finding';
import { formsOfKind } from '../domain/forms/registry';
import type { Kind } from '../domain/forms/formTypes';

/** A recognised table as the reports name it. */
export interface TableSummary {
  readonly no: number;
  /** 预算公开表3 / 公开03表. */
  readonly label: string;
  readonly title: string;
  readonly sheet: string;
  readonly range: string;
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
  readonly tables: readonly TableSummary[];
  /** Labels of the tables of its kind that were not found. */
  readonly missing: readonly string[];
  readonly findings: readonly Finding[];
}

export function fileCheck(file: string, result: CheckResult): FileCheck {
  const r = result.recognition;
  const found = new Set(r.tables.map((t) => t.no));
  return {
    file,
    kind: r.kind,
    year: r.year,
    unit: r.unit,
    tables: r.tables.map((t) => ({ no: t.no, label: t.form.label, title: t.title, sheet: t.sheet, range: t.range })),
    missing: r.kind ? formsOfKind(r.kind).filter((f) => !found.has(f.no)).map((f) => f.label) : [],
    findings: result.findings,
  };
}

export function unreadableFile(file: string, reason: string): FileCheck {
  return { file, error: reason, kind: null, year: null, unit: null, tables: [], missing: [], findings: [] };
}
