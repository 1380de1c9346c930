import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { cellKey, isCellError } from '../../domain/workbook/snapshot';
import { parseRange, rangeAddress } from '../../domain/workbook/a1';
import type { WorkbookChange } from '../workbookGateway';
import { cellFromRead, toCellValue } from './readWorkbook';

/**
 * Reading only what an edit changed (issue 13 item 2). The last whole read is kept; a user's edits
 * patch it: the cells of the events' ranges are read again (values, types, formulas, number formats),
 * and so are the current values of every formula cell, whose results an edit can change without an event
 * of its own. All of it in one read sync. Anything that moves cells or sheets (rows or columns inserted
 * or deleted, sheets added, renamed or deleted) or an edit too large to patch asks for a whole read.
 */

/** The last whole read: its snapshot and the sheet ids (what change events name) in tab order. */
export interface KeptRead {
  readonly snapshot: WorkbookSnapshot;
  readonly ids: readonly { readonly id: string; readonly name: string }[];
}

/** One range to read again, on a sheet known by id (events give ids) and by name (the snapshot's). */
export interface PatchRange {
  readonly id: string;
  readonly sheet: string;
  readonly address: string;
}

export type PatchPlan =
  | { readonly kind: 'whole'; readonly reason: string }
  | { readonly kind: 'patch'; readonly edits: readonly PatchRange[]; readonly formulas: readonly PatchRange[] };

/** Change types that leave every cell where it was (the memory gateway's events carry none: edits). */
const IN_PLACE = new Set(['RangeEdited']);

/** Over this many edited cells (a large paste) a whole read, which goes blockwise when it must, is better. */
export const MAX_PATCH_CELLS = 20000;

/** What to read for these edits, or why the workbook must be read whole. */
export function planPatch(kept: KeptRead | null, changes: readonly WorkbookChange[]): PatchPlan {
  if (!kept) return { kind: 'whole', reason: 'nothing kept' };
  const nameOf = new Map(kept.ids.map((s) => [s.id, s.name]));
  // The memory gateway's events name sheets, not ids.
  for (const s of kept.ids) if (!nameOf.has(s.name)) nameOf.set(s.name, s.name);
  const idOf = new Map(kept.ids.map((s) => [s.name, s.id]));
  const edits: PatchRange[] = [];
  let cells = 0;
  for (const c of changes) {
    if (c.changeType !== undefined && !IN_PLACE.has(c.changeType)) return { kind: 'whole', reason: c.changeType };
    const sheet = nameOf.get(c.sheet);
    if (sheet === undefined) return { kind: 'whole', reason: 'a sheet the last read did not have' };
    let size: number;
    try {
      const r = parseRange(c.address);
      size = (r.end.row - r.start.row + 1) * (r.end.col - r.start.col + 1);
    } catch {
      return { kind: 'whole', reason: `whole rows or columns (${c.address})` };
    }
    cells += size;
    if (cells > MAX_PATCH_CELLS) return { kind: 'whole', reason: 'a large edit' };
    if (!edits.some((e) => e.sheet === sheet && e.address === c.address)) edits.push({ id: idOf.get(sheet) ?? c.sheet, sheet, address: c.address });
  }
  const formulas = kept.snapshot.sheets.flatMap((s) => formulaRuns(s).map((address) => ({ id: idOf.get(s.name) ?? s.name, sheet: s.name, address })));
  return { kind: 'patch', edits, formulas };
}

/** A sheet's formula cells as row runs ("B7:F7"): few ranges, since a template's totals sit side by side. */
export function formulaRuns(sheet: SheetSnapshot): string[] {
  const byRow = new Map<number, number[]>();
  for (const key of sheet.formulas ?? []) {
    const [r, c] = key.split(',').map(Number);
    const cols = byRow.get(r) ?? [];
    cols.push(c);
    byRow.set(r, cols);
  }
  const runs: string[] = [];
  for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
    cols.sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      runs.push(rangeAddress(row, start, row, cols[i - 1]));
      start = cols[i];
    }
  }
  return runs;
}

/** A range as read: what Office.js gives for values, types, formulas and number formats (the last two only for edits). */
export interface ReadBack {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  readonly numberFormat?: readonly (readonly unknown[])[];
}

/** The kept snapshot with the ranges read back written into it; sheets not touched are shared, not copied. */
export function patchSnapshot(
  snapshot: WorkbookSnapshot,
  edits: readonly (PatchRange & { readonly read: ReadBack })[],
  formulas: readonly (PatchRange & { readonly read: ReadBack })[],
): WorkbookSnapshot {
  const touched = new Map<string, MutableSheet>();
  const sheetOf = (name: string): MutableSheet | null => {
    const found = touched.get(name);
    if (found) return found;
    const s = snapshot.sheets.find((x) => x.name === name);
    if (!s) return null;
    // Rows are copied when a cell of theirs changes: the rest are the kept read's, shared.
    const copy: MutableSheet = {
      ...s,
      values: s.values.slice(),
      copied: new Set(),
      formulas: new Set(s.formulas ?? []),
      textFormatted: new Set(s.textFormatted ?? []),
    };
    touched.set(name, copy);
    return copy;
  };
  for (const f of formulas) {
    const sheet = sheetOf(f.sheet);
    if (!sheet) continue;
    const { start } = parseRange(f.address);
    f.read.values.forEach((line, i) => line.forEach((raw, j) => put(sheet, start.row + i, start.col + j, toCellValue(raw, f.read.valueTypes[i]?.[j]))));
  }
  // Edits last: a formula cell the user has just overtyped is a plain cell now.
  for (const e of edits) {
    const sheet = sheetOf(e.sheet);
    if (!sheet) continue;
    const { start } = parseRange(e.address);
    e.read.values.forEach((line, i) =>
      line.forEach((raw, j) => {
        const row = start.row + i;
        const col = start.col + j;
        const cell = cellFromRead(raw, e.read.valueTypes[i]?.[j], e.read.formulas?.[i]?.[j], e.read.numberFormat?.[i]?.[j]);
        const key = cellKey(row, col);
        if (cell.formula) sheet.formulas.add(key);
        else sheet.formulas.delete(key);
        if (cell.text) sheet.textFormatted.add(key);
        else sheet.textFormatted.delete(key);
        put(sheet, row, col, cell.value);
      }),
    );
  }
  for (const s of touched.values()) trim(s);
  return { ...snapshot, sheets: snapshot.sheets.map((s) => (touched.has(s.name) ? finished(touched.get(s.name)!) : s)) };
}

/** A patched sheet as the snapshot holds it, without the bookkeeping. */
function finished(sheet: MutableSheet): SheetSnapshot {
  const { copied: _copied, ...snapshot } = sheet;
  return snapshot;
}

interface MutableSheet extends SheetSnapshot {
  readonly values: (readonly CellValue[])[];
  /** The rows copied so far (the others are shared with the kept read and never written). */
  readonly copied: Set<number>;
  readonly formulas: Set<string>;
  readonly textFormatted: Set<string>;
}

function put(sheet: MutableSheet, row: number, col: number, value: CellValue): void {
  const old = sheet.values[row]?.[col] ?? null;
  if (old === value || (isCellError(old) && isCellError(value) && old.error === value.error)) return;
  while (sheet.values.length <= row) sheet.values.push([]);
  let line = sheet.values[row] as CellValue[];
  if (!sheet.copied.has(row)) {
    line = [...sheet.values[row]];
    sheet.values[row] = line;
    sheet.copied.add(row);
  }
  while (line.length <= col) line.push(null);
  line[col] = value;
}

/** As a whole read gives them: no trailing empty cells in a row, no trailing empty rows. */
function trim(sheet: MutableSheet): void {
  for (const r of sheet.copied) {
    const line = sheet.values[r] as CellValue[];
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
  }
  const values = sheet.values;
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
}
