import type { FormDef, Kind } from '../forms/formTypes';
import type { UnitType } from '../workbook/snapshot';

/**
 * Equalities between tables (design.md §4) as data, keyed by form and by the row and column roles
 * the form declares (panel key, fixed-row key or 'total', column key) — never by a table's printed
 * number, which differs between profiles (三公 is 公开09表 in Shanxi and 表7 in the national set).
 * Each profile has one table of these (src/domain/profiles/); the checks, fill and the narrative
 * read tables through it.
 */
export interface FormCellRef {
  /** FormDef id, e.g. 'final/05-gpb-expense'. */
  readonly form: string;
  /** Panel key; 'main' for one-sided tables. */
  readonly panel: string;
  /** Fixed-row key, or 'total' for the 合计 line of a coded or list table. */
  readonly row: string;
  readonly column: string;
}

export interface CellRelation {
  readonly mode: 'cells';
  readonly id: string;
  /** Chinese, for messages: "表2 合计 = 表3 合计". */
  readonly title: string;
  readonly left: readonly FormCellRef[];
  readonly right: readonly FormCellRef[];
  readonly appliesTo?: readonly UnitType[];
}

/** Row by row, matched by subject code (表1 类 lines = 表3 类 rows). */
export interface CodeRelation {
  readonly mode: 'byCode';
  readonly id: string;
  readonly title: string;
  readonly left: { readonly form: string; readonly panel: string; readonly column: string };
  readonly right: { readonly form: string; readonly panel: string; readonly column: string };
  /** Compare 类 rows only (表1/表4 print 类 lines only). */
  readonly classesOnly: boolean;
}

export type Relation = CellRelation | CodeRelation;

/** A cell of a form by its roles: `at(finalTable05, 'main', 'total', 'basic')`. */
export function at(form: FormDef, panel: string, row: string, column: string): FormCellRef {
  return { form: form.id, panel, row, column };
}

/** A column of a form's panel, for relations by code. */
export function columnOf(form: FormDef, panel: string, column: string): CodeRelation['left'] {
  return { form: form.id, panel, column };
}

/**
 * Another profile's relations among forms this one prints with the same lines and columns under its
 * own ids: each form id swapped; relations naming a form this profile lacks are left out.
 */
export function remapRelations(relations: readonly Relation[], pairs: readonly (readonly [from: FormDef, to: FormDef])[]): Relation[] {
  const map = new Map(pairs.map(([a, b]) => [a.id, b.id]));
  const swap = <T extends { form: string }>(r: T): T | null => (map.has(r.form) ? { ...r, form: map.get(r.form)! } : null);
  const out: Relation[] = [];
  for (const rel of relations) {
    if (rel.mode === 'cells') {
      const left = rel.left.map(swap);
      const right = rel.right.map(swap);
      if (left.every((x) => x) && right.every((x) => x)) out.push({ ...rel, left: left as FormCellRef[], right: right as FormCellRef[] });
    } else {
      const left = swap(rel.left);
      const right = swap(rel.right);
      if (left && right) out.push({ ...rel, left, right });
    }
  }
  return out;
}

export type { Kind };
