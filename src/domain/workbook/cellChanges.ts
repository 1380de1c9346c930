import { isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from './snapshot';

/** One cell whose value differs between two reads of a workbook (0-based row and column). */
export interface CellChange {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly before: CellValue;
  readonly after: CellValue;
}

/**
 * The cells whose values differ between two reads of a workbook, or null when more than values
 * changed — sheets added, removed, renamed or reordered, merges, the add-in's metadata, the imported
 * 科目表 — or more than `limit` cells did. Sheets a patched read shares with the last one are
 * skipped without a look, so an edit costs a comparison of the sheets it touched.
 */
export function cellChanges(before: WorkbookSnapshot, after: WorkbookSnapshot, limit = 1000): CellChange[] | null {
  if (before.sheets.length !== after.sheets.length || before.catalogXml !== after.catalogXml) return null;
  if (before.metadata !== after.metadata && JSON.stringify(before.metadata) !== JSON.stringify(after.metadata)) return null;
  const out: CellChange[] = [];
  for (let i = 0; i < before.sheets.length; i++) {
    const a = before.sheets[i];
    const b = after.sheets[i];
    if (a === b) continue;
    if (a.name !== b.name || !sameMerges(a, b)) return null;
    if (a.values === b.values) continue;
    const rows = Math.max(a.values.length, b.values.length);
    for (let r = 0; r < rows; r++) {
      const x = a.values[r] ?? [];
      const y = b.values[r] ?? [];
      if (x === y) continue;
      const cols = Math.max(x.length, y.length);
      for (let c = 0; c < cols; c++) {
        const v = x[c] ?? null;
        const w = y[c] ?? null;
        if (sameValue(v, w)) continue;
        if (out.length === limit) return null;
        out.push({ sheet: a.name, row: r, col: c, before: v, after: w });
      }
    }
  }
  return out;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  return isCellError(a) && isCellError(b) && a.error === b.error;
}

function sameMerges(a: SheetSnapshot, b: SheetSnapshot): boolean {
  const x = a.merges ?? [];
  const y = b.merges ?? [];
  return x === y || (x.length === y.length && x.every((m, i) => m === y[i]));
}
