import type { Finding } from '../findings/finding';
import type Decimal from 'decimal.js';
import type { EquationRecorder } from './equation';
import type { CheckContext } from './checkContext';
import type { Rule } from './rule';
import { compareSum, type SumSubject } from './sumComparison';

/**
 * One step of a sum rule, in the order the rule reports: a sum to compare, or a finding the layout
 * alone decides (a code printed twice). Which sums a rule compares depends on the tables' rows,
 * columns and codes, never on an amount, so a live check keeps the plan across amount edits and
 * compares again only the sums an edited cell is in (checks/liveCheck.ts).
 */
export type SumStep = { readonly sum: SumSubject } | { readonly finding: Finding };

/** Every step of a plan carried out: what the rule finds. */
export function evaluatePlan(steps: readonly SumStep[], ctx: { readonly tolerance: Decimal; readonly equations: EquationRecorder }): Finding[] {
  const out: Finding[] = [];
  for (const step of steps) {
    if ('finding' in step) out.push(step.finding);
    else {
      const f = compareSum(step.sum, ctx);
      if (f) out.push(f);
    }
  }
  return out;
}

/**
 * A sum rule from its plan: `run` is always the plan carried out, so a live check that keeps the
 * plan and compares again part of it finds what `run` would (checks/liveCheck.ts relies on it).
 */
export function plannedSumRule(id: string, title: string, plan: (ctx: CheckContext) => SumStep[]): Rule {
  return { id, title, defaultSeverity: 'error', run: (ctx) => evaluatePlan(plan(ctx), ctx), plan };
}
