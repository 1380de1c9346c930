import type { Narrative, NarrativeParagraph } from './narrativeTypes';

/**
 * Which paragraphs of a generated 情况说明 an edit made after generation invalidates: a paragraph is
 * stale when one of its figures' source cells lies in a changed range. Pure: the pane feeds it the
 * ranges Excel reported and draws the markers.
 */

/** A range the user changed after generation. */
export interface ChangedRange {
  /**
   * The sheet's name, or null when the change came from a sheet that cannot be named (Office.js
   * reports worksheet ids): such a change may touch any sheet, so it only makes paragraphs *possibly* stale.
   */
  readonly sheet: string | null;
  /** A1 cell or range as Excel reports it: "C6", "C5:E9", "C:C", "5:7", "$C$6", "表3!C6", comma lists. */
  readonly address: string;
}

/** 'stale': a source cell was edited; 'possibly': an edit on a sheet we could not name. */
export type Staleness = 'stale' | 'possibly';

export interface StaleParagraph {
  /** Index into narrative.sections. */
  readonly section: number;
  /** Index into that section's paragraphs. */
  readonly paragraph: number;
  readonly staleness: Staleness;
}

/** A rectangle of cells, 0-based and inclusive; whole rows/columns run to Infinity. */
export interface Area {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Column letters to a 0-based index ("A" → 0, "AA" → 26). */
function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function endpoint(s: string): { col?: number; row?: number } | null {
  const m = CELL.exec(s.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) - 1 : undefined;
  if (row !== undefined && row < 0) return null;
  return { col: m[1] ? columnIndex(m[1]) : undefined, row };
}

/**
 * One A1 area without a sheet prefix: "C6", "C5:E9", "C:E" (whole columns), "5:7" (whole rows).
 * Null for anything else, so callers can treat an address they cannot read conservatively.
 */
export function parseArea(a1: string): Area | null {
  const parts = a1.split(':');
  if (parts.length > 2) return null;
  const a = endpoint(parts[0]);
  const b = parts.length === 2 ? endpoint(parts[1]) : a;
  if (!a || !b) return null;
  const hasCol = a.col !== undefined;
  const hasRow = a.row !== undefined;
  // Both ends must be the same kind: cell:cell, col:col or row:row ("C" or "5" alone is no address).
  if (hasCol !== (b.col !== undefined) || hasRow !== (b.row !== undefined)) return null;
  if (parts.length === 1 && !(hasCol && hasRow)) return null;
  const c1 = hasCol ? Math.min(a.col!, b.col!) : 0;
  const c2 = hasCol ? Math.max(a.col!, b.col!) : Infinity;
  const r1 = hasRow ? Math.min(a.row!, b.row!) : 0;
  const r2 = hasRow ? Math.max(a.row!, b.row!) : Infinity;
  return { r1, c1, r2, c2 };
}

/**
 * The areas of an address as Excel writes it: sheet prefixes ("表3!C6", "'a,b'!C6") dropped, comma
 * lists split outside quotes. Null when any part cannot be read.
 */
export function parseAreas(address: string): Area[] | null {
  const out: Area[] = [];
  let cur = '';
  let quoted = false;
  const push = (): boolean => {
    const s = cur.trim();
    cur = '';
    if (!s) return true;
    const bang = s.lastIndexOf('!');
    const area = parseArea(bang >= 0 ? s.slice(bang + 1) : s);
    if (area) out.push(area);
    return area !== null;
  };
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (!push()) return null;
      continue;
    }
    cur += ch;
  }
  if (!push()) return null;
  return out.length > 0 ? out : null;
}

export function areasIntersect(a: Area, b: Area): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/**
 * Whether two A1 addresses on the same sheet share a cell. An address that cannot be read counts as
 * the whole sheet: a missed stale paragraph is worse than one marked too many.
 */
export function rangesIntersect(a: string, b: string): boolean {
  const x = parseAreas(a);
  const y = parseAreas(b);
  if (!x || !y) return true;
  return x.some((p) => y.some((q) => areasIntersect(p, q)));
}

/**
 * The paragraphs the changes invalidate, in reading order. A change on a named sheet marks the
 * paragraphs with a figure drawn from a cell it covers; a change on an unnamed sheet marks every
 * paragraph with a figure drawn from a workbook sheet as possibly stale (never both for one paragraph:
 * 'stale' wins). `workbookSheets` (the sheets the narrative was generated from) keeps figures from the
 * prior-year file out of the unnamed case; without it every figure counts.
 */
export function staleParagraphs(
  narrative: Narrative,
  changes: readonly ChangedRange[],
  workbookSheets?: ReadonlySet<string>,
): StaleParagraph[] {
  const named = changes.filter((c): c is ChangedRange & { sheet: string } => c.sheet !== null);
  const unnamed = changes.some((c) => c.sheet === null);
  const out: StaleParagraph[] = [];
  narrative.sections.forEach((s, section) =>
    s.paragraphs.forEach((p, paragraph) => {
      const staleness = paragraphStaleness(p, named, unnamed, workbookSheets);
      if (staleness) out.push({ section, paragraph, staleness });
    }),
  );
  return out;
}

function paragraphStaleness(
  p: NarrativeParagraph,
  named: readonly { readonly sheet: string; readonly address: string }[],
  unnamed: boolean,
  workbookSheets: ReadonlySet<string> | undefined,
): Staleness | null {
  let possibly = false;
  for (const r of p.runs) {
    for (const src of r.sources ?? []) {
      if (named.some((c) => c.sheet === src.sheet && rangesIntersect(c.address, src.address))) return 'stale';
      if (unnamed && (!workbookSheets || workbookSheets.has(src.sheet))) possibly = true;
    }
  }
  return possibly ? 'possibly' : null;
}
