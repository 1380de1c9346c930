import type { Rule } from '../../rule';
import { performanceAnnualAmount } from './annualAmount';
import { performanceCoverage } from './coverage';
import { performanceDates } from './datesAndYears';
import { performanceFundingParts } from './fundingParts';
import { performanceIndicators } from './indicators';
import { performancePeriod } from './projectPeriod';
import { performanceSelfEvaluation } from './selfEvaluation';
import { performanceText } from './textFigures';
import { performanceUnitSlip } from './unitSlip';
import { performanceWrongForm } from './wrongForm';

/** The performance-* family, in the order findings are listed. A new check is one file and one line here. */
export const PERFORMANCE_RULES: readonly Rule[] = [
  performanceCoverage,
  performanceAnnualAmount,
  performanceFundingParts,
  performancePeriod,
  performanceWrongForm,
  performanceSelfEvaluation,
  performanceUnitSlip,
  performanceIndicators,
  performanceText,
  performanceDates,
];
