import type { CellRef } from '../domain/findings/finding';
import type { ChartLayout, SheetLayout } from '../domain/template/sheetLayout';
import type { CellValue, SheetSnapshot, TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { cellKey } from '../domain/workbook/snapshot';
import { parseAddress, parseRange, rangeAddress } from '../domain/workbook/a1';
import { isMarkFormula, markFormula } from './markTag';
import { looksLikeCode } from './officeStyles';
import { OwnWriteCounter } from './ownWriteCounter';
import { fillUndoToXml } from '../domain/fill/undoRecordXml';
import type { UndoRow, UndoSheet } from '../domain/fill/undoRecord';
import {
  fillAddedMark,
  ProtectedSheetError,
  SheetExistsError,
  WorkbookProtectedError,
  type CellValueWrite,
  type Mark,
  type MarkOutcome,
  type MarkingRead,
  type PreviousCell,
  type RestoreOutcome,
  type SheetIdentity,
  type SheetMark,
  type WorkbookChange,
  type WorkbookGateway,
  type WriteBatch,
  type WriteUndo,
} from './workbookGateway';

/** A conditional format in the memory workbook: user rules, template sum rules and the add-in's marks. */
export interface MemoryConditionalFormat {
  readonly ranges: readonly string[];
  readonly formula: string;
}

export interface MemorySheet {
  readonly name: string;
  readonly values: CellValue[][];
  readonly formulas: Set<string>;
  readonly textFormatted: Set<string>;
  merges: string[];
  conditionalFormats: MemoryConditionalFormat[];
  freezeRows: number;
  /** Charts as laid out (the memory workbook keeps what Excel would draw). */
  charts?: readonly ChartLayout[];
  /** Protected (审阅 › 保护工作表): the add-in's writes leave it alone or refuse, as with Excel. */
  protected?: boolean;
  /** The fill mark (FILL_ADDED_MARK): fillAddedMark of the fill that added this sheet. */
  fillMark?: string;
}

export interface MemoryGatewayOptions {
  /** Emulates ExcelApi 1.14: change events carry triggerSource. Default true. */
  readonly reportsTriggerSource?: boolean;
  /** Own-write bookkeeping (tests pass one on a manual clock). */
  readonly ownWrites?: OwnWriteCounter;
}

/**
 * The same interface over a plain in-memory workbook: the contract tests run against it and the real
 * adapter (over test/support/fakeExcel.ts), and browser tests hand it to the pane as
 * `window.__BUDGET_TEST_HOST__`. No Node or Office APIs, so it bundles for the browser.
 */
export class MemoryGateway implements WorkbookGateway {
  readonly ownWrites: OwnWriteCounter;
  readonly sheets: MemorySheet[] = [];
  metadata: TemplateMetadata | undefined;
  /** The imported 科目表 part (catalogToXml), as Office keeps it in a custom XML part. */
  catalogXml: string | undefined;
  /** The latest fill's undo record part (fillUndoToXml), as Office keeps it in a custom XML part. */
  fillUndoXml: string | undefined;
  selection: CellRef[] = [];
  /** Workbook structure protected (审阅 › 保护工作簿): no sheet can be added. */
  structureProtected = false;
  private readonly handlers = new Set<(c: WorkbookChange) => void>();
  private readonly reportsTriggerSource: boolean;

  constructor(options: MemoryGatewayOptions = {}) {
    this.reportsTriggerSource = options.reportsTriggerSource ?? true;
    this.ownWrites = options.ownWrites ?? new OwnWriteCounter();
  }

  static fromSnapshot(wb: WorkbookSnapshot, options: MemoryGatewayOptions = {}): MemoryGateway {
    const g = new MemoryGateway(options);
    for (const s of wb.sheets) {
      g.sheets.push({
        name: s.name,
        values: s.values.map((r) => [...r]),
        formulas: new Set(s.formulas ?? []),
        textFormatted: new Set(s.textFormatted ?? []),
        merges: [...(s.merges ?? [])],
        conditionalFormats: [],
        freezeRows: 0,
      });
    }
    g.metadata = wb.metadata;
    g.catalogXml = wb.catalogXml;
    return g;
  }

  /**
   * The same workbook as a freshly opened pane sees it (tests: closing and reopening the pane, or
   * Excel): same sheets and parts, no state of this instance. Use only the new instance afterwards.
   */
  reopen(options: MemoryGatewayOptions = {}): MemoryGateway {
    const g = new MemoryGateway(options);
    g.sheets.push(...this.sheets);
    g.metadata = this.metadata;
    g.catalogXml = this.catalogXml;
    g.fillUndoXml = this.fillUndoXml;
    return g;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  /** The memory workbook's change events report sheet names, so a sheet's id is its name. */
  async sheetIds(): Promise<{ id: string; name: string }[]> {
    return this.sheets.map((s) => ({ id: s.name, name: s.name }));
  }

  async sheetMarks(): Promise<SheetMark[]> {
    return this.sheets.map((s) => ({ id: s.name, name: s.name, mark: s.fillMark ?? null }));
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const sheets: SheetSnapshot[] = this.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((r) => [...r]),
      formulas: new Set(s.formulas),
      textFormatted: new Set(s.textFormatted),
      merges: [...s.merges],
    }));
    return { sheets, ...(this.metadata ? { metadata: this.metadata } : {}), ...(this.catalogXml ? { catalogXml: this.catalogXml } : {}) };
  }

  /** In memory a whole read costs nothing: the edits are already in it. */
  readChanged(_changes?: readonly WorkbookChange[]): Promise<WorkbookSnapshot> {
    return this.readSnapshot();
  }

  async readForMarks(): Promise<MarkingRead> {
    return {
      snapshot: await this.readSnapshot(),
      sheetIds: await this.sheetIds(),
      replaceMarks: (marks) => this.applyMarks(marks),
      cancel: async () => undefined,
    };
  }

  async applyMarks(marks: readonly Mark[]): Promise<MarkOutcome> {
    return this.ownWrites.around(async () => {
      const skipped = new Set(this.removeMarks());
      for (const m of marks) {
        const sheet = this.sheet(m.sheet);
        if (sheet?.protected) skipped.add(sheet.name);
        else if (sheet) sheet.conditionalFormats.push({ ranges: [m.address], formula: markFormula(m.severity) });
      }
      return { protectedSheets: this.sheets.map((s) => s.name).filter((n) => skipped.has(n)) };
    });
  }

  async clearMarks(): Promise<MarkOutcome> {
    return this.ownWrites.around(async () => ({ protectedSheets: this.removeMarks() }));
  }

  /** The add-in's marks now in the workbook (for tests and the browser harness). */
  marks(): Mark[] {
    const out: Mark[] = [];
    for (const s of this.sheets) {
      for (const cf of s.conditionalFormats) {
        if (!isMarkFormula(cf.formula)) continue;
        const severity = /:(error|warning|info)"/.exec(cf.formula)?.[1] as Mark['severity'];
        for (const r of cf.ranges) out.push({ sheet: s.name, address: r, severity });
      }
    }
    return out;
  }

  async writeLayouts(layouts: readonly SheetLayout[], metadata?: TemplateMetadata): Promise<void> {
    const taken = new Set(this.sheets.map((s) => s.name.toLowerCase()));
    const clash = layouts.map((l) => l.name).filter((n) => taken.has(n.toLowerCase()));
    if (clash.length > 0) throw new SheetExistsError(clash);
    if (this.structureProtected && layouts.length > 0) throw new WorkbookProtectedError(layouts.map((l) => l.name));
    await this.ownWrites.around(async () => {
      for (const layout of layouts) {
        const sheet: MemorySheet = {
          name: layout.name,
          values: [],
          formulas: new Set(),
          textFormatted: new Set(),
          merges: [...layout.merges],
          conditionalFormats: (layout.sumRules ?? []).map((r) => ({ ranges: [r.range], formula: r.formula })),
          freezeRows: layout.freezeRows,
          charts: layout.charts ?? [],
        };
        for (const c of layout.cells) {
          if (c.style === 'code') sheet.textFormatted.add(cellKey(c.row, c.col));
          if (c.formula) sheet.formulas.add(cellKey(c.row, c.col));
          if (c.value !== null) setCell(sheet, c.row, c.col, c.style === 'code' ? String(c.value) : c.value);
        }
        this.sheets.push(sheet);
      }
      if (metadata) {
        this.metadata = this.metadata ? { ...metadata, sheets: { ...this.metadata.sheets, ...metadata.sheets } } : metadata;
      }
    });
  }

  async writeCells(writes: readonly CellValueWrite[]): Promise<void> {
    this.refuseProtected(writes.map((w) => w.sheet), '写入');
    await this.ownWrites.around(async () => {
      for (const w of writes) this.writeOne(w);
    });
  }

  private writeOne(w: CellValueWrite): void {
    const sheet = this.sheet(w.sheet);
    if (!sheet) throw new Error(`找不到工作表：${w.sheet}`);
    const { row, col } = parseAddress(w.address);
    if (typeof w.value === 'string' && looksLikeCode(w.value)) sheet.textFormatted.add(cellKey(row, col));
    sheet.formulas.delete(cellKey(row, col));
    setCell(sheet, row, col, w.value);
    this.emit({ sheet: w.sheet, address: w.address, triggerSource: this.reportsTriggerSource ? 'ThisLocalAddin' : undefined });
  }

  async writeBatch(batch: WriteBatch): Promise<WriteUndo> {
    const insertions = [...(batch.insertions ?? [])].sort((a, b) => b.beforeRow - a.beforeRow);
    for (const name of [...insertions.map((i) => i.sheet), ...batch.writes.map((w) => w.sheet)]) {
      if (!this.sheet(name)) throw new Error(`找不到工作表：${name}`);
    }
    this.refuseProtected([...insertions.map((i) => i.sheet), ...batch.writes.map((w) => w.sheet)], '填充');
    return this.ownWrites.around(async () => {
      const inserted: UndoRow[] = [];
      for (const ins of insertions) {
        const sheet = this.sheet(ins.sheet)!;
        shiftRows(sheet, ins.beforeRow, 1);
        ins.values.forEach((v, c) => {
          if (v === null) return;
          if (typeof v === 'string' && looksLikeCode(v)) sheet.textFormatted.add(cellKey(ins.beforeRow, c));
          setCell(sheet, ins.beforeRow, c, v);
        });
        for (const [i, r] of inserted.entries()) if (r.sheet === ins.sheet && r.row >= ins.beforeRow) inserted[i] = { ...r, row: r.row + 1 };
        inserted.push({ sheet: ins.sheet, row: ins.beforeRow, values: [...ins.values] });
      }
      const cells: PreviousCell[] = batch.writes.map((w) => {
        const sheet = this.sheet(w.sheet)!;
        const { row, col } = parseAddress(w.address);
        const key = cellKey(row, col);
        const value = sheet.values[row]?.[col] ?? null;
        return {
          sheet: w.sheet,
          address: w.address,
          written: w.value,
          value,
          formula: sheet.formulas.has(key) ? '=（公式）' : null,
          numberFormat: sheet.textFormatted.has(key) ? '@' : 'General',
        };
      });
      for (const w of batch.writes) this.writeOne(w);
      // The sheets this fill added, as it leaves them (a memory sheet's id is its name).
      const addedSheets = (batch.keepUndo?.addedSheets ?? []).map((name): UndoSheet => {
        const sheet = this.sheet(name);
        if (!sheet) throw new Error(`找不到工作表：${name}`);
        sheet.fillMark = fillAddedMark(batch.keepUndo?.filledAt ?? '', name);
        return { name, id: name, values: sheet.values.map((r) => [...r]), formulas: [...sheet.formulas] };
      });
      const undo: WriteUndo = { cells, insertedRows: [...inserted].sort((a, b) => b.row - a.row), ...(addedSheets.length > 0 ? { addedSheets } : {}) };
      if (batch.keepUndo) this.fillUndoXml = fillUndoToXml({ filledAt: batch.keepUndo.filledAt, origin: 'pane', ...undo });
      return undo;
    });
  }

  async restore(undo: WriteUndo, deleteSheets: readonly SheetIdentity[] = []): Promise<RestoreOutcome> {
    this.refuseProtected([...undo.cells.map((c) => c.sheet), ...undo.insertedRows.map((r) => r.sheet)], '撤销填充');
    // A memory sheet's id is its name (there is no renaming here): deleted while it is there.
    const doomed = deleteSheets.filter((d) => d.id === d.name && this.sheet(d.name));
    if (doomed.length > 0 && this.structureProtected) throw new WorkbookProtectedError(doomed.map((d) => d.name), '删除');
    return this.ownWrites.around(async () => {
      for (const c of [...undo.cells].reverse()) {
        const sheet = this.sheet(c.sheet);
        if (!sheet) continue;
        const { row, col } = parseAddress(c.address);
        const key = cellKey(row, col);
        if (c.numberFormat === '@') sheet.textFormatted.add(key);
        else sheet.textFormatted.delete(key);
        if (c.formula) sheet.formulas.add(key);
        else sheet.formulas.delete(key);
        setCell(sheet, row, col, c.value);
      }
      for (const r of undo.insertedRows) {
        const sheet = this.sheet(r.sheet);
        if (sheet) shiftRows(sheet, r.row, -1);
      }
      for (const s of this.sheets) trimSheet(s);
      for (const d of doomed) this.sheets.splice(this.sheets.indexOf(this.sheet(d.name)!), 1);
      this.fillUndoXml = undefined;
      return { deletedSheets: doomed.map((d) => d.name) };
    });
  }

  async readFillUndoXml(): Promise<string | null> {
    return this.fillUndoXml ?? null;
  }

  async storeCatalogXml(xml: string | null): Promise<void> {
    this.catalogXml = xml ?? undefined;
  }

  async selectCells(refs: readonly CellRef[]): Promise<void> {
    if (refs.length === 0) return;
    this.selection = refs.filter((r) => r.sheet === refs[0].sheet);
  }

  async onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    this.handlers.add(handler);
    return async () => {
      this.handlers.delete(handler);
    };
  }

  /** A user typing into a cell (tests): changes the value and fires a change event not made by us. */
  userEdit(sheetName: string, address: string, value: CellValue): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`找不到工作表：${sheetName}`);
    const { row, col } = parseAddress(address);
    setCell(sheet, row, col, value);
    this.emit({ sheet: sheetName, address, triggerSource: this.reportsTriggerSource ? 'Unknown' : undefined });
  }

  /**
   * The browser tests' way of typing into a cell (UI contract): same as userEdit — the value changes
   * and a change event fires that is not the add-in's own.
   */
  setCellValue(sheetName: string, address: string, value: CellValue): void {
    this.userEdit(sheetName, address, value);
  }

  /** A user's own conditional format (tests: marks must never remove it). */
  addUserConditionalFormat(sheetName: string, range: string, formula: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`找不到工作表：${sheetName}`);
    parseRange(range); // validates
    sheet.conditionalFormats.push({ ranges: [range], formula });
  }

  private sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Removes our marks from every unprotected sheet; returns the protected sheets that keep some. */
  private removeMarks(): string[] {
    const kept: string[] = [];
    for (const s of this.sheets) {
      if (s.protected) {
        if (s.conditionalFormats.some((cf) => isMarkFormula(cf.formula))) kept.push(s.name);
        continue;
      }
      s.conditionalFormats = s.conditionalFormats.filter((cf) => !isMarkFormula(cf.formula));
    }
    return kept;
  }

  /** Throws ProtectedSheetError, before anything is written, when one of these sheets is protected. */
  private refuseProtected(names: readonly string[], action: string): void {
    const locked = this.sheets.filter((s) => s.protected && names.includes(s.name)).map((s) => s.name);
    if (locked.length > 0) throw new ProtectedSheetError(locked, action);
  }

  private emit(change: WorkbookChange): void {
    for (const h of this.handlers) h(change);
  }
}

function setCell(sheet: MemorySheet, row: number, col: number, value: CellValue): void {
  while (sheet.values.length <= row) sheet.values.push([]);
  const line = sheet.values[row];
  while (line.length <= col) line.push(null);
  line[col] = value === '' ? null : value;
}

/**
 * Inserts (delta 1) or deletes (delta -1) row `at`, moving everything below, as Excel does:
 * values, formula and text-format keys, merges and conditional-format ranges.
 */
function shiftRows(sheet: MemorySheet, at: number, delta: 1 | -1): void {
  const values = sheet.values;
  if (delta === 1) {
    while (values.length < at) values.push([]);
    values.splice(at, 0, []);
  } else if (at < values.length) {
    values.splice(at, 1);
  }
  const moveKeys = (set: Set<string>): void => {
    const next: string[] = [];
    for (const k of set) {
      const [r, c] = k.split(',').map(Number);
      if (delta === -1 && r === at) continue;
      next.push(cellKey(r > at || (delta === 1 && r === at) ? r + delta : r, c));
    }
    set.clear();
    for (const k of next) set.add(k);
  };
  moveKeys(sheet.formulas);
  moveKeys(sheet.textFormatted);
  const moveRange = (a1: string): string | null => {
    const { start, end } = parseRange(a1);
    if (delta === 1) {
      return rangeAddress(start.row >= at ? start.row + 1 : start.row, start.col, end.row >= at ? end.row + 1 : end.row, end.col);
    }
    if (start.row === at && end.row === at) return null;
    return rangeAddress(start.row > at ? start.row - 1 : start.row, start.col, end.row >= at ? end.row - 1 : end.row, end.col);
  };
  sheet.merges = sheet.merges.map(moveRange).filter((m): m is string => m !== null);
  sheet.conditionalFormats = sheet.conditionalFormats
    .map((cf) => ({ ...cf, ranges: cf.ranges.map(moveRange).filter((m): m is string => m !== null) }))
    .filter((cf) => cf.ranges.length > 0);
}

/** Trailing blank rows are not content (the snapshot of a fresh sheet has none). */
function trimSheet(sheet: MemorySheet): void {
  for (const line of sheet.values) while (line.length > 0 && line[line.length - 1] === null) line.pop();
  while (sheet.values.length > 0 && sheet.values[sheet.values.length - 1].length === 0) sheet.values.pop();
}
