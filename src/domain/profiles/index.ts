import type { FormDef, Kind } from '../forms/formTypes';
import type { Profile } from './profile';
import { shanxiBudget13 } from './shanxiBudget13';
import { shanxiFinal10 } from './shanxiFinal10';
import { nationalFinal9 } from './nationalFinal9';
import { nationalBudget9 } from './nationalBudget9';

export type { AmountUnit, Profile } from './profile';

/**
 * Every table set the product knows. A new region is one file here (its forms under forms/) and one
 * line in this list; recognition picks among them by what a workbook's titles and label lines say.
 */
export const PROFILES: readonly Profile[] = [shanxiBudget13, shanxiFinal10, nationalFinal9, nationalBudget9];

/** Tables every profile may hold, whatever the region (绩效目标表, 绩效自评表). */
export const COMMON_FORMS: readonly FormDef[] = [];

export function profileById(id: string | null | undefined): Profile | undefined {
  return id ? PROFILES.find((p) => p.id === id) : undefined;
}

/** Shanxi's set is the default of its kind: the add-in's templates and seeds were made from it. */
export function defaultProfile(kind: Kind): Profile {
  return kind === 'final' ? shanxiFinal10 : shanxiBudget13;
}

export function profilesOfKind(kind: Kind): Profile[] {
  return PROFILES.filter((p) => p.kind === kind);
}

/** The profile's own tables and the common ones, in published order. */
export function profileForms(p: Profile): readonly FormDef[] {
  return COMMON_FORMS.length === 0 ? p.forms : [...p.forms, ...COMMON_FORMS];
}

/** The form a profile prints under this number (公开09表 → final/09-three-public in Shanxi). */
export function profileFormByNo(p: Profile, no: number): FormDef | undefined {
  return p.forms.find((f) => f.no === no);
}
