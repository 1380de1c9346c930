import { shortTableLabel, type Kind } from '../forms/formTypes';
import { PROFILE_CHOICES } from './choices';

/** What a table's short name depends on: the kind, and the table set when known (else Shanxi's wording). */
export interface TableSet {
  readonly kind: Kind | null;
  readonly profile?: string | null;
}

/** True when the set's forms print 表1…表9 (the national sets), not 预算公开表N or 公开0N表. */
export function numberedAsTables(profile: string | null | undefined): boolean {
  return PROFILE_CHOICES.find((p) => p.id === profile)?.numberedAsTables ?? false;
}

/**
 * The short name in lists, reasons and headings, the same in the CLI's report and the pane: 表3 (预算),
 * 公开03表 (决算), 表3 in a national set. Light on purpose (no forms loaded): the pane's first screen uses it.
 */
export function shortTableName(set: TableSet, no: number): string {
  return numberedAsTables(set.profile) ? `表${no}` : shortTableLabel(set.kind, no);
}
