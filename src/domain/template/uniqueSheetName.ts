/**
 * A sheet name Excel accepts and that no existing sheet has: at most 31 characters, none of
 * []:*?/\, not starting or ending with an apostrophe, compared case-insensitively (Excel's rule).
 * A clash gets " (2)", " (3)"…, the wanted name trimmed so the suffix fits.
 */
export const MAX_SHEET_NAME = 31;

export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return [...(cleaned || 'Sheet')].slice(0, MAX_SHEET_NAME).join('').trim();
}

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    // Count characters, not UTF-16 units: Excel's 31 is characters (CJK are one each).
    const stem = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('').trimEnd();
    const name = `${stem}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
