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
  readonly tables: number;
}

export type CheckReply = ({ readonly id: number } & CheckSummary) | { readonly id: number; readonly error: string };
