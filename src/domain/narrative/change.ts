import Decimal from 'decimal.js';
import type { NarrativeContext } from './context';
import type { Fig } from './figure';
import type { Para } from './paragraph';

export type Direction = 'up' | 'down' | 'same' | 'new';

/** The published phrasing of a change; budget documents say 比上年增加…，增长…%, 决算 say 较上年决算…. */
export interface ChangeWording {
  readonly lead: string;
  readonly up: string;
  readonly upRate: string;
  readonly down: string;
  readonly downRate: string;
  /** Said instead of lead + amount when nothing changed. */
  readonly same: string;
}

export const BUDGET_CHANGE: ChangeWording = { lead: '比上年', up: '增加', upRate: '增长', down: '减少', downRate: '下降', same: '与上年相同' };

/** Direction and size of a change, in decimals (no rounding before the comparison). */
export function compare(cur: Fig, prior: Fig): { dir: Direction; diff: Decimal; rate: Decimal | null } {
  const diff = cur.value.minus(prior.value);
  if (diff.isZero()) return { dir: 'same', diff, rate: null };
  if (prior.value.isZero()) return { dir: 'new', diff, rate: null };
  const rate = diff.abs().div(prior.value.abs()).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { dir: diff.isPositive() ? 'up' : 'down', diff, rate };
}

/**
 * Writes "比上年增加X万元，增长Y%" / "减少…下降Y%" / "与上年相同" / "比上年新增X万元" (last year 0).
 * Without a prior-year figure it writes the placeholder of `priorId` and returns undefined.
 */
export function writeChange(
  ctx: NarrativeContext,
  p: Para,
  cur: Fig,
  prior: Fig | undefined | 'invalid',
  priorId: string,
  w: ChangeWording = BUDGET_CHANGE,
): Direction | undefined {
  if (prior === undefined || prior === 'invalid') {
    p.text(w.lead);
    p.run(ctx.missing(priorId, prior === 'invalid' ? 'invalid' : 'blank'));
    return undefined;
  }
  const c = compare(cur, prior);
  const sources = [...cur.sources, ...prior.sources];
  if (c.dir === 'same') {
    p.text(w.same);
  } else if (c.dir === 'new') {
    p.text(`${w.lead}新增`).wan({ value: c.diff, sources }).text('万元');
  } else {
    const up = c.dir === 'up';
    p.text(`${w.lead}${up ? w.up : w.down}`)
      .wan({ value: c.diff.abs(), sources })
      .text(`万元，${up ? w.upRate : w.downRate}`)
      .percent(c.rate!, sources, { part: c.diff.abs(), whole: prior.value.abs() })
      .text('%');
  }
  return c.dir;
}
