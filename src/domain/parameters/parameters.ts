import type { Kind } from '../forms/formTypes';
import type { UnitType } from '../workbook/snapshot';
import type { CellRef } from '../findings/finding';

/**
 * The 说明参数 sheet: facts no table holds. Basic facts are typed; the narrative's inputs
 * (prior-year figures, reasons, 政府采购, 国有资产, 绩效, 年初预算…) are keyed by stable input ids
 * that the narrative module defines, each remembering its cell so the pane can jump there.
 */
export interface ParameterValue {
  readonly value: string;
  readonly cell: CellRef;
}

export interface Parameters {
  readonly unit: string | null;
  readonly year: number | null;
  readonly unitType: UnitType | null;
  readonly kind: Kind | null;
  /** 万元 unless the sheet says otherwise. */
  readonly amountUnit: string;
  /** True when the sheet's 金额单位 was filled in (then it is the default unit of tables that state none). */
  readonly amountUnitGiven?: boolean;
  /** Narrative inputs by id ("prior.income-total", "reason.change", …); blank inputs are absent. */
  readonly inputs: Readonly<Record<string, ParameterValue>>;
  /** The sheet the parameters were read from, null when the workbook has none. */
  readonly sheet: string | null;
}

export const PARAMETER_SHEET_NAME = '说明参数';
