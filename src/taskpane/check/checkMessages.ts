import type { Finding } from '../../domain/findings/finding';
import type { Kind } from '../../domain/forms/formTypes';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';

/** What the pane sends the check worker, and what comes back (structured-clone friendly). */
export interface CheckRequest {
  readonly id: number;
  readonly wb: WorkbookSnapshot;
  /**
   * An edit's check (live checking): the worker keeps what it learnt from the last such check and finds
   * again only what the edits can change (domain/checks/liveCheck.ts); 校验 sends false, a whole check.
   */
  readonly live?: boolean;
}

export interface CheckSummary {
  readonly findings: readonly Finding[];
  readonly kind: Kind | null;
  readonly tables: number;
}

export type CheckReply = ({ readonly id: number } & CheckSummary) | { readonly id: number; readonly error: string };
