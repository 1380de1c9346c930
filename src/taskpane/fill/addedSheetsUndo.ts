import { sameValue, type FillUndoRecord, type UndoSheet } from '../../domain/fill/undoRecord';
import { address } from '../../domain/workbook/a1';
import { cellKey, type CellValue, type WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { fillAddedMark, type SheetIdentity, type SheetMark } from '../../excel/workbookGateway';
import { fillValueText } from './fillPreview';

/**
 * 撤销 of 填充 › 从模板添加: the sheets that fill added are deleted, but only a sheet that is still the
 * one the add-in added, under the same name, and that still holds what the add-in left there. "The one
 * the add-in added": the same Worksheet.id (within the Excel session) or the fill's own mark (a hidden
 * sheet-level name that Excel keeps in the file and through renames; ids change when Excel reopens). A sheet the user typed into is deleted only when confirmed; one renamed, deleted, or
 * whose name now belongs to another sheet is never touched. Pure: the caller reads the workbook.
 */

/** A cell of an added sheet that differs from what the fill left there. */
export interface SheetChange {
  readonly address: string;
  /** What the fill left (template or fill's write). */
  readonly was: CellValue;
  readonly now: CellValue;
  /** A template formula (a total) replaced by a typed value. */
  readonly formulaLost: boolean;
}

export type AddedSheetState =
  /** As the fill left it: deleted by 撤销 (`id`: its Worksheet.id now, which the write checks again). */
  | { readonly kind: 'removable'; readonly sheet: UndoSheet; readonly id: string }
  /** Typed into since: kept unless the user confirms. */
  | { readonly kind: 'edited'; readonly sheet: UndoSheet; readonly id: string; readonly changes: readonly SheetChange[] }
  /** The added sheet under another name now: never deleted. */
  | { readonly kind: 'renamed'; readonly sheet: UndoSheet; readonly now: string }
  /** A sheet of that name that the add-in did not add: never deleted. */
  | { readonly kind: 'replaced'; readonly sheet: UndoSheet }
  | { readonly kind: 'gone'; readonly sheet: UndoSheet };

/** Each added sheet of the record, compared with the workbook and its sheets' ids and marks as they are now. */
export function checkAddedSheets(record: FillUndoRecord, wb: WorkbookSnapshot, sheets: readonly SheetMark[]): AddedSheetState[] {
  return (record.addedSheets ?? []).map((sheet): AddedSheetState => {
    const mark = fillAddedMark(record.filledAt, sheet.name);
    const ours = (x: SheetMark) => x.id === sheet.id || x.mark === mark;
    const byName = sheets.find((x) => x.name === sheet.name);
    if (byName && ours(byName)) {
      const now = wb.sheets.find((s) => s.name === sheet.name);
      const changes = now ? sheetChanges(sheet, now) : [];
      return changes.length === 0 ? { kind: 'removable', sheet, id: byName.id } : { kind: 'edited', sheet, id: byName.id, changes };
    }
    const moved = sheets.find(ours);
    if (moved) return { kind: 'renamed', sheet, now: moved.name };
    return byName ? { kind: 'replaced', sheet } : { kind: 'gone', sheet };
  });
}

/** Cells that differ from what the fill left: values compared as checkUndo does, formula cells as formulas. */
export function sheetChanges(sheet: UndoSheet, now: WorkbookSnapshot['sheets'][number]): SheetChange[] {
  const formulas = new Set(sheet.formulas);
  const rows = Math.max(sheet.values.length, now.values.length);
  const out: SheetChange[] = [];
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(sheet.values[r]?.length ?? 0, now.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const was = sheet.values[r]?.[c] ?? null;
      const is = now.values[r]?.[c] ?? null;
      const key = cellKey(r, c);
      if (formulas.has(key)) {
        if (!now.formulas?.has(key)) out.push({ address: address(r, c), was, now: is, formulaLost: true });
      } else if (!sameValue(was, is) || now.formulas?.has(key)) {
        out.push({ address: address(r, c), was, now: is, formulaLost: false });
      }
    }
  }
  return out;
}

/** The record without the cells and rows on the sheets it added: those go (or stay) with their sheet. */
export function outsideAddedSheets(record: FillUndoRecord): FillUndoRecord {
  const added = new Set((record.addedSheets ?? []).map((s) => s.name));
  if (added.size === 0) return record;
  return { ...record, cells: record.cells.filter((c) => !added.has(c.sheet)), insertedRows: record.insertedRows.filter((r) => !added.has(r.sheet)) };
}

/**
 * The sheets 撤销 deletes now: those as the fill left them, and, when the user confirmed the shown
 * list, the edited ones whose changes are all among those shown (a later edit is kept).
 */
export function sheetsToDelete(now: readonly AddedSheetState[], shown: readonly AddedSheetState[], confirmed: boolean): SheetIdentity[] {
  return now
    .filter((s) => s.kind === 'removable' || (s.kind === 'edited' && confirmed && shownAsEdited(s, shown)))
    .map((s) => ({ name: s.sheet.name, id: s.kind === 'removable' || s.kind === 'edited' ? s.id : s.sheet.id }));
}

/** Edited sheets whose changes the user has not been shown (typed into after the list): 撤销 shows them first. */
export function unseenEdits(now: readonly AddedSheetState[], shown: readonly AddedSheetState[]): AddedSheetState[] {
  return now.filter((s) => s.kind === 'edited' && !shownAsEdited(s, shown));
}

/** The shown list had this sheet as edited, with every change it has now. */
function shownAsEdited(s: Extract<AddedSheetState, { kind: 'edited' }>, shown: readonly AddedSheetState[]): boolean {
  const was = shown.find((x) => x.kind === 'edited' && x.sheet.id === s.sheet.id && x.sheet.name === s.sheet.name);
  if (!was || was.kind !== 'edited') return false;
  return s.changes.every((c) => was.changes.some((w) => w.address === c.address && sameValue(w.now, c.now) && w.formulaLost === c.formulaLost));
}

/** 工作表“表1 预算收支总表”、“表4 财政拨款收支总表”. */
export function sheetList(names: readonly string[]): string {
  return `工作表${names.map((n) => `“${n}”`).join('、')}`;
}

const SHOWN_CHANGES = 6;

/** " 2,911.06", "空白", "“备注”": put straight after 为. */
function cellText(v: CellValue): string {
  if (v === null || v === '') return '空白';
  if (typeof v === 'object') return ` ${v.error}`;
  if (typeof v === 'boolean') return v ? ' TRUE' : ' FALSE';
  return typeof v === 'number' ? ` ${fillValueText(v)}` : `“${v}”`;
}

/** "B7 添加时为 2,911.06，现为 3,000.00" / "H40 添加时为空白，现为“备注”" / "B6 添加时为公式，现为 12.00". */
export function changeText(c: SheetChange): string {
  if (c.formulaLost) return `${c.address} 添加时为公式，现为${cellText(c.now)}`;
  return `${c.address} 添加时为${cellText(c.was)}，现为${cellText(c.now)}`;
}

/** One line per sheet that 撤销 does not delete as things stand (edited ones until confirmed). */
export function addedSheetText(s: AddedSheetState): string {
  const name = `工作表“${s.sheet.name}”`;
  switch (s.kind) {
    case 'removable':
      return `${name}：与添加时相同，撤销时删除`;
    case 'edited': {
      const shown = s.changes.slice(0, SHOWN_CHANGES).map(changeText).join('；');
      const more = s.changes.length > SHOWN_CHANGES ? `等 ${s.changes.length} 处` : `共 ${s.changes.length} 处`;
      return `${name}在添加后被修改（${shown}，${more}）`;
    }
    case 'renamed':
      return `${name}已改名为“${s.now}”，撤销时不删除，其中的内容不变`;
    case 'replaced':
      return `${name}已不是填充添加的那张表（现在同名的工作表是另外建立的），撤销时不删除、不改动`;
    case 'gone':
      return `${name}已被删除`;
  }
}
