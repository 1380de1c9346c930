import type { Finding, Severity } from '../findings/finding';
import type { CheckContext } from './checkContext';

/** A check: a stable id (used in JSON and to switch it off), a Chinese title, a default severity. */
export interface Rule {
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** `earlier`: what the rules listed before it found (unit-slip reads the sums that broke). */
  run(ctx: CheckContext, earlier?: readonly Finding[]): Finding[];
}
