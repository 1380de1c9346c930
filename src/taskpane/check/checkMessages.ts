import type { CheckResult } from '../../domain/checks/checkTypes';
import type { Finding } from '../../domain/findings/finding';
import type { Kind } from '../../domain/forms/formTypes';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';

/** What the pane sends the check worker, and what comes back (structured-clone friendly). */
export interface CheckRequest {
  readonly id: number;
  readonly wb: WorkbookSnapshot;
}

export interface CheckSummary {
  readonly findings: readonly Finding[];
  readonly kind: Kind | null;
  /** The table set recognised (its tables' short names: 公开03表, or 表3 in a national set). */
  readonly profile: string | null;
  readonly tables: number;
}

/** What the pane keeps of a check (the worker and the in-thread fallback alike). */
export function checkSummary(r: CheckResult): CheckSummary {
  return { findings: r.findings, kind: r.recognition.kind, profile: r.recognition.profile.id, tables: r.recognition.tables.length };
}

export type CheckReply = ({ readonly id: number } & CheckSummary) | { readonly id: number; readonly error: string };
