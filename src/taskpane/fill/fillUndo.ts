import { checkUndo, undoCellKey, undoSelection, type ChangedCell, type FillUndoRecord, type KeptRow, type UndoCheck } from '../../domain/fill/undoRecord';
import { fillUndoFromXml } from '../../domain/fill/undoRecordXml';
import type { RecognitionResult } from '../../domain/recognition/recognizedTable';
import type { WorkbookSnapshot } from '../../domain/workbook/snapshot';
import type { WorkbookGateway, WriteUndo } from '../../excel/workbookGateway';
import { addedSheetText, checkAddedSheets, outsideAddedSheets, sheetList, sheetsToDelete, unseenEdits, type AddedSheetState } from './addedSheetsUndo';
import { fillValueText } from './fillPreview';
import { shortTableName } from '../../domain/profiles/tableName';

/**
 * 撤销 of a fill across pane reloads: the record is read from the workbook, compared with the cells
 * as they are now, and only what still holds what fill wrote is put back unless the user confirms.
 * Kept apart from FillTab so the flow is tested on the memory gateway without React.
 */

/** Names a sheet the way the user knows it: "表1（工作表“预算公开表1”）", "公开01表（工作表“公开01表”）". */
export type TableLabel = (sheet: string) => string;

export function tableLabels(wb: WorkbookSnapshot, recognition: Pick<RecognitionResult, 'tables' | 'kind' | 'profile'> | null): TableLabel {
  const bySheet = new Map<string, number>();
  for (const t of recognition?.tables ?? []) if (!bySheet.has(t.sheet)) bySheet.set(t.sheet, t.no);
  const names = new Set(wb.sheets.map((s) => s.name));
  // As the workbook's set names its tables: 表3 (预算), 公开03表 (决算), 表3 in a national set.
  const set = { kind: recognition?.kind ?? null, profile: recognition?.profile.id ?? null };
  return (sheet) => {
    const no = bySheet.get(sheet);
    if (no !== undefined) return `${shortTableName(set, no)}（工作表“${sheet}”）`;
    return names.has(sheet) ? `工作表“${sheet}”` : `工作表“${sheet}”（已不存在）`;
  };
}

/** The stored record and how the workbook compares with it now. */
export interface StoredUndo {
  readonly record: FillUndoRecord;
  /** The cells and rows outside the sheets the fill added. */
  readonly check: UndoCheck;
  /** The sheets the fill added (填充 › 从模板添加), each as it is now. */
  readonly sheets: readonly AddedSheetState[];
  readonly label: TableLabel;
}

export type Recognize = (wb: WorkbookSnapshot) => Pick<RecognitionResult, 'tables' | 'kind' | 'profile'>;

/**
 * Reads the stored record (on pane start). A record that cannot be read whole is ignored with a
 * notice and never restored from; the workbook itself is not touched.
 */
export async function loadStoredUndo(
  gateway: WorkbookGateway,
  recognize: () => Promise<Recognize>,
): Promise<{ stored: StoredUndo | null; notice: string | null }> {
  const xml = await gateway.readFillUndoXml();
  if (xml === null) return { stored: null, notice: null };
  const record = fillUndoFromXml(xml);
  if (!record) {
    return { stored: null, notice: '工作簿中保存的填充撤销记录无法识别（可能已损坏或来自其他版本），已忽略；工作簿内容未受影响。' };
  }
  return { stored: await compareNow(gateway, record, recognize), notice: null };
}

/** Compares the record with the workbook as it is now (the sheets' ids and marks only when the fill added sheets). */
export async function compareNow(gateway: WorkbookGateway, record: FillUndoRecord, recognize: () => Promise<Recognize>): Promise<StoredUndo> {
  const added = (record.addedSheets?.length ?? 0) > 0;
  const [wb, marks] = await Promise.all([gateway.readSnapshot(), added ? gateway.sheetMarks() : Promise.resolve([])]);
  return {
    record,
    check: checkUndo(outsideAddedSheets(record), wb),
    sheets: checkAddedSheets(record, wb, marks),
    label: tableLabels(wb, (await recognize())(wb)),
  };
}

/** The record as kept right after the pane's own write (same content the gateway stored). */
export function recordOf(undo: WriteUndo, filledAt: string): FillUndoRecord {
  return { filledAt, origin: 'pane', cells: undo.cells, insertedRows: undo.insertedRows, ...(undo.addedSheets ? { addedSheets: undo.addedSheets } : {}) };
}

/** "2026-11-25 21:40" in the pane's local time. */
export function fillTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "2026-11-25 21:40 的填充（写入 58 个单元格，插入 1 行）"; "…（添加 3 张表，写入 94 个单元格）". */
export function undoOffer(record: FillUndoRecord): string {
  const rows = record.insertedRows.length;
  const sheets = record.addedSheets?.length ?? 0;
  const who = record.origin === 'cli' ? '命令行' : '';
  return `${fillTime(record.filledAt)} 的${who}填充（${sheets > 0 ? `添加 ${sheets} 张表，` : ''}写入 ${record.cells.length} 个单元格${rows > 0 ? `，插入 ${rows} 行` : ''}）`;
}

/** One changed cell: "表1（工作表“预算公开表1”）B37：填充写入 2,911.06，现为 2,900.00". */
export function changedText(c: ChangedCell, label: TableLabel): string {
  const now = c.now === undefined ? '工作表已不存在' : `现为 ${c.now === null ? '（空）' : valueText(c.now)}`;
  return `${label(c.cell.sheet)}${c.cell.address}：填充写入 ${fillValueText(c.cell.written)}，${now}`;
}

export function keptRowText(k: KeptRow, label: TableLabel): string {
  const where = `${label(k.row.sheet)}第 ${k.row.row + 1} 行（填充插入的行）`;
  if (k.why === 'sheetGone') return `${where}：工作表已不存在`;
  if (k.why === 'edited') return `${where}：插入后已被修改，不会删除`;
  return `${where}：含有填充后被修改的单元格，未删除`;
}

function valueText(v: NonNullable<ChangedCell['now']>): string {
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return fillValueText(v);
}

export interface UndoOutcome {
  readonly restoredCells: number;
  readonly removedRows: number;
  /** Changed cells left as the user has them. */
  readonly skipped: readonly string[];
  readonly keptRows: readonly string[];
  /** Sheets the fill added that 撤销 deleted. */
  readonly deletedSheets: readonly string[];
  /** The added sheets left in the workbook, each with why. */
  readonly keptSheets: readonly string[];
}

/**
 * 撤销: compares again right before writing (the user may have typed since the list was shown);
 * overwrites changed cells only when `overwriteShown` and only those that were shown, and deletes an
 * added sheet the user typed into only when `deleteEditedShown` and only with the changes shown (one
 * typed into after the list stays). The record is removed with the restore: a restored fill cannot
 * be undone twice.
 */
export async function undoStored(
  gateway: WorkbookGateway,
  shown: StoredUndo,
  overwriteShown: boolean,
  recognize: () => Promise<Recognize>,
  deleteEditedShown = false,
): Promise<UndoOutcome> {
  return undoAgainst(gateway, shown, await compareNow(gateway, shown.record, recognize), overwriteShown, deleteEditedShown);
}

/** 撤销 wrote nothing: an added sheet was typed into after the list was shown; the list as it is now. */
export interface UndoRecheck {
  readonly recheck: StoredUndo;
  /** The sheets with changes not shown before. */
  readonly sheets: readonly string[];
}

/**
 * The pane's 撤销: as undoStored, except that when an added sheet holds changes the list did not show,
 * nothing is written and the list as it is now comes back, so no sheet is deleted or kept on a
 * comparison the user has not seen.
 */
export async function undoUnlessUnseenEdits(
  gateway: WorkbookGateway,
  shown: StoredUndo,
  overwriteShown: boolean,
  recognize: () => Promise<Recognize>,
  deleteEditedShown: boolean,
): Promise<UndoOutcome | UndoRecheck> {
  const now = await compareNow(gateway, shown.record, recognize);
  const unseen = unseenEdits(now.sheets, shown.sheets);
  if (unseen.length > 0) return { recheck: now, sheets: unseen.map((s) => s.sheet.name) };
  return undoAgainst(gateway, shown, now, overwriteShown, deleteEditedShown);
}

/** Writes the 撤销 of `shown` on the workbook as compared just now. */
async function undoAgainst(gateway: WorkbookGateway, shown: StoredUndo, now: StoredUndo, overwriteShown: boolean, deleteEditedShown: boolean): Promise<UndoOutcome> {
  const confirmed = new Set(overwriteShown ? shown.check.changed.map((c) => undoCellKey(c.cell)) : []);
  const chosen = undoSelection(now.check, confirmed);
  const doomed = sheetsToDelete(now.sheets, shown.sheets, deleteEditedShown);
  const { deletedSheets } = await gateway.restore({ cells: chosen.cells, insertedRows: chosen.insertedRows }, doomed);
  const deleted = new Set(deletedSheets);
  return {
    restoredCells: chosen.cells.length,
    removedRows: chosen.insertedRows.length,
    skipped: chosen.skipped.map((c) => changedText(c, now.label)),
    keptRows: chosen.keptRows.map((k) => keptRowText(k, now.label)),
    deletedSheets,
    keptSheets: now.sheets.filter((s) => !deleted.has(s.sheet.name) && s.kind !== 'gone').map((s) => keptSheetText(s)),
  };
}

/** Why an added sheet is still there after 撤销. */
function keptSheetText(s: AddedSheetState): string {
  if (s.kind === 'edited') return `${addedSheetText(s)}，已保留，内容不变`;
  if (s.kind === 'removable') return `工作表“${s.sheet.name}”在撤销前已有变化，已保留，内容不变`;
  return addedSheetText(s);
}

/** The warning when 撤销 stopped to show edits made to added sheets after the list was shown. */
export function recheckText(r: UndoRecheck): string {
  return `尚未撤销：${sheetList(r.sheets)}在添加后又被修改，修改已列在下面。勾选“也删除以上工作表”后点“撤销”会连同修改一起删除；不勾选直接点“撤销”则保留这些表、内容不变。`;
}

/** The notice after 撤销. */
export function outcomeText(o: UndoOutcome): string {
  const removed = [
    ...(o.removedRows > 0 ? [`删除插入的 ${o.removedRows} 行`] : []),
    ...(o.deletedSheets.length > 0 ? [`删除填充添加的${sheetList(o.deletedSheets)}（Excel 的撤销记录已随之清空）`] : []),
  ];
  // After 添加 N 张表 every write may be on the deleted sheets: then no "0 个单元格".
  const parts = [...(o.restoredCells > 0 || removed.length === 0 ? [`${o.restoredCells} 个单元格已恢复原值`] : []), ...removed];
  const done = `已撤销：${parts.join('，')}。`;
  const left = [
    ...(o.skipped.length > 0 ? [`以下 ${o.skipped.length} 个单元格在填充后被修改，保留现在的内容：${o.skipped.join('；')}。`] : []),
    ...(o.keptRows.length > 0 ? [`${o.keptRows.join('；')}。`] : []),
    ...(o.keptSheets.length > 0 ? [`${o.keptSheets.join('；')}。`] : []),
  ];
  return [done, ...left].join('');
}

/** Right after the pane's own write nothing has changed yet: everything is restorable, every added sheet deletable. */
export function freshStored(record: FillUndoRecord, label: TableLabel): StoredUndo {
  const check = outsideAddedSheets(record);
  return {
    record,
    label,
    check: { record: check, unchanged: check.cells, changed: [], removableRows: check.insertedRows, keptRows: [] },
    sheets: (record.addedSheets ?? []).map((sheet) => ({ kind: 'removable', sheet, id: sheet.id })),
  };
}
