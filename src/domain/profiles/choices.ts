import type { Kind } from '../forms/formTypes';

export interface ProfileChoice {
  readonly id: string;
  readonly kind: Kind;
  readonly name: string;
  /** Its forms print 表1…表9 (the national sets), not 预算公开表N / 公开0N表: lists name them 表N. */
  readonly numberedAsTables: boolean;
}

/**
 * The profiles as the template form lists them: id, kind, name and how lists name their tables only, so the pane's first screen
 * does not load every form to show a drop-down (test/domain/profiles/profiles.test.ts keeps this in
 * step with PROFILES). The first of a kind is its default (Shanxi's).
 */
export const PROFILE_CHOICES: readonly ProfileChoice[] = [
  { id: 'shanxi-budget-13', kind: 'budget', name: '山西 单位预算公开（预算公开表1–13）', numberedAsTables: false },
  { id: 'national-budget-9', kind: 'budget', name: '部门预算公开（9 张表，财政部格式，金额单位元）', numberedAsTables: true },
  { id: 'shanxi-final-10', kind: 'final', name: '山西 单位决算公开（公开01–10表）', numberedAsTables: false },
  { id: 'national-final-9', kind: 'final', name: '部门决算公开（9 张表，财政部格式）', numberedAsTables: true },
];
