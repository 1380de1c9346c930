import Decimal from 'decimal.js';
import type { Catalog } from '../catalog/catalog';
import type { Parameters } from '../parameters/parameters';
import type { RecognitionResult } from '../recognition/recognizedTable';
import type { UnitType, WorkbookSnapshot } from '../workbook/snapshot';
import type { EquationLog } from './equation';

/** Everything a rule may look at; rules are pure functions of this. */
export interface CheckContext {
  readonly wb: WorkbookSnapshot;
  readonly recognition: RecognitionResult;
  /** Rounding allowance per printed amount (万元), 0.005 by default. */
  readonly tolerance: Decimal;
  readonly unitType: UnitType | null;
  readonly catalog: Catalog;
  readonly parameters: Parameters;
  /** Where the comparisons record every identity they evaluate (compareSum, cross-table). */
  readonly equations: EquationLog;
}
