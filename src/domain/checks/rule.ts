import type { Finding, Severity } from '../findings/finding';
import type { CheckContext } from './checkContext';
import type { SumStep } from './sumPlan';

/** A check: a stable id (used in JSON and to switch it off), a Chinese title, a default severity. */
export interface Rule {
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** `earlier`: what the rules listed before it found (unit-slip reads the sums that broke). */
  run(ctx: CheckContext, earlier?: readonly Finding[]): Finding[];
  /**
   * A sum rule's comparisons, worked out from the layout alone (`run` carries them out): a live check
   * keeps them and compares again only those an edited amount is in.
   */
  plan?(ctx: CheckContext): SumStep[];
  /**
   * The findings depend on the tables' layout, codes and names only, never on an amount: a live
   * check after amount edits keeps them.
   */
  readonly layoutOnly?: boolean;
}
