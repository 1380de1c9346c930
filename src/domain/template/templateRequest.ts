import type { Kind } from '../forms/formTypes';
import type { UnitType } from '../workbook/snapshot';

/** What the first-run form (pane) and `budget-disclosure template` ask for. */
export interface TemplateRequest {
  readonly kind: Kind;
  readonly year: number;
  readonly unit: string;
  readonly unitType?: UnitType;
  /** The table set (profile id); Shanxi's of the kind when absent. */
  readonly profile?: string;
  /** Only these forms (ids) of the set, e.g. the ones a workbook lacks; every form when absent. */
  readonly forms?: readonly string[];
  /** False when the workbook already has its 说明参数 sheet: not inserted again. Default true. */
  readonly parameters?: boolean;
  /** Sheet names already in the workbook: a clash gets a new name, never an overwrite. */
  readonly existingSheets?: readonly string[];
}
