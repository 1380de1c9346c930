import { performanceApplication } from './applicationTable';
import { performanceOverall } from './overallTable';
import type { PerformanceFormDef, PerformanceFormId } from './performanceForm';
import { performanceSelfEvaluation } from './selfEvaluationTable';
import { performanceTarget } from './targetTable';

/**
 * The performance forms, most specific title first: a 自评表 before anything that says 绩效目标, the
 * unit-level 整体 table and the 申报表 before the plain 绩效目标表. A new variant is one file here and
 * one line below.
 */
export const PERFORMANCE_FORMS: readonly PerformanceFormDef[] = [performanceSelfEvaluation, performanceOverall, performanceApplication, performanceTarget];

export function performanceFormById(id: PerformanceFormId): PerformanceFormDef {
  const f = PERFORMANCE_FORMS.find((x) => x.id === id);
  if (!f) throw new Error(`unknown performance form ${id}`);
  return f;
}

/** A title with spaces, brackets and quotes removed, full-width folded. */
function titleKey(title: string): string {
  return title
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000“”"'‘’()[\]【】〔〕]/g, '');
}

/** The performance form a table title names, or undefined when it is no performance table. */
export function matchPerformanceTitle(title: string): PerformanceFormDef | undefined {
  const t = titleKey(title);
  if (t.length > 80 || !/表/.test(t)) return undefined;
  return PERFORMANCE_FORMS.find((f) => {
    if ((f.keywords.none ?? []).some((w) => t.includes(w))) return false;
    return f.keywords.all.some((set) => set.every((w) => t.includes(w)));
  });
}
