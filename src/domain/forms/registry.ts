import type { FormDef, Kind } from './formTypes';
import { budgetTable01 } from './budget/table01';
import { budgetTable02 } from './budget/table02';
import { budgetTable03 } from './budget/table03';
import { budgetTable04 } from './budget/table04';
import { budgetTable05 } from './budget/table05';
import { budgetTable06 } from './budget/table06';
import { budgetTable07 } from './budget/table07';
import { budgetTable08 } from './budget/table08';
import { budgetTable09 } from './budget/table09';
import { budgetTable10 } from './budget/table10';
import { budgetTable11 } from './budget/table11';
import { budgetTable12 } from './budget/table12';
import { budgetTable13 } from './budget/table13';
import { finalTable01 } from './final/table01';
import { finalTable02 } from './final/table02';
import { finalTable03 } from './final/table03';
import { finalTable04 } from './final/table04';
import { finalTable05 } from './final/table05';
import { finalTable06 } from './final/table06';
import { finalTable07 } from './final/table07';
import { finalTable08 } from './final/table08';
import { finalTable09 } from './final/table09';
import { finalTable10 } from './final/table10';

/**
 * Every form the product knows, in published order: 预算公开表1–13, then 公开01–10表. A new table is
 * one file in budget/ or final/ and one line here.
 */
export const ALL_FORMS: readonly FormDef[] = [
  budgetTable01,
  budgetTable02,
  budgetTable03,
  budgetTable04,
  budgetTable05,
  budgetTable06,
  budgetTable07,
  budgetTable08,
  budgetTable09,
  budgetTable10,
  budgetTable11,
  budgetTable12,
  budgetTable13,
  finalTable01,
  finalTable02,
  finalTable03,
  finalTable04,
  finalTable05,
  finalTable06,
  finalTable07,
  finalTable08,
  finalTable09,
  finalTable10,
];

export function formsOfKind(kind: Kind): FormDef[] {
  return ALL_FORMS.filter((f) => f.kind === kind).sort((a, b) => a.no - b.no);
}

export function formById(id: string): FormDef | undefined {
  return ALL_FORMS.find((f) => f.id === id);
}

export function formByNo(kind: Kind, no: number): FormDef | undefined {
  return ALL_FORMS.find((f) => f.kind === kind && f.no === no);
}
