import { normalizeWidth } from '../money/amount';
import { memoText } from '../text/memoText';

/**
 * Text as recognition compares it: full-width forms folded, every space removed (PDF pastes
 * wrap "社会保障和就 业支出"), quotes and brackets unified, and a four-digit year replaced by Y so
 * "2025年合计" matches "{year}年合计" in any year.
 */
export const norm = memoText((text: string): string =>
  normalizeWidth(text)
    .replace(/\{year\}/g, 'Y')
    .replace(/(19|20)\d{2}/g, 'Y')
    .replace(/\s+/g, '')
    .replace(/[“”"‘’'「」]/g, '')
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')'),
);

/**
 * A label without its ordinal: "八、社会保障和就业支出" → "社会保障和就业支出", "①公务用车购置费" → "公务用车购置费".
 * norm folds 、 to a comma, so both are ordinals after 一…十.
 */
export function withoutOrdinal(normalized: string): string {
  return normalized.replace(/^([一二三四五六七八九十]+[、,]|\([一二三四五六七八九十]+\)|[①②③④⑤⑥⑦⑧⑨⑩]|\d+[.、])/, '');
}

/** Subject codes: 类 3, 款 5, 项 7 digits (经济分类 3 / 5). */
export const CODE = /^\d{3}(\d{2}){0,2}$/;

/** A cell's text with the wrap spaces of a PDF paste removed, for names shown to people. */
export function joinedName(text: string): string {
  return text.replace(/\s+/g, '').trim();
}
