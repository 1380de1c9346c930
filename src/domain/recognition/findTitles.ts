import type { FormDef, Kind } from '../forms/formTypes';
import { ALL_FORMS } from '../forms/registry';
import { formByLabel, matchFormByTitle, parseLabel } from '../forms/matchTitle';
import { cellAt, cellText, columnCount, rowCount, type SheetSnapshot } from '../workbook/snapshot';
import { norm } from './normalize';
import { documentHeading } from './documentHeading';

/** Where a table starts in a sheet: its title (and label line), and the form it was matched to. */
export interface TitleHit {
  /** First row of the table: the label line when it stands above the title, else the title. */
  readonly startRow: number;
  readonly titleRow: number;
  readonly titleCol: number;
  readonly title: string;
  /** null when the block looks like a table but its title maps to no form. */
  readonly form: FormDef | null;
  /** The label line found beside the title (公开09表 → final 9), if any. */
  readonly label?: { readonly kind: Kind; readonly no: number };
  /** The texts of the few rows under the title (normalised): the header words profiles are told apart by. */
  readonly headerWords?: readonly string[];
}

const MAX_TITLE_CELLS = 3;

/** The non-empty cells of a row as [col, text], stopping early when there are too many. */
function rowTexts(sheet: SheetSnapshot, r: number, limit: number): [number, string][] {
  const out: [number, string][] = [];
  const row = sheet.values[r];
  if (!row) return out;
  for (let c = 0; c < row.length; c++) {
    const t = cellText(cellAt(sheet, r, c));
    if (t === '') continue;
    out.push([c, t]);
    if (out.length > limit) break;
  }
  return out;
}

function labelOf(sheet: SheetSnapshot, r: number): { kind: Kind; no: number } | undefined {
  const cells = rowTexts(sheet, r, MAX_TITLE_CELLS);
  if (cells.length === 0 || cells.length > MAX_TITLE_CELLS) return undefined;
  for (const [, t] of cells) {
    const l = parseLabel(t);
    if (l) return l;
  }
  return undefined;
}

/** A row with one short text that reads like a table title: ends in 表 (or 表（…）). */
function titleCandidate(sheet: SheetSnapshot, r: number): [number, string] | undefined {
  const cells = rowTexts(sheet, r, MAX_TITLE_CELLS);
  if (cells.length === 0 || cells.length > MAX_TITLE_CELLS) return undefined;
  const [c, t] = cells[0];
  const n = norm(t);
  if (n.length < 4 || n.length > 60) return undefined;
  if (!/表(\(.*\))?$/.test(n)) return undefined;
  // A title never holds a colon: "单位名称：…", "校验规则：未能识别的表" are label/value lines.
  if (/[:：]/.test(n) || /^(注|说明|单位|部门名称|金额单位)/.test(n) || parseLabel(t)) return undefined;
  // "XX 2024 年度部门决算表" above all the tables names the unit and year, not a table.
  if (documentHeading(t)) return undefined;
  return [c, t];
}

/** Does something table-like follow (a row with several cells) within a few rows? */
function tableFollows(sheet: SheetSnapshot, r: number): boolean {
  const end = Math.min(rowCount(sheet), r + 8);
  for (let i = r + 1; i < end; i++) if (rowTexts(sheet, i, 3).length >= 2) return true;
  return false;
}

/** Titles of tables in a sheet, each matched to one of `forms` (every known form by default). */
export function findTitles(sheet: SheetSnapshot, kindHint?: Kind, forms: readonly FormDef[] = ALL_FORMS): TitleHit[] {
  const hits: TitleHit[] = [];
  const n = rowCount(sheet);
  if (columnCount(sheet) === 0) return hits;
  for (let r = 0; r < n; r++) {
    const cand = titleCandidate(sheet, r);
    if (!cand) continue;
    const [col, title] = cand;
    // A label line just above or below the title confirms the table's number (部门公开表9 …).
    let label: { kind: Kind; no: number } | undefined;
    let startRow = r;
    for (const d of [-1, -2, 1, 2, 3]) {
      const rr = r + d;
      if (rr < 0 || rr >= n) continue;
      const l = labelOf(sheet, rr);
      if (l) {
        label = l;
        if (d < 0) startRow = rr;
        break;
      }
    }
    const form = formForTitle(title, label, kindHint, forms);
    if (!form && !tableFollows(sheet, r)) continue;
    if (hits.length > 0 && hits[hits.length - 1].titleRow >= startRow) startRow = r;
    hits.push({ startRow, titleRow: r, titleCol: col, title, form, ...(label ? { label } : {}), headerWords: wordsBelow(sheet, r, n) });
  }
  return hits;
}

/** The form of `forms` a title (and its label line) names: by title within the label's kind, then any kind, then by label. */
export function formForTitle(title: string, label: { kind: Kind; no: number } | undefined, kindHint: Kind | undefined, forms: readonly FormDef[]): FormDef | null {
  return matchFormByTitle(title, label?.kind ?? kindHint, forms) ?? matchFormByTitle(title, undefined, forms) ?? (label ? formByLabel(forms, label) ?? null : null);
}

/** The texts of up to six rows under a title, normalised (at most 12 cells a row). */
function wordsBelow(sheet: SheetSnapshot, r: number, n: number): string[] {
  const out: string[] = [];
  for (let i = r + 1; i < Math.min(n, r + 7); i++) for (const [, t] of rowTexts(sheet, i, 12)) out.push(norm(t));
  return out;
}
