import type { RunnableRule } from '../../../checks/runRules';
import type { AuditContext } from '../auditContext';

/**
 * A check of a written 情况说明 against the workbook: a stable id beginning with narrative-, a Chinese
 * title, the default severity, and what it finds. A new check is one file here and one line in index.ts.
 */
export type AuditRule = RunnableRule<AuditContext>;
