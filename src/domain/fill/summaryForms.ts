import { budgetTable01 } from '../forms/budget/table01';
import { budgetTable02 } from '../forms/budget/table02';
import { budgetTable03 } from '../forms/budget/table03';
import { budgetTable04 } from '../forms/budget/table04';
import { budgetTable05 } from '../forms/budget/table05';
import { finalTable01 } from '../forms/final/table01';
import { finalTable02 } from '../forms/final/table02';
import { finalTable03 } from '../forms/final/table03';
import { finalTable04 } from '../forms/final/table04';
import { finalTable05 } from '../forms/final/table05';
import type { FormDef } from '../forms/formTypes';
import type { Profile } from '../profiles/profile';

/**
 * The tables fill derives from others (planFill's derivations), by the Shanxi form each repeats:
 * 表1, 表4, 表5 from 表2 and 表3; 公开01, 04, 05表 from 公开02 and 03表. A profile's own form of the
 * same content (the national 表1, 表4, 表5) counts through its sameAs.
 */
const DERIVED: readonly FormDef[] = [budgetTable01, budgetTable04, budgetTable05, finalTable01, finalTable04, finalTable05];
/** What the derivations read: without both, a derived table added from the template would stay empty. */
const SOURCES: readonly FormDef[] = [budgetTable02, budgetTable03, finalTable02, finalTable03];

const base = (form: FormDef): string => form.sameAs ?? form.id;

/** The profile's forms that fill derives, in published order. */
export function derivedForms(profile: Profile): readonly FormDef[] {
  const ids = new Set(DERIVED.map((f) => f.id));
  return profile.forms.filter((f) => ids.has(base(f)));
}

/** The profile's forms the derivations read (表2 and 表3 of its kind). */
export function sourceForms(profile: Profile): readonly FormDef[] {
  const ids = new Set(SOURCES.map((f) => f.id));
  return profile.forms.filter((f) => ids.has(base(f)));
}
