import Decimal from 'decimal.js';
import { CellValue, isCellError } from '../workbook/snapshot';

/**
 * Reading an amount the way accountants type or paste it. The three states of design.md §3:
 * blank, a number (zero included), and "not applicable" (a dash). Anything else is a problem to
 * report at its cell — never a crash and never a silent zero.
 */
export type AmountState = 'empty' | 'na' | 'amount' | 'error' | 'invalid';

export interface ParsedAmount {
  readonly state: AmountState;
  /** The amount as entered (binary-float noise removed); null unless state is 'amount'. */
  readonly value: Decimal | null;
  /** True when the cell holds text that reads as a number ("2,911.06", "２９１１．０６万元"). */
  readonly asText: boolean;
  /** For 'error' and 'invalid': what the cell holds, for the message. */
  readonly raw?: string;
  /** For 'invalid': a number too large for any disclosure (or not finite), rather than text. */
  readonly tooLarge?: boolean;
}

/**
 * No disclosure holds an amount of 10^15 万元 or more (the whole world's GDP is under 10^10 万元):
 * such a figure is a typing or conversion accident, and beyond it binary floats cannot even
 * round-trip through two decimals. It is reported at its cell like text in an amount cell.
 */
export const MAX_AMOUNT = new Decimal('1e15');

/** How a value that is not a finite number is shown, as Excel shows an overflow: never "Infinity" or "NaN". */
export const NOT_FINITE = '#NUM!';

const EMPTY: ParsedAmount = { state: 'empty', value: null, asText: false };
const NA: ParsedAmount = { state: 'na', value: null, asText: false };

/** Dashes people use for "not applicable"; 06表 prints runs of them (—————). */
const DASHES = /^[-－—–―‐‑‒ー一_＿]+$/u;

/** Full-width and look-alike characters people paste, and what they stand for. */
const WIDTH_FOLD: Readonly<Record<string, string>> = {
  '．': '.', '。': '.', '，': ',', '、': ',', '－': '-', '−': '-', '＋': '+', '（': '(', '）': ')',
};
const WIDTH_CHARS = /[\uFF10-\uFF19．。，、－−＋（）\u3000\u00a0\u2002-\u200b\ufeff]/g;

/** Full-width digits and punctuation folded to ASCII, odd spaces to a space; one pass, and none for plain text. */
export function normalizeWidth(s: string): string {
  return s.replace(WIDTH_CHARS, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
    return WIDTH_FOLD[c] ?? ' ';
  });
}

const NUMBER_TEXT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * Turns a finite JS number read from a host into the decimal the user typed (2911.0600000000004 →
 * 2911.06). Decimal reads the 15-digit text itself: through Number, 1.7976931348623157e308 would
 * round up to Infinity.
 */
export function decimalFromNumber(n: number): Decimal {
  return new Decimal(n.toPrecision(15));
}

function tooLarge(raw: string): ParsedAmount {
  return { state: 'invalid', value: null, asText: false, raw, tooLarge: true };
}

export function parseAmount(v: CellValue): ParsedAmount {
  if (v === null || v === undefined) return EMPTY;
  if (isCellError(v)) return { state: 'error', value: null, asText: false, raw: v.error };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return tooLarge(NOT_FINITE);
    if (Math.abs(v) >= MAX_AMOUNT.toNumber()) return tooLarge(String(v));
    return { state: 'amount', value: decimalFromNumber(v), asText: false };
  }
  if (typeof v === 'boolean') return { state: 'invalid', value: null, asText: false, raw: v ? 'TRUE' : 'FALSE' };
  const original = v;
  let s = normalizeWidth(v).trim();
  if (s === '') return EMPTY;
  if (/^#[A-Z0-9/]+[!?]?$|^#N\/A$/i.test(s)) return { state: 'error', value: null, asText: false, raw: s };
  if (DASHES.test(s.replace(/\s+/g, ''))) return NA;
  s = s.replace(/\s+/g, '');
  s = s.replace(/(万元|元)$/u, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  const m = NUMBER_TEXT.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    return { state: 'invalid', value: null, asText: true, raw: original.trim() };
  }
  const digits = `${(m[2] ?? '0').replace(/,/g, '')}${m[3] !== undefined ? `.${m[3]}` : ''}`;
  let value = new Decimal(digits);
  if (m[1] === '-' !== negative) value = value.negated();
  if (value.abs().gte(MAX_AMOUNT)) return { ...tooLarge(original.trim()), asText: true };
  return { state: 'amount', value, asText: true };
}

/** Why a cell is unreadable, after "内容“…”": 是错误值, 不是金额, or too large to be one. */
export function unreadableWhy(a: ParsedAmount): string {
  if (a.state === 'error') return '是错误值';
  return a.tooLarge ? '超出公开金额的可能范围（应小于 10^15 万元）' : '不是金额';
}

/** The amount as printed in 万元 with two decimals (half up), which is what published sums compare. */
export function printed(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Zero for blank and dash, the value otherwise: blank and 0.00 are equal in sums (design.md §3). */
export function valueOrZero(a: ParsedAmount): Decimal {
  return a.value ?? ZERO;
}

export const ZERO = new Decimal(0);

/** "2911.06" — exactly two decimals, no separators: the form used in findings and JSON. */
export function plain(d: Decimal): string {
  if (!d.isFinite()) return NOT_FINITE;
  return printed(d).toFixed(2);
}
