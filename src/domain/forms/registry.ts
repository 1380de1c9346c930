import type { FormDef, Kind } from './formTypes';
import { budgetTable01 } from './budget/table01';
import { budgetTable03 } from './budget/table03';

/**
 * Every form the product knows, in published order. A new table is one file in budget/ or
 * final/ and one line here.
 */
export const ALL_FORMS: readonly FormDef[] = [budgetTable01, budgetTable03];

export function formsOfKind(kind: Kind): FormDef[] {
  return ALL_FORMS.filter((f) => f.kind === kind).sort((a, b) => a.no - b.no);
}

export function formById(id: string): FormDef | undefined {
  return ALL_FORMS.find((f) => f.id === id);
}

export function formByNo(kind: Kind, no: number): FormDef | undefined {
  return ALL_FORMS.find((f) => f.kind === kind && f.no === no);
}
