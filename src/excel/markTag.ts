import type { Severity } from '../domain/findings/finding';

/**
 * Marks are conditional formats whose custom formula carries a marker string. The formula is always
 * true, so the cell is highlighted, and the marker tells our formats from the user's: clearing removes
 * only formats whose formula contains MARK_TAG. This survives reloads and copies of marked cells
 * (a list of created ids would not: ids are lost with the session and copies get new ids), and never
 * needs `clearAll()`, which would also delete the user's rules and the templates' sum rules.
 */
export const MARK_TAG = 'budget-disclosure-mark';

export function markFormula(severity: Severity): string {
  return `="${MARK_TAG}:${severity}"<>""`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(MARK_TAG);
}

/** Light fills that keep the figures readable (Excel's own "bad" / "neutral" styles). */
export const MARK_COLORS: Record<Severity, { readonly fill: string; readonly font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};
