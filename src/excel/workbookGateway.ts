import type { CellRef, Severity } from '../domain/findings/finding';
import type { RowInsertion } from '../domain/fill/fillTypes';
import type { UndoCell, UndoRow, UndoSheet } from '../domain/fill/undoRecord';
import type { SheetLayout } from '../domain/template/sheetLayout';
import type { TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import type { OwnWriteCounter } from './ownWriteCounter';

/**
 * Everything the add-in does to a workbook goes through this interface: the Office.js adapter
 * (officeGateway) and the in-memory one (memoryGateway, for tests and browser tests) both implement
 * it, so the pane and the live checker never see `Excel.*`.
 * Each operation is a fixed number of `context.sync` calls, independent of the number of sheets or cells — as long
 * as each sync stays under Office.js's ~5 MB payload limit; beyond it the Office adapter reads and writes in
 * blocks (src/excel/payloadBudget.ts), which only very large used ranges need.
 */
export interface WorkbookGateway {
  /** Sheet names in tab order. */
  sheetNames(): Promise<string[]>;
  /** Each sheet's id — what change events report (Office.js gives ids, not names) — and name, in tab order. */
  sheetIds(): Promise<{ readonly id: string; readonly name: string }[]>;
  /**
   * Each sheet's id and name, in tab order, with the mark of the fill that added it (its hidden
   * sheet-level name FILL_ADDED_MARK, kept in the file and through renames, unlike ids, which Excel
   * gives anew in each session), or null.
   */
  sheetMarks(): Promise<SheetMark[]>;
  /** All sheets' used ranges (values, formulas, text formats, merges) and the add-in's metadata. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * The workbook after these user edits (live checking): the last read patched with the edited ranges and
   * the current values of the formula cells, in one read sync; a whole read when the edits moved cells or
   * sheets, when the add-in has written since, or when nothing has been read yet.
   */
  readChanged(changes: readonly WorkbookChange[]): Promise<WorkbookSnapshot>;
  /**
   * The read of a validation: the whole workbook and the add-in's old marks, in one read sync after the
   * sheet listing, with the batch kept open so that `replaceMarks` is one write sync. The caller checks
   * in between (src/taskpane/check/checkAndMark.ts) and must call `replaceMarks` or `cancel`.
   */
  readForMarks(): Promise<MarkingRead>;
  /**
   * Replaces the add-in's marks with these (removes the old ones first; never touches user formats).
   * Protected sheets are left as they are and named in the outcome.
   */
  applyMarks(marks: readonly Mark[]): Promise<MarkOutcome>;
  /** Removes every mark the add-in made, and nothing else (protected sheets: left, and named). */
  clearMarks(): Promise<MarkOutcome>;
  /**
   * Adds new sheets. Refuses (throws SheetExistsError, writes nothing) when a name is already taken:
   * a template never overwrites a sheet; and (WorkbookProtectedError) when the workbook's structure is protected. With metadata, merges it into the workbook's custom XML part.
   */
  writeLayouts(layouts: readonly SheetLayout[], metadata?: TemplateMetadata): Promise<void>;
  /**
   * Writes single cell values (fill). Codes stay text; "=…" never becomes a formula. Refuses
   * (ProtectedSheetError) on a protected sheet.
   */
  writeCells(writes: readonly CellValueWrite[]): Promise<void>;
  /**
   * Fill: inserts rows (bottom-up, each at its beforeRow) and writes cells at their post-insertion
   * addresses, remembering what every written cell held, in one read sync and one write sync.
   * With `batch.keepUndo` the undo record (undoRecordXml) replaces the stored one in that same write sync.
   * Refuses (ProtectedSheetError, nothing written) when a sheet it would write is protected.
   */
  writeBatch(batch: WriteBatch): Promise<WriteUndo>;
  /**
   * 撤销 of a writeBatch (or the part of it the caller chose): puts back the previous contents
   * (values, formulas, number formats), removes the inserted rows, deletes the sheets `deleteSheets`
   * names, and removes the stored undo record in the same write. The caller compares first (checkUndo):
   * this writes what it is given, except that a sheet is deleted only while a sheet of that name has
   * that id (checked in the read). Deleting a sheet clears Excel's undo stack (Ctrl+Z) at every version.
   * Refuses, nothing written, when a sheet it would write is protected (ProtectedSheetError) or, with
   * sheets to delete, when the workbook's structure is (WorkbookProtectedError).
   */
  restore(undo: WriteUndo, deleteSheets?: readonly SheetIdentity[]): Promise<RestoreOutcome>;
  /** The stored fill undo record's XML (urn:budget-disclosure:fill-undo:v1), or null when there is none. */
  readFillUndoXml(): Promise<string | null>;
  /** Stores an imported 科目表 (catalogToXml) in the workbook's custom XML part, replacing an earlier one; null removes it. */
  storeCatalogXml(xml: string | null): Promise<void>;
  /** Selects cells (the first sheet that appears in refs is activated). */
  selectCells(refs: readonly CellRef[]): Promise<void>;
  /** Subscribes to user edits; returns the function that unsubscribes. */
  onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
  /** Writes in flight that were made by the add-in itself (the live checker ignores their events). */
  readonly ownWrites: OwnWriteCounter;
}

/** A validation's read, open for its one write. */
export interface MarkingRead {
  readonly snapshot: WorkbookSnapshot;
  /** Sheet ids (what change events report) and names, as read. */
  readonly sheetIds: readonly { readonly id: string; readonly name: string }[];
  /** Replaces the add-in's old marks with these, in the same batch (one write sync); protected sheets are skipped. */
  replaceMarks(marks: readonly Mark[]): Promise<MarkOutcome>;
  /** Ends the read without writing (the check failed). */
  cancel(): Promise<void>;
}

/** What a write of marks left out. */
export interface MarkOutcome {
  /**
   * Protected sheets (审阅 › 保护工作表) that had marks to add or to remove: left untouched, since Excel
   * refuses the write; their findings are in the pane all the same.
   */
  readonly protectedSheets: readonly string[];
}

export interface Mark {
  readonly sheet: string;
  /** A1 cell or range. */
  readonly address: string;
  readonly severity: Severity;
}

export interface CellValueWrite {
  readonly sheet: string;
  readonly address: string;
  readonly value: string | number | null;
}

export interface WriteBatch {
  readonly insertions?: readonly Pick<RowInsertion, 'sheet' | 'beforeRow' | 'values'>[];
  readonly writes: readonly CellValueWrite[];
  /**
   * Store the undo record in the workbook (replacing an earlier one), stamped with this ISO time; with
   * `addedSheets`, the sheets this fill added before the batch: their ids and, after the batch, their
   * cells go into the record, and each is marked (FILL_ADDED_MARK, fillAddedMark), so 撤销 can find them
   * after Excel was closed and delete them while they are as the fill left them.
   */
  readonly keepUndo?: { readonly filledAt: string; readonly addedSheets?: readonly string[] };
}

/** A sheet by name and Worksheet.id (ids hold within one Excel session). */
export interface SheetIdentity {
  readonly name: string;
  readonly id: string;
}

/**
 * The hidden sheet-level defined name by which a fill marks each sheet it adds; it refers to a text
 * naming the fill and the sheet as added (fillAddedMark). A sheet the user adds has none.
 */
export const FILL_ADDED_MARK = '_BudgetDisclosure_FillAdded';

/** The text of one added sheet's mark: the fill's time stamp (the record's filledAt) and the name it was added under. */
export function fillAddedMark(filledAt: string, sheet: string): string {
  return `${filledAt} ${sheet}`;
}

export interface SheetMark extends SheetIdentity {
  /** The mark's text (fillAddedMark) where a fill added this sheet, else null. */
  readonly mark: string | null;
}

export interface RestoreOutcome {
  /** The sheets deleted; one asked for is left when no sheet of its name has its id any more. */
  readonly deletedSheets: readonly string[];
}

/**
 * What a cell held before a batch wrote it, and what the batch wrote: enough to put it back
 * exactly, and to tell later whether the user has changed it since.
 */
export type PreviousCell = UndoCell;

export interface WriteUndo {
  /** In write order; restored in reverse. */
  readonly cells: readonly PreviousCell[];
  /** Inserted rows at their final 0-based positions, bottom-up (deleted in this order), with their values. */
  readonly insertedRows: readonly UndoRow[];
  /** With keepUndo.addedSheets: those sheets as the batch left them. */
  readonly addedSheets?: readonly UndoSheet[];
}

export interface WorkbookChange {
  /** Worksheet id (Office.js reports ids, not names) or name (memory gateway); for diagnostics only. */
  readonly sheet: string;
  readonly address: string;
  /** How the cells changed ("RangeEdited", "RowInserted", "ColumnDeleted", …; ExcelApi 1.7); absent where unknown. */
  readonly changeType?: string;
  /** 'ThisLocalAddin' for our own writes where ExcelApi 1.14 reports it; undefined where it does not. */
  readonly triggerSource?: string;
}

export class SheetExistsError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`工作表已存在，不会覆盖：${sheets.join('、')}`);
    this.name = 'SheetExistsError';
  }
}

/** A write refused before anything was written: these sheets are protected (审阅 › 保护工作表). */
export class ProtectedSheetError extends Error {
  constructor(
    readonly sheets: readonly string[],
    action: string,
  ) {
    super(`工作表${sheets.map((n) => `“${n}”`).join('、')}受保护，无法${action}。请在“审阅”选项卡中点“撤销工作表保护”，再${action}。`);
    this.name = 'ProtectedSheetError';
  }
}

/** Sheets cannot be added: the workbook's structure is protected (审阅 › 保护工作簿). */
export class WorkbookProtectedError extends Error {
  constructor(
    readonly sheets: readonly string[],
    action: '插入' | '删除' = '插入',
  ) {
    super(
      `工作簿结构受保护，无法${action}工作表${sheets.map((n) => `“${n}”`).join('、')}。请在“审阅”选项卡中点“保护工作簿”取消保护，再试一次。`,
    );
    this.name = 'WorkbookProtectedError';
  }
}
