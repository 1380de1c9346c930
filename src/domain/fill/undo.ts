import { parseAddress, parseRange, rangeAddress } from '../workbook/a1';
import { cellKey, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import type { CellWrite, FillConflict, FillPlan, RowInsertion } from './fillTypes';

/** What 撤销 needs to put a workbook back exactly as it was before a plan was applied. */
export interface UndoRecord {
  /** Cells written, at their post-insertion positions, with what they held and the row's length. */
  readonly cells: readonly {
    readonly sheet: string;
    readonly row: number;
    readonly col: number;
    readonly previous: CellValue;
    /** Length of values[row] before the write (-1: the row did not exist). */
    readonly rowLength: number;
  }[];
  /** Inserted rows at their final 0-based positions, bottom-up. */
  readonly insertedRows: readonly { readonly sheet: string; readonly row: number }[];
  /** Per touched sheet: its row count and row-keyed sets before anything was applied. */
  readonly sheets: readonly {
    readonly name: string;
    readonly rowCount: number;
    readonly textFormatted?: ReadonlySet<string>;
    readonly formulas?: ReadonlySet<string>;
    readonly merges?: readonly string[];
  }[];
}

interface MutableSheet {
  name: string;
  values: CellValue[][];
  textFormatted?: Set<string>;
  formulas?: Set<string>;
  merges?: string[];
}

/**
 * Applies a plan to a snapshot the way the adapters apply it to a workbook: insertions first
 * (bottom-up, each at its beforeRow), then the writes, then the conflicts the user accepted.
 * Pure: returns a new snapshot and the record that undoes it.
 */
export function applyPlanToSnapshot(
  wb: WorkbookSnapshot,
  plan: FillPlan,
  accept: (conflict: FillConflict) => boolean = () => false,
): { wb: WorkbookSnapshot; undo: UndoRecord } {
  const touched = new Set<string>([
    ...plan.insertions.map((i) => i.sheet),
    ...plan.writes.map((w) => w.sheet),
    ...plan.conflicts.map((c) => c.sheet),
  ]);
  const sheets = new Map<string, MutableSheet>();
  const undoSheets: UndoRecord['sheets'][number][] = [];
  for (const s of wb.sheets) {
    if (!touched.has(s.name)) continue;
    sheets.set(s.name, {
      name: s.name,
      values: s.values.map((r) => [...r]),
      textFormatted: s.textFormatted ? new Set(s.textFormatted) : undefined,
      formulas: s.formulas ? new Set(s.formulas) : undefined,
      merges: s.merges ? [...s.merges] : undefined,
    });
    undoSheets.push({ name: s.name, rowCount: s.values.length, textFormatted: s.textFormatted, formulas: s.formulas, merges: s.merges });
  }

  const inserted: { sheet: string; row: number }[] = [];
  const ordered = [...plan.insertions].sort((a, b) => b.beforeRow - a.beforeRow);
  for (const ins of ordered) {
    const s = sheets.get(ins.sheet);
    if (!s) continue;
    insertRow(s, ins);
    for (const r of inserted) if (r.sheet === ins.sheet && r.row >= ins.beforeRow) r.row++;
    inserted.push({ sheet: ins.sheet, row: ins.beforeRow });
  }

  const cells: UndoRecord['cells'][number][] = [];
  const write = (w: CellWrite) => {
    const s = sheets.get(w.sheet);
    if (!s) return;
    const { row, col } = parseAddress(w.address);
    const rowLength = row < s.values.length ? s.values[row].length : -1;
    while (s.values.length <= row) s.values.push([]);
    const r = s.values[row];
    const previous = col < r.length && r[col] !== undefined ? r[col] : null;
    while (r.length <= col) r.push(null);
    r[col] = w.value;
    if (typeof w.value === 'string' && /^\d+$/.test(w.value)) {
      // As the xlsx adapter does: a written code is text-formatted.
      s.textFormatted = s.textFormatted ?? new Set();
      s.textFormatted.add(cellKey(row, col));
    }
    cells.push({ sheet: w.sheet, row, col, previous, rowLength });
  };
  plan.writes.forEach(write);
  plan.conflicts.filter((c) => accept(c)).forEach(write);

  const out: WorkbookSnapshot = {
    ...wb,
    sheets: wb.sheets.map((s) => (sheets.has(s.name) ? freeze(s, sheets.get(s.name)!) : s)),
  };
  return { wb: out, undo: { cells, insertedRows: [...inserted].sort((a, b) => b.row - a.row), sheets: undoSheets } };
}

/** 撤销: restores the written cells, removes the inserted rows, and puts back row-keyed formats. */
export function undoPlan(wb: WorkbookSnapshot, undo: UndoRecord): WorkbookSnapshot {
  const sheets = new Map<string, CellValue[][]>();
  for (const s of wb.sheets) if (undo.sheets.some((u) => u.name === s.name)) sheets.set(s.name, s.values.map((r) => [...r]));
  for (const c of [...undo.cells].reverse()) {
    const values = sheets.get(c.sheet);
    if (!values) continue;
    if (c.rowLength < 0) {
      values[c.row] = [];
      continue;
    }
    const r = values[c.row];
    r[c.col] = c.previous;
    r.length = c.rowLength;
  }
  for (const i of undo.insertedRows) sheets.get(i.sheet)?.splice(i.row, 1);
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      const u = undo.sheets.find((x) => x.name === s.name);
      const values = sheets.get(s.name);
      if (!u || !values) return s;
      values.length = Math.min(values.length, u.rowCount);
      const restored: SheetSnapshot = { ...s, values, textFormatted: u.textFormatted, formulas: u.formulas, merges: u.merges };
      return stripUndefined(restored, s);
    }),
  };
}

function insertRow(s: MutableSheet, ins: RowInsertion): void {
  const at = ins.beforeRow;
  while (s.values.length < at) s.values.push([]);
  s.values.splice(at, 0, [...ins.values].map((v) => (v === undefined ? null : v)));
  const shiftKeys = (set?: Set<string>) => {
    if (!set) return set;
    const next = new Set<string>();
    for (const k of set) {
      const [r, c] = k.split(',').map(Number);
      next.add(cellKey(r >= at ? r + 1 : r, c));
    }
    return next;
  };
  s.textFormatted = shiftKeys(s.textFormatted);
  s.formulas = shiftKeys(s.formulas);
  if (s.merges) {
    s.merges = s.merges.map((m) => {
      const { start, end } = parseRange(m);
      if (end.row < at) return m;
      const r1 = start.row >= at ? start.row + 1 : start.row;
      return rangeAddress(r1, start.col, end.row + 1, end.col);
    });
  }
  // Codes are text in the templates; mark them like the xlsx adapter does for written codes.
  ins.values.forEach((v, c) => {
    if (typeof v === 'string' && /^\d+$/.test(v)) {
      s.textFormatted = s.textFormatted ?? new Set();
      s.textFormatted.add(cellKey(at, c));
    }
  });
}

function freeze(original: SheetSnapshot, s: MutableSheet): SheetSnapshot {
  return stripUndefined({ ...original, values: s.values, textFormatted: s.textFormatted, formulas: s.formulas, merges: s.merges }, original);
}

/** Keeps the snapshot's shape: optional fields absent in the original stay absent. */
function stripUndefined(s: SheetSnapshot, original: SheetSnapshot): SheetSnapshot {
  const out: Record<string, unknown> = { ...s };
  for (const k of ['textFormatted', 'formulas', 'merges'] as const) {
    if (out[k] === undefined && !(k in original)) delete out[k];
  }
  return out as unknown as SheetSnapshot;
}
