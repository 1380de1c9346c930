import { cellText, type SheetSnapshot } from '../workbook/snapshot';

/**
 * The line some regions print once above the tables: "中共上海市普陀区委社会工作部 2024 年度部门决算表".
 * It names the unit and the year (the national tables print neither on their own lines) and is no
 * table's title.
 */
const HEADING = /^(.+?)((?:19|20)\d{2})年度?(?:部门|单位)(?:决算|预算)(?:公开)?表$/;

export function documentHeading(text: string): { unit: string; year: number } | null {
  const m = HEADING.exec(text.replace(/\s+/g, ''));
  return m ? { unit: m[1], year: Number(m[2]) } : null;
}

/** The first document heading among the rows of a sheet above `before` (its first table). */
export function headingAbove(sheet: SheetSnapshot, before: number): { unit: string; year: number } | null {
  for (let r = 0; r < before && r < sheet.values.length; r++) {
    for (const v of sheet.values[r] ?? []) {
      const t = cellText(v ?? null);
      if (t === '') continue;
      const h = documentHeading(t);
      if (h) return h;
    }
  }
  return null;
}
