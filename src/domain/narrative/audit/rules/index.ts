import type { AuditRule } from './auditRule';
import { amountRule } from './amountRule';
import { shareRule } from './shareRule';
import { shareSumRule } from './shareSumRule';
import { changeRule } from './changeRule';
import { totalMismatchRule } from './totalMismatchRule';
import { classNameRule } from './classNameRule';
import { attachmentCountRule } from './attachmentCountRule';
import { doubledWordRule } from './doubledWordRule';
import { placeholderRule } from './placeholderRule';
import { yearRule } from './yearRule';
import { unitNameRule } from './unitNameRule';
import { untiedRule } from './untiedRule';

/** Every check of a written 情况说明, in the order their findings are listed. */
export const AUDIT_RULES: readonly AuditRule[] = [
  amountRule,
  shareRule,
  shareSumRule,
  changeRule,
  totalMismatchRule,
  classNameRule,
  attachmentCountRule,
  doubledWordRule,
  placeholderRule,
  yearRule,
  unitNameRule,
  untiedRule,
];
