import Decimal from 'decimal.js';

/** What a figure counts: money (万元 after conversion), a percentage, or things (个, 辆, 人…). */
export type FigureKind = 'amount' | 'percent' | 'count';

/** A figure as written in a paragraph: where it is, its digits and unit, its value. */
export interface WrittenFigure {
  /** Offsets in the paragraph text: the digits start, the unit end. */
  readonly start: number;
  readonly end: number;
  /** Exactly as written, digits and unit ("2,911.06万元", "93.01%", "22个", "307.82 万元"). */
  readonly quote: string;
  readonly kind: FigureKind;
  /** The unit as written: 万元, 元, 亿元, %, 个, 辆, 人, 人次… */
  readonly unit: string;
  /** In 万元 for amounts (元 and 亿元 converted exactly), as written otherwise. */
  readonly value: Decimal;
  /** Decimal places as written (2 for "2,911.06", 1 for "91.6", 0 for "100"). */
  readonly decimals: number;
}

const COUNT_UNITS = ['台（套）', '台(套)', '平方米', '人次', '批次', '个', '辆', '人', '台', '套', '张', '项', '次', '家', '户', '间'];
const UNITS = ['万元', '亿元', '元', '%', '％', ...COUNT_UNITS];
const UNIT_RE = UNITS.map((u) => u.replace(/[()]/gu, (c) => `\\${c}`)).join('|');
const FIGURE = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)[ \\u3000]*(${UNIT_RE})?`, 'gu');

/** Full-width digits and point as ASCII, one character for one (offsets stay valid). */
export function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0E]/gu, (c) => (c === '\uFF0E' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Every figure a paragraph states: a number with a unit of money, percent or count. Not figures:
 * years (2025年, 2025-2027), dates (12月31日), document numbers (〔2022〕55号), list numbers (1、) —
 * none has such a unit — thresholds (价值50万元（原值）以上, 单价100万元（含）以上), standards
 * (3360元/人/年) and bare numbers (编号, 得分).
 */
export function figuresIn(rawText: string): WrittenFigure[] {
  const text = asciiDigits(rawText);
  const out: WrittenFigure[] = [];
  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(text)) !== null) {
    const [whole, digits, unit] = m;
    const start = m.index;
    const end = start + whole.length;
    if (!unit) continue;
    if (!isFigure(text, start, end)) continue;
    const plain = digits.replace(/,/gu, '');
    if (!/^\d+(\.\d+)?$/u.test(plain) || plain.replace('.', '').length > 15) continue;
    const written = new Decimal(plain);
    const kind: FigureKind = unit === '%' || unit === '％' ? 'percent' : COUNT_UNITS.includes(unit) ? 'count' : 'amount';
    const value = unit === '元' ? written.div(10000) : unit === '亿元' ? written.times(10000) : written;
    out.push({ start, end, quote: rawText.slice(start, end), kind, unit, value, decimals: plain.includes('.') ? plain.split('.')[1].length : 0 });
  }
  return out;
}

function isFigure(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 8);
  // Part of a code (A150201) or the far end of a range (3000—4000人, 2025-2027).
  if (/[A-Za-z.]$/u.test(before) || /\d[-—–~至]$/u.test(before)) return false;
  // A threshold or a standard, not a figure: 50万元（原值）以上, 100万元（含）以上, 1000人以下, 3360元/人/年.
  if (/^\s*(（[^）]{0,4}）|\([^)]{0,4}\))?\s*(以上|以下|以内)/u.test(after)) return false;
  if (/^\s*\//u.test(after)) return false;
  return true;
}
