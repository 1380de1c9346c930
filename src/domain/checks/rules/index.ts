import type { Rule } from '../rule';
import { unreadableAmount } from './unreadableAmount';
import { unrecognizedTable } from './unrecognizedTable';
import { rowSum } from './rowSum';
import { columnSum } from './columnSum';
import { subjectHierarchy } from './subjectHierarchy';
import { subjectCode } from './subjectCode';
import { catalogNames } from './catalogNames';
import { crossTable } from './crossTable';
import { balance } from './balance';
import { noDataNote } from './noDataNote';
import { unitType } from './unitType';
import { unitSlip } from './unitSlip';
import { completeness } from './completeness';
import { PERFORMANCE_RULES } from './performance';

/** Every check, in the order findings are listed. A new check is one file and one line here. */
export const RULES: readonly Rule[] = [
  completeness,
  unreadableAmount,
  unrecognizedTable,
  rowSum,
  columnSum,
  subjectHierarchy,
  subjectCode,
  catalogNames,
  crossTable,
  balance,
  noDataNote,
  unitType,
  unitSlip,
  ...PERFORMANCE_RULES,
];
