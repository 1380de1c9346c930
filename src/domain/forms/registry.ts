import type { FormDef, Kind } from './formTypes';
import { COMMON_FORMS, PROFILES, defaultProfile, profileFormByNo } from '../profiles';

/**
 * Every form the product knows: the forms of every profile (src/domain/profiles), each once, in
 * profile order. A new table is one file in a forms/ folder and one line in its profile.
 */
export const ALL_FORMS: readonly FormDef[] = [...new Set([...PROFILES.flatMap((p) => p.forms), ...COMMON_FORMS])];

/** The forms of the default (Shanxi) profile of a kind, in published order. */
export function formsOfKind(kind: Kind): FormDef[] {
  return [...defaultProfile(kind).forms].sort((a, b) => a.no - b.no);
}

/** Ids the first templates wrote into workbooks ('budget-03') still name their form. */
const LEGACY_ID = /^(budget|final)-(\d{2})$/;

export function formById(id: string): FormDef | undefined {
  const legacy = LEGACY_ID.exec(id);
  if (legacy) return formByNo(legacy[1] as Kind, Number(legacy[2]));
  return ALL_FORMS.find((f) => f.id === id);
}

/** The form printed under this number in the default profile of the kind. */
export function formByNo(kind: Kind, no: number): FormDef | undefined {
  return profileFormByNo(defaultProfile(kind), no);
}
