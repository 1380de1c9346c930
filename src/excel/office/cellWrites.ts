import type { CellValue } from '../../domain/workbook/snapshot';
import { FILL_UNDO_NAMESPACE, fillUndoToXml } from '../../domain/fill/undoRecordXml';
import type { UndoRow, UndoSheet } from '../../domain/fill/undoRecord';
import { cellKey } from '../../domain/workbook/snapshot';
import { parseAddress } from '../../domain/workbook/a1';
import { cellInput, looksLikeCode, textForValues } from '../officeStyles';
import {
  ACTION_BYTES,
  OFFICE_PAYLOAD_LIMIT_BYTES,
  READ_BYTES_PER_CELL,
  SyncBudget,
  jsonBytes,
  readBudgetBytes,
  writeTooLargeMessage,
} from '../payloadBudget';
import {
  FILL_ADDED_MARK,
  fillAddedMark,
  ProtectedSheetError,
  WorkbookProtectedError,
  type CellValueWrite,
  type PreviousCell,
  type RestoreOutcome,
  type SheetIdentity,
  type SheetMark,
  type WriteBatch,
  type WriteUndo,
} from '../workbookGateway';
import { officeCode } from '../officeErrorCode';
import type { OfficeAccess } from './officeAccess';
import { sheetFromRange, toCellValue } from './readWorkbook';

/**
 * Cell writes of 填充 and its 撤销: codes stay text (number format "@" before the value), "=…" never
 * becomes a formula, and what every written cell held is read first so 撤销 can put it back.
 */

/** Writes single cells in one sync (several when too large for one). */
export async function writeCells(office: OfficeAccess, writes: readonly CellValueWrite[]): Promise<void> {
  if (writes.length === 0) return;
  try {
    await office.write(async (ctx) => {
      const budget = new SyncBudget(ctx, office.writeBudget);
      for (const w of writes) {
        await budget.reserve(cellWriteBytes(w));
        queueCellWrite(ctx, w);
      }
      await ctx.sync();
    });
  } catch (e) {
    // One sync, no read before it: Excel's refusal names no sheet, the writes do (the pane writes one sheet at a time).
    if (officeCode(e) === 'AccessDenied') throw new ProtectedSheetError([...new Set(writes.map((w) => w.sheet))], '写入');
    throw e;
  }
}

/**
 * Queues the load of these sheets' protection; after the sync, throws ProtectedSheetError naming the
 * protected ones. Excel has no rollback: a write refused midway leaves what ran before it, so writes
 * that span sheets are refused before any of them.
 */
function queueProtectionCheck(ctx: Excel.RequestContext, sheets: readonly string[], action: string): () => void {
  const loads = [...new Set(sheets)].map((name) => ({ name, p: ctx.workbook.worksheets.getItem(name).protection.load('protected') }));
  return () => {
    const locked = loads.filter((l) => l.p.protected).map((l) => l.name);
    if (locked.length > 0) throw new ProtectedSheetError(locked, action);
  };
}

/**
 * Fill: inserts rows (bottom-up, each at its beforeRow) and writes cells at their post-insertion
 * addresses, remembering what every written cell held, in one read sync and one write sync.
 */
export function writeBatch(office: OfficeAccess, batch: WriteBatch): Promise<WriteUndo> {
  const insertions = [...(batch.insertions ?? [])].sort((a, b) => b.beforeRow - a.beforeRow);
  if (insertions.length === 0 && batch.writes.length === 0) return Promise.resolve({ cells: [], insertedRows: [] });
  const limit = office.host.payloadLimitBytes;
  return office.write(async (ctx) => {
    const targets = [...insertions.map((i) => i.sheet), ...batch.writes.map((w) => w.sheet)];
    let refuseProtected = queueProtectionCheck(ctx, targets, '填充');
    if (insertions.length > 0) {
      // Rows are inserted in the read sync: the sheets' protection must be known before it.
      await ctx.sync();
      refuseProtected();
      refuseProtected = () => undefined;
    }
    // Sync 1: insert the rows, then read what every target cell holds (queued in this order),
    // and list the stored undo record so the write sync can replace it. A batch too large for
    // one sync reads in several (the insertions stay first, so the addresses hold).
    const budget = new SyncBudget(ctx, readBudgetBytes(limit));
    const inserted: UndoRow[] = [];
    for (const ins of insertions) {
      await budget.reserve(ACTION_BYTES * (3 + 3 * ins.values.length) + ins.values.reduce((n: number, v) => n + jsonBytes(v), 0));
      const ws = ctx.workbook.worksheets.getItem(ins.sheet);
      ws.getRangeByIndexes(ins.beforeRow, 0, 1, 1).getEntireRow().insert('Down');
      ins.values.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getRangeByIndexes(ins.beforeRow, c, 1, 1);
        if (typeof v === 'string' && looksLikeCode(v)) cell.numberFormat = [['@']];
        cell.values = [[cellInput(v)]];
      });
      for (const [i, r] of inserted.entries()) if (r.sheet === ins.sheet && r.row >= ins.beforeRow) inserted[i] = { ...r, row: r.row + 1 };
      inserted.push({ sheet: ins.sheet, row: ins.beforeRow, values: [...ins.values] });
    }
    const reads: { w: CellValueWrite; range: Excel.Range }[] = [];
    for (const w of batch.writes) {
      await budget.reserve(ACTION_BYTES * 3 + jsonBytes(w.sheet) + jsonBytes(w.address) + READ_BYTES_PER_CELL);
      reads.push({ w, range: ctx.workbook.worksheets.getItem(w.sheet).getRange(w.address).load('values,valueTypes,formulas,numberFormat') });
    }
    // The sheets this fill added (just before, from the template): their ids and cells, for the record.
    const added: { name: string; ws: Excel.Worksheet; used: Excel.Range }[] = [];
    for (const name of batch.keepUndo?.addedSheets ?? []) {
      await budget.reserve(ACTION_BYTES * 4 + jsonBytes(name) + READ_BYTES_PER_CELL * ADDED_SHEET_CELLS);
      const ws = ctx.workbook.worksheets.getItem(name).load('id');
      added.push({ name, ws, used: ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values,valueTypes,numberFormat,formulas') });
    }
    const stored = batch.keepUndo ? ctx.workbook.customXmlParts.getByNamespace(FILL_UNDO_NAMESPACE).load('items/id') : null;
    await ctx.sync();
    refuseProtected();
    const cells: PreviousCell[] = reads.map(({ w, range }) => {
      const raw = range.values[0][0];
      const formula = range.formulas[0][0];
      return {
        sheet: w.sheet,
        address: w.address,
        written: w.value,
        value: toCellValue(raw, range.valueTypes[0][0]),
        formula: typeof formula === 'string' && formula.startsWith('=') && formula !== raw ? formula : null,
        numberFormat: String(range.numberFormat[0][0] ?? 'General'),
      };
    });
    const addedSheets = added.map((a) => afterWrites(a.name, a.ws.id, a.used.isNullObject ? null : a.used, batch.writes));
    const undo: WriteUndo = { cells, insertedRows: [...inserted].sort((a, b) => b.row - a.row), ...(addedSheets.length > 0 ? { addedSheets } : {}) };
    // Sync 2: the record that undoes them, and the writes. Spread over several syncs, the record
    // goes first, so no cell is overwritten before what it held is stored.
    const writes = new SyncBudget(ctx, office.writeBudget);
    if (batch.keepUndo && stored) {
      const xml = fillUndoToXml({ filledAt: batch.keepUndo.filledAt, origin: 'pane', ...undo });
      if (jsonBytes(xml) > (limit ?? OFFICE_PAYLOAD_LIMIT_BYTES)) throw new Error(writeTooLargeMessage('这次填报的撤销记录'));
      await writes.reserve(ACTION_BYTES * (1 + stored.items.length) + jsonBytes(xml));
      for (const p of stored.items) p.delete();
      ctx.workbook.customXmlParts.add(xml);
    }
    // Each added sheet's mark: a hidden sheet-level name that survives closing Excel, which ids do not.
    for (const a of added) {
      const text = fillAddedMark(batch.keepUndo?.filledAt ?? '', a.name);
      await writes.reserve(ACTION_BYTES * 3 + jsonBytes(FILL_ADDED_MARK) + jsonBytes(text));
      a.ws.names.add(FILL_ADDED_MARK, `="${text.replace(/"/g, '""')}"`).visible = false;
    }
    for (const w of batch.writes) {
      await writes.reserve(cellWriteBytes(w));
      queueCellWrite(ctx, w);
    }
    await ctx.sync();
    return undo;
  });
}

/** Cells a template sheet may hold, for the read's size estimate (the largest, 表3 with every subject, holds fewer). */
const ADDED_SHEET_CELLS = 2000;

/** An added sheet as the batch leaves it: the cells read before the writes, with the writes put in. */
function afterWrites(name: string, id: string, used: Parameters<typeof sheetFromRange>[1], writes: readonly CellValueWrite[]): UndoSheet {
  const read = sheetFromRange(name, used, []);
  const values = read.values.map((line) => [...line]);
  const formulas = new Set(read.formulas);
  for (const w of writes) {
    if (w.sheet !== name) continue;
    const { row, col } = parseAddress(w.address);
    while (values.length <= row) values.push([]);
    while (values[row].length <= col) values[row].push(null);
    values[row][col] = w.value;
    formulas.delete(cellKey(row, col));
  }
  return { name, id, values, formulas: [...formulas] };
}

/**
 * 撤销 of a writeBatch: puts back the previous contents (values, formulas, number formats), removes the
 * inserted rows, deletes the sheets the fill added that the caller names (only while a sheet of that
 * name has that id), and removes the stored undo record in the same write.
 */
export function restore(office: OfficeAccess, undo: WriteUndo, deleteSheets: readonly SheetIdentity[] = []): Promise<RestoreOutcome> {
  return office.write(async (ctx) => {
    // Sync 1: list the stored record (a part can be deleted only once listed), the sheets' protection,
    // and, with sheets to delete, the sheets' ids and names and the workbook's structure protection.
    const stored = ctx.workbook.customXmlParts.getByNamespace(FILL_UNDO_NAMESPACE).load('items/id');
    const refuseProtected = queueProtectionCheck(ctx, [...undo.cells.map((c) => c.sheet), ...undo.insertedRows.map((r) => r.sheet)], '撤销填充');
    const listing = deleteSheets.length > 0 ? ctx.workbook.worksheets.load('items/id,items/name') : null;
    // Workbook.protection is ExcelApi 1.7, the manifest's minimum: a protected structure refuses to delete sheets.
    const structure = deleteSheets.length > 0 ? ctx.workbook.protection.load('protected') : null;
    await ctx.sync();
    refuseProtected();
    // A sheet renamed since, or a name now on another sheet: never deleted.
    const doomed = listing ? deleteSheets.filter((d) => listing.items.some((s) => s.id === d.id && s.name === d.name)) : [];
    if (doomed.length > 0 && structure?.protected) throw new WorkbookProtectedError(doomed.map((d) => d.name), '删除');
    // Sync 2: the cells, the rows, and the record, together (in that order over several syncs
    // when too large for one: the record goes last, so a failure midway leaves it to retry).
    const budget = new SyncBudget(ctx, office.writeBudget);
    for (const c of [...undo.cells].reverse()) {
      await budget.reserve(ACTION_BYTES * 4 + jsonBytes(c.sheet) + jsonBytes(c.address) + jsonBytes(c.numberFormat) + jsonBytes(c.formula ?? c.value));
      const range = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.address);
      range.numberFormat = [[c.numberFormat]];
      if (c.formula) range.formulas = [[c.formula]];
      else range.values = [[restoreInput(c.value, c.numberFormat)]];
    }
    for (const r of undo.insertedRows) {
      await budget.reserve(ACTION_BYTES * 5 + jsonBytes(r.sheet));
      ctx.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.row, 0, 1, 1).getEntireRow().delete('Up');
    }
    // By id: the identity checked above. Worksheet.delete clears Excel's undo stack at every version.
    for (const d of doomed) {
      await budget.reserve(ACTION_BYTES * 2 + jsonBytes(d.id));
      ctx.workbook.worksheets.getItem(d.id).delete();
    }
    for (const p of stored.items) {
      await budget.reserve(ACTION_BYTES);
      p.delete();
    }
    await ctx.sync();
    return { deletedSheets: doomed.map((d) => d.name) };
  });
}

/** Request bytes of queueCellWrite: sheet, range, number format and value, with their arguments. */
function cellWriteBytes(w: CellValueWrite): number {
  return ACTION_BYTES * 4 + jsonBytes(w.sheet) + jsonBytes(w.address) + jsonBytes(w.value);
}

function queueCellWrite(ctx: Excel.RequestContext, w: CellValueWrite): void {
  const range = ctx.workbook.worksheets.getItem(w.sheet).getRange(w.address);
  if (typeof w.value === 'string' && looksLikeCode(w.value)) range.numberFormat = [['@']];
  range.values = [[cellInput(w.value)]];
}

/** A previous value as `range.values` input: text that Excel would parse (numbers, formulas) gets the text prefix. */
function restoreInput(v: CellValue, numberFormat: string): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v !== 'string') return v;
  if (numberFormat !== '@' && /^[+-]?(\d|\.\d)/.test(v.trim())) return `'${v}`;
  return textForValues(v);
}

/** Each sheet's id, name and fill mark: the listing, then the marks, in two read syncs. */
export function sheetMarks(office: OfficeAccess): Promise<SheetMark[]> {
  return office.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/id,items/name');
    await ctx.sync();
    const marks = sheets.items.map((s) => s.names.getItemOrNullObject(FILL_ADDED_MARK).load('formula'));
    await ctx.sync();
    return sheets.items.map((s, i) => ({ id: s.id, name: s.name, mark: marks[i].isNullObject ? null : markValue(marks[i].formula) }));
  });
}

/** The text of a mark's formula (="2026-12-03T15:00:00.000Z 表1"); null for anything else. */
function markValue(formula: unknown): string | null {
  const m = typeof formula === 'string' ? /^="((?:[^"]|"")*)"$/.exec(formula) : null;
  return m ? m[1].replace(/""/g, '"') : null;
}
