import type { Catalog } from '../catalog/catalog';
import type { Finding, FindingCounts } from '../findings/finding';
import type { Equation } from './equation';
import type { RecognitionResult } from '../recognition/recognizedTable';
import type { UnitType } from '../workbook/snapshot';

export interface CheckOptions {
  /**
   * Rounding allowance per printed amount in 万元 (default 0.005): a sum of n parts may differ
   * from its printed total by tolerance × (n + 1) and still be a 尾数差异 (warning).
   * `check --tolerance X` sets it.
   */
  readonly tolerance?: string;
  /** Overrides the unit type read from the parameter sheet. */
  readonly unitType?: UnitType;
  /** An imported catalog; the built-in one for the year otherwise. */
  readonly catalog?: Catalog;
}

export interface CheckResult {
  readonly recognition: RecognitionResult;
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  /** Every identity the checks evaluated, held or broken, with all its cells (findings point into it by detail.equation). */
  readonly equations?: readonly Equation[];
}
