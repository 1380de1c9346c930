import Decimal from 'decimal.js';
import { normalizeWidth } from '../../money/amount';

/**
 * An indicator's 指标值 split the way the checks need it: "≥95%" → ≥ 95 %, "≤1100万元" → ≤ 1100 万元,
 * "3360元/人/年" → 3360 元/人/年, "≥%" → ≥ % (a 自评表's 年初 column states comparator and unit only),
 * "2026年10月底", "及时", "有效保障" → kept as text.
 */
export interface IndicatorValue {
  readonly raw: string;
  readonly comparator: '≥' | '≤' | '>' | '<' | '=' | null;
  readonly number: Decimal | null;
  readonly unit: string | null;
  /** The value when it is words or a date rather than a figure. */
  readonly text: string | null;
}

const COMPARATORS: readonly [RegExp, IndicatorValue['comparator']][] = [
  [/^(≥|>=|＞=|大于等于|不低于|不少于)/u, '≥'],
  [/^(≤|<=|＜=|小于等于|不高于|不超过|不多于)/u, '≤'],
  [/^(>|＞|大于|高于)/u, '>'],
  [/^(<|＜|小于|低于)/u, '<'],
  [/^(=|＝|等于)/u, '='],
];

export function parseIndicatorValue(raw: string): IndicatorValue {
  const t = normalizeWidth(raw).replace(/\s+/g, '');
  let rest = t;
  let comparator: IndicatorValue['comparator'] = null;
  for (const [re, c] of COMPARATORS) {
    const m = re.exec(rest);
    if (m) {
      comparator = c;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  // A date or a deadline is words with digits: "2026年10月底", "6月25日前", "每月15日前".
  if (/\d{4}年|\d+月|\d+日/.test(rest)) return { raw, comparator, number: null, unit: null, text: t };
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(.*)$/.exec(rest);
  const digits = m && (m[1] !== undefined || m[2] !== undefined) ? `${(m[1] ?? '0').replace(/,/g, '')}${m[2] !== undefined ? `.${m[2]}` : ''}` : null;
  const tail = m ? m[3] : rest;
  // A short tail after a figure is its unit (人, 万元, %, 元/人/年); a long one makes the value a sentence.
  if (digits !== null && tail.length <= 8 && !/[，。；,;]/.test(tail)) {
    return { raw, comparator, number: new Decimal(digits), unit: tail === '' ? null : tail, text: null };
  }
  if (digits === null && comparator !== null && tail.length <= 6) return { raw, comparator, number: null, unit: tail === '' ? null : tail, text: null };
  return { raw, comparator, number: null, unit: null, text: t };
}

/** A value that states a figure or a comparison (not words such as 及时 or a 三级 name). */
export function looksLikeValue(raw: string): boolean {
  const v = parseIndicatorValue(raw);
  return v.number !== null || v.comparator !== null || /^\d/.test(normalizeWidth(raw).trim());
}

/** The value as an amount in 元 when it is one (1100万元 → 11000000, 30000元), else null. */
export function moneyInYuan(v: IndicatorValue | null): Decimal | null {
  if (!v || v.number === null || v.unit === null) return null;
  if (v.unit === '元') return v.number;
  if (v.unit === '万元') return v.number.times(10000);
  return null;
}

/** A head-count in persons (34人, ≥23.5万人 → 235000), else null. */
export function personsOf(v: IndicatorValue | null): Decimal | null {
  if (!v || v.number === null || v.unit === null) return null;
  if (v.unit === '人') return v.number;
  if (v.unit === '万人') return v.number.times(10000);
  return null;
}
