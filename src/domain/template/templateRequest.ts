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
  /** Sheet names already in the workbook: a clash gets a new name, never an overwrite. */
  readonly existingSheets?: readonly string[];
}
