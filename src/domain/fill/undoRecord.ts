import { decimalFromNumber } from '../money/amount';
import { parseAddress } from '../workbook/a1';
import { isCellError, type CellValue, type WorkbookSnapshot } from '../workbook/snapshot';

/** One cell a fill wrote: what it wrote (to tell later whether the user changed it) and what it held before. */
export interface UndoCell {
  readonly sheet: string;
  readonly address: string;
  /** What fill wrote. */
  readonly written: string | number | null;
  /** What the cell held before the write (the cached result when it held a formula). */
  readonly value: CellValue;
  /** The formula the cell held, or null. */
  readonly formula: string | null;
  /** Its number format before the write ("@" for text); restored before the value so a code stays text. */
  readonly numberFormat: string;
}

/** A row fill inserted, at its final 0-based position, with the values the insertion wrote. */
export interface UndoRow {
  readonly sheet: string;
  readonly row: number;
  readonly values: readonly (string | number | null)[];
}

/**
 * A sheet the fill added from the template (填充 › 从模板添加): 撤销 deletes it while it is the same
 * sheet (same id, same name) and holds what the add-in left there.
 */
export interface UndoSheet {
  readonly name: string;
  /** Worksheet.id when added: a rename keeps it, another sheet given this name has another. */
  readonly id: string;
  /** Its cells right after the fill (template and fill's writes), row-major from A1, as the host read them. */
  readonly values: readonly (readonly CellValue[])[];
  /** Cells holding a formula ("row,col"): compared as formulas, since their values follow the amounts. */
  readonly formulas: readonly string[];
}

/**
 * What 撤销 needs after the pane was closed or Excel restarted: kept in the workbook's own custom
 * XML part (undoRecordXml.ts), one record for the latest fill.
 */
export interface FillUndoRecord {
  /** ISO 8601 time of the fill. */
  readonly filledAt: string;
  /** Who filled: the task pane or the command line (`fill --out`). */
  readonly origin: 'pane' | 'cli';
  /** In write order; restored in reverse. */
  readonly cells: readonly UndoCell[];
  /** Bottom-up (deleted in this order). */
  readonly insertedRows: readonly UndoRow[];
  /** Sheets the fill added (absent in records of older versions and of the command line). */
  readonly addedSheets?: readonly UndoSheet[];
}

/** A written cell that no longer holds what fill wrote. */
export interface ChangedCell {
  readonly cell: UndoCell;
  /** What is there now; undefined when the sheet is gone. */
  readonly now: CellValue | undefined;
}

/** An inserted row that is not removed, and why. */
export interface KeptRow {
  readonly row: UndoRow;
  /** 'edited': cells fill did not write differ from the insertion (never removed); 'changedCells': it holds changed written cells. */
  readonly why: 'edited' | 'changedCells' | 'sheetGone';
}

export interface UndoCheck {
  readonly record: FillUndoRecord;
  /** Cells that still hold what fill wrote: restored. */
  readonly unchanged: readonly UndoCell[];
  /** Cells the user changed since the fill (or whose sheet is gone): left alone unless confirmed. */
  readonly changed: readonly ChangedCell[];
  /** Inserted rows still exactly as inserted (with their written cells unchanged). */
  readonly removableRows: readonly UndoRow[];
  readonly keptRows: readonly KeptRow[];
}

/** Key of a cell in a record ("表1!B7"). */
export function undoCellKey(c: Pick<UndoCell, 'sheet' | 'address'>): string {
  return `${c.sheet}!${c.address}`;
}

/**
 * Compares the workbook as it is now with what the fill wrote. Amounts compare as decimals (a
 * host may read 2911.06 back as 2911.0600000000004); text compares exactly.
 */
export function checkUndo(record: FillUndoRecord, wb: WorkbookSnapshot): UndoCheck {
  const sheets = new Map(wb.sheets.map((s) => [s.name, s.values]));
  const valueAt = (sheet: string, row: number, col: number): CellValue | undefined => {
    const values = sheets.get(sheet);
    if (!values) return undefined;
    const v = values[row]?.[col];
    return v === undefined || v === '' ? null : v;
  };
  const unchanged: UndoCell[] = [];
  const changed: ChangedCell[] = [];
  for (const c of record.cells) {
    const { row, col } = parseAddress(c.address);
    const now = valueAt(c.sheet, row, col);
    if (now !== undefined && sameValue(c.written, now)) unchanged.push(c);
    else changed.push({ cell: c, now });
  }

  const changedKeys = new Set(changed.map((c) => undoCellKey(c.cell)));
  const removableRows: UndoRow[] = [];
  const keptRows: KeptRow[] = [];
  for (const r of record.insertedRows) {
    const values = sheets.get(r.sheet);
    if (!values) {
      keptRows.push({ row: r, why: 'sheetGone' });
      continue;
    }
    // What the row held right after the fill: the insertion, then the cells fill wrote into it.
    const expected = new Map<number, CellValue>();
    r.values.forEach((v, col) => expected.set(col, v === '' ? null : v));
    const writtenCols = new Set<number>();
    for (const c of record.cells) {
      const pos = parseAddress(c.address);
      if (c.sheet !== r.sheet || pos.row !== r.row) continue;
      writtenCols.add(pos.col);
    }
    const now = values[r.row] ?? [];
    const width = Math.max(now.length, r.values.length);
    let edited = false;
    for (let col = 0; col < width && !edited; col++) {
      if (writtenCols.has(col)) continue; // judged cell by cell above
      edited = !sameValue(expected.get(col) ?? null, now[col] ?? null);
    }
    const holdsChanged = record.cells.some((c) => c.sheet === r.sheet && parseAddress(c.address).row === r.row && changedKeys.has(undoCellKey(c)));
    if (edited) keptRows.push({ row: r, why: 'edited' });
    else if (holdsChanged) keptRows.push({ row: r, why: 'changedCells' });
    else removableRows.push(r);
  }
  return { record, unchanged, changed, removableRows, keptRows };
}

/**
 * What to restore: the unchanged cells, plus the changed ones whose keys the user confirmed
 * (never a cell whose sheet is gone); rows as inserted, plus those kept only for confirmed cells.
 */
export function undoSelection(
  check: UndoCheck,
  confirmed: ReadonlySet<string>,
): { cells: UndoCell[]; insertedRows: UndoRow[]; skipped: ChangedCell[]; keptRows: KeptRow[] } {
  const overwrite = check.changed.filter((c) => c.now !== undefined && confirmed.has(undoCellKey(c.cell)));
  const overwritten = new Set(overwrite.map((c) => undoCellKey(c.cell)));
  const restored = new Set([...check.unchanged.map(undoCellKey), ...overwritten]);
  const rowsFreed = check.keptRows.filter(
    (k) =>
      k.why === 'changedCells' &&
      check.changed.every((c) => c.cell.sheet !== k.row.sheet || parseAddress(c.cell.address).row !== k.row.row || overwritten.has(undoCellKey(c.cell))),
  );
  const rows = [...check.removableRows, ...rowsFreed.map((k) => k.row)].sort((a, b) => b.row - a.row);
  return {
    cells: check.record.cells.filter((c) => restored.has(undoCellKey(c))),
    insertedRows: rows,
    skipped: check.changed.filter((c) => !overwritten.has(undoCellKey(c.cell))),
    keptRows: check.keptRows.filter((k) => !rowsFreed.includes(k)),
  };
}

/** Same cell content: amounts as decimals, text exactly, blanks equal. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'number' && typeof b === 'number') return decimalFromNumber(a).equals(decimalFromNumber(b));
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b;
}
