/**
 * A fake of the part of Office.js the gateway uses, strict about the rules that bite in real Excel:
 * - every method call and property write is queued and runs only at `context.sync()`, in order;
 * - reading a property that was not `load`ed and synced throws PropertyNotLoaded (as Excel does);
 * - `getItem` of a missing sheet fails at sync with ItemNotFound; `*OrNullObject` gives isNullObject;
 * - `context.sync()` calls are counted per workbook, so tests can assert batching;
 * - the 5 MB payload limit is on by default: a sync whose request (queued writes) or response (loaded
 *   values) is larger fails as Excel's does, with "RequestPayloadSizeLimitExceeded" (checked before
 *   anything runs: nothing of it is applied) or "ResponsePayloadSizeLimitExceeded" (nothing loaded comes
 *   back; writes queued in that same sync did run, as Excel has no rollback — the gateway never mixes
 *   a read it cannot size with writes);
 * - the ExcelApi version is set per test (fakeHost(workbook, '1.7' | '1.14' | '1.17' | '1.20' …)): a member
 *   used below its requirement set fails the sync with ApiNotFound, and change events carry only what
 *   that version reports (triggerSource from 1.14, details from 1.9). The sets come from the same table
 *   as scripts/check-api-sets.js (scripts/officeApiSets.js, the [Api set] notes of @types/office-js), so
 *   the fake and the script cannot disagree;
 * - an undo stack (`undoStack`): the user's edits push entries; an API write clears it below ExcelApi
 *   1.20 and adds one entry per sync from 1.20 on (one per Excel.run with mergeUndoGroup); the APIs on
 *   Microsoft's list of those that still clear it (Worksheet.delete here) clear it at any version;
 * - protected sheets (`sheet.protected`) refuse every write with AccessDenied, as Excel does;
 * - change events are delivered after the sync that caused them has resolved, never inside it.
 * Values follow Excel's input rules: a leading apostrophe makes text, "=…" becomes a formula, and a
 * numeric string becomes a number unless the cell's number format is text ("@").
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/workbook/snapshot';
import { isCellError } from '../../src/domain/workbook/snapshot';
import { address, parseAddress, parseRange, quoteSheet, rangeAddress } from '../../src/domain/workbook/a1';
import type { OfficeHost } from '../../src/excel/officeGateway';
import { OFFICE_PAYLOAD_LIMIT_BYTES } from '../../src/excel/payloadBudget';
import { EXCEL_API_SETS } from './excelApiSets';

export class FakeOfficeError extends Error {
  constructor(
    readonly code:
      | 'PropertyNotLoaded'
      | 'ApiNotFound'
      | 'AccessDenied'
      | 'ItemNotFound'
      | 'InvalidArgument'
      | 'InvalidOperation'
      | 'InvalidSelection'
      | 'GeneralException'
      | 'RequestPayloadSizeLimitExceeded'
      | 'ResponsePayloadSizeLimitExceeded',
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ------------------------------------------------------------------------------------------------
// The model: what is "in Excel".

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  format?: Record<string, unknown>;
}

export interface FakeConditionalFormat {
  readonly id: string;
  readonly type: 'Custom' | 'CellValue' | 'ColorScale';
  ranges: string[];
  formula: string | null;
  fill?: string;
  font?: string;
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  anchor: string | null;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  /** Protected (审阅 › 保护工作表): every write through the API fails with AccessDenied. */
  protected: boolean;
  readonly cells: Map<string, FakeCell>; // "row,col"
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  validations: Map<string, unknown>;
  /** Sheet-scoped defined names (Worksheet.names): they stay with the sheet when it is renamed. */
  names: Map<string, { formula: string; visible: boolean }>;
}

/** A change event as Excel builds it (what a given ExcelApi version reports is chosen at delivery). */
export interface FakeChange {
  worksheetId: string;
  address: string;
  changeType: string;
  triggerSource: string;
  details?: { valueBefore: unknown; valueAfter: unknown; valueTypeBefore: string; valueTypeAfter: string };
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly customXmlParts: { id: string; xml: string; namespace: string }[] = [];
  syncCount = 0;
  /** Bytes a sync's request or response may have: Excel on the web's documented 5 MB unless a test sets another. */
  payloadLimitBytes = OFFICE_PAYLOAD_LIMIT_BYTES;
  /** The ExcelApi version of this "Excel" (fakeHost sets it). */
  apiVersion = '1.14';
  /** Requirement sets besides ExcelApi that this Excel has (SharedRuntime where the test says so). */
  readonly otherSets = new Map<string, string>([['DialogApi', '1.2']]);
  /** The user's undo stack, oldest first: "user Sheet!A1" for an edit, "add-in" for an API write from 1.20. */
  undoStack: string[] = [];
  /** Write operations the API has executed (every value, format, sheet or part change). */
  apiWrites = 0;
  /** Bytes of every sync's response so far (what was read from Excel). */
  bytesRead = 0;
  /** Workbook structure protected (审阅 › 保护工作簿): sheets cannot be added or deleted. */
  structureProtected = false;
  /** The largest request and response of any sync so far (bytes, as the fake measures them). */
  largestRequest = 0;
  largestResponse = 0;
  /** Operations executed at sync, for asserting there is no sync per cell. */
  operations = 0;
  /** What is selected ("A1:A2,C1:C3" for several areas); null: A1 of the active sheet. */
  selection: { sheet: string; address: string } | null = null;
  /** Null: the first sheet is active. */
  activeSheet: string | null = null;
  /** Runtime.enableEvents: another add-in or a macro may turn Excel's events off; then none is delivered. */
  eventsEnabled = true;
  readonly changeHandlers = new Set<(e: FakeChange) => Promise<void> | void>();
  private nextId = 1;

  id(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError('InvalidOperation', `工作表名称 ${name} 已存在`);
    const s: FakeSheet = {
      id: this.id('{sheet-'),
      name,
      protected: false,
      cells: new Map(),
      merges: [],
      conditionalFormats: [],
      charts: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      pageLayout: {},
      validations: new Map(),
      names: new Map(),
    };
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Worksheets.getItem takes a name or an id. */
  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheet(key);
  }

  /** Does this Excel have `member` ("Excel.Range.select")? By the [Api set] table and apiVersion. */
  hasApi(member: string): boolean {
    const note = EXCEL_API_SETS[member];
    return !note || this.hasSet(note.set, note.version);
  }

  /** Does this Excel have requirement set `set` at `version` (isSetSupported)? */
  hasSet(set: string, version: string): boolean {
    if (set === 'ExcelApi') return compareVersions(this.apiVersion, version) >= 0;
    const have = this.otherSets.get(set);
    return have !== undefined && compareVersions(have, version) >= 0;
  }

  /** The active sheet: the one last activated, else the first. */
  activeSheetModel(): FakeSheet {
    const s = (this.activeSheet !== null ? this.sheet(this.activeSheet) : undefined) ?? this.sheets[0];
    if (!s) throw new FakeOfficeError('ItemNotFound', 'no worksheet');
    return s;
  }

  /** The active sheet's selection (A1 where nothing was selected on it). */
  currentSelection(): { sheet: FakeSheet; address: string } {
    const sheet = this.activeSheetModel();
    const sel = this.selection;
    return sel && sel.sheet.toLowerCase() === sheet.name.toLowerCase() ? { sheet, address: sel.address } : { sheet, address: 'A1' };
  }

  /** A change event as this version of Excel reports it. */
  eventArgs(e: FakeChange): Record<string, unknown> {
    const args: Record<string, unknown> = { type: 'WorksheetChanged', source: 'Local' };
    for (const [key, value] of Object.entries(e)) {
      if (value !== undefined && this.hasApi(`Excel.WorksheetChangedEventArgs.${key}`)) args[key] = value;
    }
    return args;
  }

  /** Delivers a change event to the handlers, after whatever is running now (Excel does not call back inside a sync). */
  deliver(e: FakeChange): Promise<void> {
    if (!this.eventsEnabled) return Promise.resolve();
    return new Promise((resolve) =>
      setTimeout(() => {
        const args = this.eventArgs(e);
        void Promise.all([...this.changeHandlers].map((h) => h(args as unknown as FakeChange))).then(() => resolve());
      }, 0),
    );
  }

  /** Builds the model from a snapshot (values, formulas as "=FAKE()", text formats, merges). */
  static fromSnapshot(wb: WorkbookSnapshot): FakeWorkbook {
    const fake = new FakeWorkbook();
    for (const s of wb.sheets) fake.addSheetFromSnapshot(s);
    return fake;
  }

  /** A sheet the user adds (or pastes in) with these contents. */
  addSheetFromSnapshot(s: SheetSnapshot): FakeSheet {
    const sheet = this.addSheet(s.name);
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null) return;
        const key = `${r},${c}`;
        sheet.cells.set(key, {
          value: v,
          formula: s.formulas?.has(key) ? `=FAKE(${address(r, c)})` : undefined,
          numberFormat: s.textFormatted?.has(key) ? '@' : undefined,
        });
      }),
    );
    for (const key of s.textFormatted ?? []) {
      if (!sheet.cells.has(key)) sheet.cells.set(key, { value: null, numberFormat: '@' });
    }
    sheet.merges = [...(s.merges ?? [])];
    return sheet;
  }

  /**
   * The file closed and opened again: Excel gives every sheet a new id (ids hold within a session only,
   * OfficeDev/office-js-docs#297); contents, names and custom XML parts are the file's.
   */
  newSession(): void {
    for (const s of this.sheets) (s as { id: string }).id = this.id('{sheet-');
    this.undoStack = [];
    this.changeHandlers.clear();
  }

  /** A sheet the user renames (its id stays, as in Excel); Excel refuses a name another sheet has. */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `找不到工作表 ${from}`);
    const other = this.sheet(to);
    if (other && other !== sheet) throw new FakeOfficeError('InvalidOperation', `工作表名称 ${to} 已存在`);
    if (this.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) this.activeSheet = to;
    sheet.name = to;
  }

  /** A sheet the user deletes. */
  deleteSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (i < 0) return;
    const [gone] = this.sheets.splice(i, 1);
    // Excel activates a neighbour when the active sheet goes.
    if (this.activeSheet?.toLowerCase() === gone.name.toLowerCase()) this.activeSheet = this.sheets[Math.max(0, i - 1)]?.name ?? null;
  }

  /**
   * A user typing a value: the cell changes, Ctrl+Z gets an entry, and onChanged fires (triggerSource
   * Unknown) once the handlers' turn comes; resolves when they have run.
   */
  async userEdit(sheetName: string, a1: string, value: CellValue): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(sheetName);
    const { row, col } = parseAddress(a1);
    const before = sheet.cells.get(`${row},${col}`)?.value ?? null;
    sheet.cells.set(`${row},${col}`, { ...(sheet.cells.get(`${row},${col}`) ?? {}), value, formula: undefined });
    this.undoStack.push(`user ${sheet.name}!${a1}`);
    await this.deliver({
      worksheetId: sheet.id,
      address: a1,
      changeType: 'RangeEdited',
      triggerSource: 'Unknown',
      details: { valueBefore: before ?? '', valueAfter: value ?? '', valueTypeBefore: valueType(before), valueTypeAfter: valueType(value) },
    });
  }

  /** The user inserts rows (1-based `first`, `count` of them) on a sheet: cells move down, the event says RowInserted. */
  async userInsertRows(sheetName: string, first: number, count = 1): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(sheetName);
    shiftRows(sheet, first - 1, count);
    this.undoStack.push(`user insert ${sheet.name}!${first}:${first + count - 1}`);
    await this.deliver({ worksheetId: sheet.id, address: `${first}:${first + count - 1}`, changeType: 'RowInserted', triggerSource: 'Unknown' });
  }

  valueAt(sheetName: string, a1: string): CellValue {
    const { row, col } = parseAddress(a1);
    return this.sheet(sheetName)?.cells.get(`${row},${col}`)?.value ?? null;
  }

  cellAt(sheetName: string, a1: string): FakeCell | undefined {
    const { row, col } = parseAddress(a1);
    return this.sheet(sheetName)?.cells.get(`${row},${col}`);
  }
}

/**
 * The host the gateway runs on, as Excel `apiVersion` (Excel 2021: 1.14; LTSC 2024: 1.17; Microsoft 365
 * 2501: 1.18; 2509: 1.20): `run` makes a fresh context, as Excel.run does; mergeUndoGroup needs 1.20.
 */
export function fakeHost(workbook: FakeWorkbook, apiVersion = '1.14'): OfficeHost & { context(): FakeRequestContext } {
  workbook.apiVersion = apiVersion;
  return {
    run: async (batch, options) => {
      if (options?.mergeUndoGroup && !workbook.hasApi('Excel.RunOptions.mergeUndoGroup')) {
        throw new FakeOfficeError('ApiNotFound', `mergeUndoGroup needs ExcelApi 1.20 (this Excel: ${apiVersion})`);
      }
      return batch(new FakeRequestContext(workbook, options?.mergeUndoGroup === true) as unknown as Excel.RequestContext);
    },
    supports: (set, v) => workbook.hasSet(set, v),
    get payloadLimitBytes() {
      return Number.isFinite(workbook.payloadLimitBytes) ? workbook.payloadLimitBytes : undefined;
    },
    context: () => new FakeRequestContext(workbook),
  };
}

function valueType(v: CellValue): string {
  if (v === null || v === '') return 'Empty';
  if (isCellError(v)) return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}

/** Request bytes of one queued action besides its arguments (ids, action type, object path). */
const OP_BYTES = 100;

/** Bytes of a value as JSON in UTF-8: what a request carries as an argument or a response as a value. */
export function payloadBytes(v: unknown): number {
  return UTF8.encode(JSON.stringify(v ?? null)).length;
}

// TextEncoder, not Buffer: the browser tests run this fake in the page.
const UTF8 = new TextEncoder();

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ------------------------------------------------------------------------------------------------
// Proxies.

export class FakeRequestContext {
  private queue: { op: () => void; bytes: number }[] = [];
  private pendingEvents: FakeChange[] = [];
  /** During a sync: bytes loaded so far, and how to take each load back should the response be refused. */
  private response: { bytes: number; undo: (() => void)[] } | null = null;
  /** Writes executed by the sync running now. */
  private syncWrites = 0;
  /** An Excel.run with mergeUndoGroup has put its one entry on the undo stack. */
  private undoEntry = false;
  readonly workbook: FakeWorkbookProxy;
  /** RequestContext.runtime (ExcelApi 1.5): enableEvents (1.8). */
  readonly runtime: FakeRuntime;

  constructor(
    readonly model: FakeWorkbook,
    /** Excel.run({ mergeUndoGroup: true }): all syncs of the run are one undo entry (ExcelApi 1.20). */
    private readonly mergeUndoGroup = false,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.runtime = new FakeRuntime(this);
  }

  /**
   * A member used by the add-in: where this Excel lacks it, the sync fails at that point with
   * ApiNotFound, as Excel's does (what was queued before it has run).
   */
  use(member: string): void {
    if (this.model.hasApi(member)) return;
    this.enqueue(() => {
      throw new FakeOfficeError('ApiNotFound', `The requested API (${member}) is not supported by this version of Excel (ExcelApi ${this.model.apiVersion}).`);
    });
  }

  /** At sync, inside a load: the property must exist in this version. */
  requireApi(member: string): void {
    if (!this.model.hasApi(member)) {
      throw new FakeOfficeError('ApiNotFound', `The requested API (${member}) is not supported by this version of Excel (ExcelApi ${this.model.apiVersion}).`);
    }
  }

  /**
   * At sync, inside a write: refused on a protected sheet (AccessDenied, as Excel does), counted
   * otherwise (a sheet of null: a write to the workbook, refused when its structure is protected).
   */
  write(sheet: FakeSheet | null, structure = false): void {
    if (sheet?.protected) throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
    if (structure && this.model.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
    this.syncWrites++;
    this.model.apiWrites++;
  }

  /** At sync: an API on Microsoft's list of those that clear the undo stack even from 1.20. */
  clearsUndo(): void {
    this.model.undoStack = [];
    this.syncWrites = 0; // the writes before it are gone with the stack; the deletion itself cannot be undone
  }

  /** Queues an operation; `argumentBytes` is the size of what it sends (values, addresses, XML). */
  enqueue(op: () => void, argumentBytes = 0): void {
    this.queue.push({ op, bytes: OP_BYTES + argumentBytes });
  }

  /** Before ExcelApi 1.20 an API write clears the undo stack; from 1.20 it is an entry (one per run when merged). */
  private recordUndo(): void {
    if (this.syncWrites === 0) return;
    if (!this.model.hasApi('Excel.RunOptions.mergeUndoGroup')) {
      this.model.undoStack = [];
    } else if (!this.mergeUndoGroup || !this.undoEntry) {
      this.model.undoStack.push('add-in');
      this.undoEntry = true;
    }
  }

  /** At sync: a value loaded for the response (`undo` forgets it if the response is refused). */
  respond(bytes: number, undo: () => void): void {
    if (!this.response) return;
    this.response.bytes += bytes;
    this.response.undo.push(undo);
  }

  /** An own write to be reported to onChanged handlers after the sync. */
  ownChange(e: FakeChange): void {
    this.pendingEvents.push(e);
  }

  async sync(): Promise<void> {
    this.model.syncCount++;
    const ops = this.queue;
    this.queue = [];
    const limit = this.model.payloadLimitBytes;
    const request = ops.reduce((n, o) => n + o.bytes, 0);
    this.model.largestRequest = Math.max(this.model.largestRequest, request);
    if (request > limit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} > ${limit} bytes).`);
    }
    const response = { bytes: 0, undo: [] as (() => void)[] };
    this.response = response;
    this.syncWrites = 0;
    try {
      for (const { op } of ops) {
        this.model.operations++;
        op();
      }
    } finally {
      this.response = null;
      this.recordUndo();
      const events = this.pendingEvents;
      this.pendingEvents = [];
      // Excel delivers change events after the batch completes, not inside it.
      for (const e of events) void this.model.deliver(e);
    }
    this.model.largestResponse = Math.max(this.model.largestResponse, response.bytes);
    this.model.bytesRead += response.bytes;
    if (response.bytes > limit) {
      for (const undo of response.undo) undo();
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${response.bytes} > ${limit} bytes).`);
    }
  }
}

/** Load bookkeeping shared by every proxy. */
abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  /** The Excel class this stands for ("Range"), for the requirement set of its members. */
  protected abstract readonly excelType: string;

  constructor(readonly context: FakeRequestContext) {}

  /** A method or navigation property used: ApiNotFound at sync where this Excel lacks it. */
  protected api(member: string): void {
    this.context.use(`Excel.${this.excelType}.${member}`);
  }

  load(spec?: string | string[]): this {
    const paths = (Array.isArray(spec) ? spec : (spec ?? '').split(','))
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.split('/'));
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  /** Runs at sync: records requested properties (and the null-object state). */
  applyLoad(paths: string[][]): void {
    this.nullObject = this.isNull();
    this.context.respond(8, () => (this.nullObject = undefined));
    if (this.nullObject) return;
    const scalars = new Set<string>();
    const nested = new Map<string, string[][]>();
    for (const p of paths) {
      if (p.length === 1) scalars.add(p[0]);
      else nested.set(p[0], [...(nested.get(p[0]) ?? []), p.slice(1)]);
    }
    for (const name of [...scalars, ...nested.keys()]) this.context.requireApi(`Excel.${this.excelType}.${name}`);
    for (const s of scalars) {
      if (this.navigation(s)) this.navigation(s)!.applyLoad([]);
      else {
        const value = this.readProperty(s);
        this.loaded.set(s, value);
        this.context.respond(s.length + 4 + payloadBytes(value), () => this.loaded.delete(s));
      }
    }
    for (const [name, rest] of nested) {
      const nav = this.navigation(name);
      if (!nav) throw new FakeOfficeError('InvalidArgument', `${this.constructor.name} 没有导航属性 ${name}`);
      nav.applyLoad(rest);
    }
  }

  protected loadedValue<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property 'isNullObject' is not available. Call load and context.sync() first.`);
    }
    return this.nullObject;
  }

  protected isNull(): boolean {
    return false;
  }
  protected abstract readProperty(name: string): unknown;
  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }
}

class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(value: T): void {
    this.v = value;
    this.has = true;
  }
  unset(): void {
    this.v = undefined;
    this.has = false;
  }
  get value(): T {
    if (!this.has) throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value is not available before context.sync()');
    return this.v as T;
  }
}

/** Excel.Runtime: whether events are on (enableEvents, ExcelApi 1.8). */
class FakeRuntime extends FakeClientObject {
  protected readonly excelType = 'Runtime';

  get enableEvents(): boolean {
    return this.loadedValue('enableEvents');
  }

  protected readProperty(name: string): unknown {
    if (name === 'enableEvents') return this.context.model.eventsEnabled;
    throw new FakeOfficeError('InvalidArgument', `Runtime.${name}`);
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlParts;
  /** Workbook structure protection (ExcelApi 1.7): load('protected'). */
  readonly protection: FakeProtection;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.customXmlParts = new FakeCustomXmlParts(ctx);
    this.protection = new FakeProtection(ctx, 'WorkbookProtection', () => ctx.model.structureProtected);
  }

  /** The selection as one range (ExcelApi 1.1): Excel refuses it with InvalidSelection when several areas are selected. */
  getSelectedRange(): FakeRange {
    const model = this.ctx.model;
    const ws = new FakeWorksheet(this.ctx, () => model.currentSelection().sheet);
    return new FakeRange(this.ctx, ws, () => {
      const { address } = model.currentSelection();
      if (address.includes(',')) throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid for this operation.');
      return boundsOf(address);
    });
  }

  /** The selection, one or several areas (ExcelApi 1.9). */
  getSelectedRanges(): FakeRangeAreas {
    this.ctx.use('Excel.Workbook.getSelectedRanges');
    const model = this.ctx.model;
    const ws = new FakeWorksheet(this.ctx, () => model.currentSelection().sheet);
    return new FakeRangeAreas(this.ctx, ws, () => model.currentSelection().address.split(','));
  }
}

/** Worksheet.protection (ExcelApi 1.2) or Workbook.protection (1.7): whether it is protected. */
class FakeProtection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    protected readonly excelType: string,
    private readonly isProtected: () => boolean,
  ) {
    super(ctx);
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }

  protected readProperty(name: string): unknown {
    if (name === 'protected') return this.isProtected();
    throw new FakeOfficeError('InvalidArgument', `${this.excelType}.${name}`);
  }
}

class FakeWorksheetCollection extends FakeClientObject {
  protected readonly excelType = 'WorksheetCollection';
  private loadedItems: FakeWorksheet[] | null = null;
  readonly onChanged = {
    add: (handler: (e: FakeChange) => Promise<void>) => {
      this.api('onChanged');
      const result = {
        context: this.context,
        remove: () => this.context.enqueue(() => this.context.model.changeHandlers.delete(handler)),
      };
      this.context.enqueue(() => this.context.model.changeHandlers.add(handler));
      return result;
    },
  };

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', `The property 'items' is not available. Call load("items") and context.sync() first.`);
    return this.loadedItems;
  }

  override applyLoad(paths: string[][]): void {
    const itemPaths = paths.filter((p) => p[0] === 'items').map((p) => p.slice(1));
    this.context.respond(8, () => (this.loadedItems = null));
    this.loadedItems = this.context.model.sheets.map((s) => {
      const ws = new FakeWorksheet(this.context, () => s);
      ws.applyLoad(itemPaths);
      return ws;
    });
  }

  /** The active sheet (the first where none was activated). */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.activeSheetModel());
  }

  /** By name or by id, as Excel's getItem. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.model.sheetByKey(key);
      if (!s) throw new FakeOfficeError('ItemNotFound', `找不到工作表 ${key}`);
      return s;
    });
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.context.enqueue(() => {
      this.context.write(null, true);
      created = this.context.model.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw new FakeOfficeError('InvalidOperation', 'sheet not created yet');
      return created;
    });
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `WorksheetCollection.${name}`);
  }
}

class FakeWorksheet extends FakeClientObject {
  protected readonly excelType = 'Worksheet';
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly charts: {
    add(type: string, source: { addressForChart(): string }, seriesBy: string): { title: { text: string }; setPosition(anchor: string): void; delete(): void };
    /** The sheet's number of charts (ExcelApi 1.4). */
    getCount(): FakeClientResult<number>;
  };
  readonly protection: FakeProtection;

  constructor(
    ctx: FakeRequestContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
    this.names = new FakeNamedItemCollection(ctx, resolve);
    this.freezePanes = {
      freezeRows: (n) => {
        this.api('freezePanes');
        ctx.enqueue(() => {
          ctx.write(this.resolve());
          this.resolve().frozenRows = n;
        });
      },
    };
    this.charts = {
      add: (type: string, source: { addressForChart(): string }, seriesBy: string) => {
        let chart: FakeChart | undefined;
        ctx.enqueue(() => {
          ctx.write(this.resolve());
          chart = { type, source: source.addressForChart(), seriesBy, title: '', anchor: null };
          this.resolve().charts.push(chart);
        });
        const change = (apply: (c: FakeChart) => void) =>
          ctx.enqueue(() => {
            ctx.write(this.resolve());
            apply(chart!);
          });
        return {
          title: { set text(t: string) { change((c) => (c.title = t)); } },
          setPosition: (anchor: string) => change((c) => (c.anchor = anchor)),
          delete: () =>
            ctx.enqueue(() => {
              ctx.write(this.resolve());
              const sheet = this.resolve();
              sheet.charts = sheet.charts.filter((c) => c !== chart);
            }),
        };
      },
      getCount: () => {
        ctx.use('Excel.ChartCollection.getCount');
        const r = new FakeClientResult<number>();
        ctx.enqueue(() => {
          r.set(this.resolve().charts.length);
          ctx.respond(8, () => r.unset());
        });
        return r;
      },
    };
    this.protection = new FakeProtection(ctx, 'WorksheetProtection', () => this.resolve().protected);
  }

  /** Page setup (ExcelApi 1.9). */
  get pageLayout(): Record<string, unknown> {
    this.api('pageLayout');
    return new Proxy(
      {},
      {
        set: (_t, prop, value) => {
          this.context.enqueue(() => {
            this.context.write(this.resolve());
            this.resolve().pageLayout[String(prop)] = value;
          });
          return true;
        },
      },
    );
  }

  /** The sheet's own defined names (ExcelApi 1.4). */
  readonly names: FakeNamedItemCollection;

  /** Deletes the sheet: on Microsoft's list of APIs that clear the undo stack at any version. */
  delete(): void {
    this.api('delete');
    this.context.enqueue(() => {
      this.context.write(null, true);
      this.context.clearsUndo();
      this.context.model.deleteSheet(this.resolve().name);
    });
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  get name(): string {
    return this.loadedValue('name');
  }

  get id(): string {
    return this.loadedValue('id');
  }

  protected readProperty(name: string): unknown {
    const s = this.resolve();
    if (name === 'name') return s.name;
    if (name === 'id') return s.id;
    throw new FakeOfficeError('InvalidArgument', `Worksheet.${name}`);
  }

  activate(): void {
    this.context.enqueue(() => (this.context.model.activeSheet = this.resolve().name));
  }

  getRange(a1?: string): FakeRange {
    return new FakeRange(this.context, this, () => (a1 ? boundsOf(a1) : WHOLE_SHEET));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.api('getRangeByIndexes');
    return new FakeRange(this.context, this, () => ({ r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 }));
  }

  getRanges(list: string): FakeRangeAreas {
    this.api('getRanges');
    const areas = new FakeRangeAreas(this.context, this, () => list.split(',').map((a) => a.trim()));
    areas.addressBytes = payloadBytes(list); // the address list travels with what is done to it
    return areas;
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.api('getUsedRangeOrNullObject');
    return new FakeRange(this.context, this, () => usedBounds(this.resolve()), true);
  }

  /** A sheet's own change event: only that sheet's changes (ExcelApi 1.7). */
  readonly onChanged = {
    add: (handler: (e: FakeChange) => Promise<void>) => {
      this.api('onChanged');
      let mine: ((e: FakeChange) => Promise<void>) | null = null;
      this.context.enqueue(() => {
        const id = this.resolve().id;
        mine = async (e) => (e.worksheetId === id ? handler(e) : undefined);
        this.context.model.changeHandlers.add(mine);
      });
      return { context: this.context, remove: () => this.context.enqueue(() => mine && this.context.model.changeHandlers.delete(mine)) };
    },
  };
}

interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;
const WHOLE_SHEET: Bounds = { r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL };

function boundsOf(a1: string): Bounds {
  const { start, end } = parseRange(a1.replace(/\$/g, ''));
  return { r0: start.row, c0: start.col, r1: end.row, c1: end.col };
}

function usedBounds(s: FakeSheet): Bounds | null {
  let b: Bounds | null = null;
  for (const [key, cell] of s.cells) {
    if (cell.value === null || cell.value === '') continue;
    const [r, c] = key.split(',').map(Number);
    b = b ? { r0: Math.min(b.r0, r), c0: Math.min(b.c0, c), r1: Math.max(b.r1, r), c1: Math.max(b.c1, c) } : { r0: r, c0: c, r1: r, c1: c };
  }
  return b;
}

function intersects(a: Bounds, b: Bounds): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function toA1(b: Bounds): string {
  return rangeAddress(b.r0, b.c0, b.r1, b.c1);
}

/** Worksheet.names: add, getItemOrNullObject (ExcelApi 1.4). Names are case-insensitive, as Excel's. */
class FakeNamedItemCollection extends FakeClientObject {
  protected readonly excelType = 'NamedItemCollection';

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }

  /** A name referring to a range or a formula ("=\"text\""); Excel refuses a name the scope has already or one that is not a name. */
  add(name: string, reference: string): FakeNamedItem {
    this.api('add');
    if (typeof reference !== 'string') throw new FakeOfficeError('InvalidArgument', 'the fake names formulas only');
    this.context.enqueue(() => {
      const sheet = this.sheet();
      this.context.write(sheet);
      if (!/^[A-Za-z_\\][\w.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError('InvalidArgument', `名称 ${name} 无效`);
      if (keyOf(sheet.names, name) !== undefined) throw new FakeOfficeError('InvalidArgument', `名称 ${name} 已存在`);
      sheet.names.set(name, { formula: reference.startsWith('=') ? reference : `=${reference}`, visible: true });
    }, payloadBytes(name) + payloadBytes(reference));
    return new FakeNamedItem(this.context, this.sheet, name, false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    this.api('getItemOrNullObject');
    return new FakeNamedItem(this.context, this.sheet, name, true);
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `NamedItemCollection.${name}`);
  }
}

function keyOf(names: Map<string, unknown>, name: string): string | undefined {
  return [...names.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
}

/** One defined name of a sheet: formula (ExcelApi 1.7), visible (1.1), delete. */
class FakeNamedItem extends FakeClientObject {
  protected readonly excelType = 'NamedItem';

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
    private readonly name: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }

  private item(): { formula: string; visible: boolean } {
    const key = keyOf(this.sheet().names, this.name);
    if (key === undefined) throw new FakeOfficeError('ItemNotFound', `找不到名称 ${this.name}`);
    return this.sheet().names.get(key)!;
  }

  protected override isNull(): boolean {
    return this.orNull && keyOf(this.sheet().names, this.name) === undefined;
  }

  get formula(): string {
    return this.loadedValue('formula');
  }

  set visible(v: boolean) {
    this.api('visible');
    this.context.enqueue(() => {
      this.context.write(this.sheet());
      this.item().visible = v;
    });
  }

  delete(): void {
    this.api('delete');
    this.context.enqueue(() => {
      this.context.write(this.sheet());
      this.item();
      this.sheet().names.delete(keyOf(this.sheet().names, this.name)!);
    });
  }

  protected readProperty(name: string): unknown {
    if (name === 'formula') return this.item().formula;
    if (name === 'visible') return this.item().visible;
    throw new FakeOfficeError('InvalidArgument', `NamedItem.${name}`);
  }
}

class FakeRange extends FakeClientObject {
  protected readonly excelType = 'Range';
  readonly format: FakeRangeFormat;

  constructor(
    ctx: FakeRequestContext,
    readonly sheet: FakeWorksheet,
    private readonly bounds: () => Bounds | null,
    private readonly orNull = false,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
  }

  resolveBounds(): Bounds {
    const b = this.bounds();
    if (!b) throw new FakeOfficeError('ItemNotFound', 'range is a null object');
    return b;
  }

  protected override isNull(): boolean {
    return this.orNull && this.bounds() === null;
  }

  protected readProperty(name: string): unknown {
    const b = this.resolveBounds();
    const s = this.sheet.resolve();
    const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] => {
      if (b.r1 - b.r0 > 100000 || b.c1 - b.c0 > 1000) throw new FakeOfficeError('InvalidOperation', '请求的范围过大 (payload too large)');
      const out: T[][] = [];
      for (let r = b.r0; r <= b.r1; r++) {
        const line: T[] = [];
        for (let c = b.c0; c <= b.c1; c++) line.push(f(s.cells.get(`${r},${c}`)));
        out.push(line);
      }
      return out;
    };
    switch (name) {
      case 'rowIndex':
        return b.r0;
      case 'columnIndex':
        return b.c0;
      case 'rowCount':
        return b.r1 - b.r0 + 1;
      case 'columnCount':
        return b.c1 - b.c0 + 1;
      case 'address':
        return `${quoteSheet(s.name)}!${toA1(b)}`;
      case 'values':
        return grid((c) => (c === undefined || c.value === null ? '' : isCellError(c.value) ? c.value.error : c.value));
      case 'valueTypes':
        return grid((c) => {
          const v = c?.value ?? null;
          if (v === null || v === '') return 'Empty';
          if (isCellError(v)) return 'Error';
          return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
        });
      case 'formulas':
        return grid((c) => c?.formula ?? (c === undefined || c.value === null ? '' : isCellError(c.value) ? c.value.error : c.value));
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      default:
        throw new FakeOfficeError('InvalidArgument', `Range.${name} is not supported by the fake`);
    }
  }

  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get address(): string {
    return this.loadedValue('address');
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set values(v: unknown[][]) {
    this.context.enqueue(() => this.writeGrid(v, (cell, x) => setInput(cell, x)), payloadBytes(v));
    this.context.enqueue(() => {
      const s = this.sheet.resolve();
      this.context.ownChange({ worksheetId: s.id, address: toA1(this.resolveBounds()), changeType: 'RangeEdited', triggerSource: 'ThisLocalAddin' });
    });
  }
  get valueTypes(): string[][] {
    return this.loadedValue('valueTypes');
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  /** Formulas input follows the same rules as values ("=…" is a formula, "'x" text). */
  set formulas(v: unknown[][]) {
    this.values = v;
  }
  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.context.enqueue(() => this.writeGrid(v, (cell, x) => (cell.numberFormat = String(x))), payloadBytes(v));
  }

  private writeGrid(v: unknown[][], apply: (cell: FakeCell, x: unknown) => void): void {
    this.context.write(this.sheet.resolve());
    const b = this.resolveBounds();
    const rows = b.r1 - b.r0 + 1;
    const cols = b.c1 - b.c0 + 1;
    if (v.length !== rows || v.some((line) => line.length !== cols)) {
      throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
    }
    const s = this.sheet.resolve();
    v.forEach((line, i) =>
      line.forEach((x, j) => {
        const key = `${b.r0 + i},${b.c0 + j}`;
        const cell = s.cells.get(key) ?? { value: null };
        apply(cell, x);
        s.cells.set(key, cell);
      }),
    );
  }

  /** Format writes land on every cell of the range (entire rows/columns only take widths and heights). */
  setFormat(prop: string, value: unknown): void {
    this.context.enqueue(() => {
      const b = this.resolveBounds();
      const s = this.sheet.resolve();
      this.context.write(s);
      if (prop === 'columnWidth') {
        for (let c = b.c0; c <= b.c1; c++) s.columnWidths.set(c, Number(value));
        return;
      }
      if (prop === 'rowHeight') {
        for (let r = b.r0; r <= b.r1; r++) s.rowHeights.set(r, Number(value));
        return;
      }
      if (b.r1 - b.r0 > 10000 || b.c1 - b.c0 > 1000) throw new FakeOfficeError('InvalidOperation', `formatting a whole row/column is not modelled: ${prop}`);
      for (let r = b.r0; r <= b.r1; r++) {
        for (let c = b.c0; c <= b.c1; c++) {
          const key = `${r},${c}`;
          const cell = s.cells.get(key) ?? { value: null };
          cell.format = { ...(cell.format ?? {}), [prop]: value };
          s.cells.set(key, cell);
        }
      }
    }, payloadBytes(value));
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const b = this.resolveBounds();
      return { r0: 0, c0: b.c0, r1: MAX_ROW, c1: b.c1 };
    });
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const b = this.resolveBounds();
      return { r0: b.r0, c0: 0, r1: b.r1, c1: MAX_COL };
    });
  }

  /** Inserting entire rows ('Down'): everything from the range's first row moves down. */
  insert(shift: 'Down'): void {
    this.context.enqueue(() => {
      this.context.write(this.sheet.resolve());
      const b = this.resolveBounds();
      if (shift !== 'Down' || b.c0 !== 0 || b.c1 !== MAX_COL) throw new FakeOfficeError('InvalidArgument', 'the fake inserts entire rows only');
      shiftRows(this.sheet.resolve(), b.r0, b.r1 - b.r0 + 1);
    });
  }

  /** Deleting entire rows ('Up'): everything below moves up. */
  delete(shift: 'Up'): void {
    this.context.enqueue(() => {
      this.context.write(this.sheet.resolve());
      const b = this.resolveBounds();
      if (shift !== 'Up' || b.c0 !== 0 || b.c1 !== MAX_COL) throw new FakeOfficeError('InvalidArgument', 'the fake deletes entire rows only');
      shiftRows(this.sheet.resolve(), b.r0, -(b.r1 - b.r0 + 1));
    });
  }

  merge(_across?: boolean): void {
    this.context.enqueue(() => {
      this.context.write(this.sheet.resolve());
      this.sheet.resolve().merges.push(toA1(this.resolveBounds()));
    });
  }

  /** The address a chart's source range gives (resolved at sync, like every other range). */
  addressForChart(): string {
    return toA1(this.resolveBounds());
  }

  select(): void {
    this.context.enqueue(() => {
      this.context.model.selection = { sheet: this.sheet.resolve().name, address: toA1(this.resolveBounds()) };
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.api('conditionalFormats');
    return new FakeConditionalFormatCollection(this.context, this.sheet, () => [this.resolveBounds()]);
  }

  get dataValidation(): Record<string, unknown> {
    this.api('dataValidation');
    return new Proxy(
      {},
      {
        set: (_t, prop, value) => {
          this.context.enqueue(() => {
            const s = this.sheet.resolve();
            this.context.write(s);
            const key = toA1(this.resolveBounds());
            s.validations.set(key, { ...((s.validations.get(key) as object) ?? {}), [String(prop)]: value });
          });
          return true;
        },
      },
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.api('getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      this.sheet,
      () => {
        const b = this.resolveBounds();
        return this.sheet.resolve().merges.filter((m) => intersects(boundsOf(m), b));
      },
      true,
    );
  }
}

/** Rows inserted (n > 0) or deleted (n < 0) at `at`: cells, merges and conditional formats move as in Excel. */
function shiftRows(s: FakeSheet, at: number, n: number): void {
  const deletedEnd = n < 0 ? at - n - 1 : -1; // last deleted row
  const move = (r: number): number => (n > 0 ? (r >= at ? r + n : r) : r > deletedEnd ? r + n : r);
  const cells = [...s.cells.entries()];
  s.cells.clear();
  for (const [key, cell] of cells) {
    const [r, c] = key.split(',').map(Number);
    if (n < 0 && r >= at && r <= deletedEnd) continue;
    s.cells.set(`${move(r)},${c}`, cell);
  }
  const moveRange = (a1: string): string | null => {
    const b = boundsOf(a1);
    if (n < 0 && b.r0 >= at && b.r1 <= deletedEnd) return null;
    const r0 = n < 0 && b.r0 >= at && b.r0 <= deletedEnd ? at : move(b.r0);
    const r1 = n < 0 && b.r1 >= at && b.r1 <= deletedEnd ? at - 1 : move(b.r1);
    return rangeAddress(r0, b.c0, Math.max(r0, r1), b.c1);
  };
  s.merges = s.merges.map(moveRange).filter((m): m is string => m !== null);
  for (const cf of s.conditionalFormats) cf.ranges = cf.ranges.map(moveRange).filter((m): m is string => m !== null);
  s.conditionalFormats = s.conditionalFormats.filter((cf) => cf.ranges.length > 0);
}

function setInput(cell: FakeCell, x: unknown): void {
  cell.formula = undefined;
  if (typeof x === 'string') {
    if (x.startsWith("'")) {
      cell.value = x.slice(1); // Excel's text prefix: kept as text, apostrophe not part of the value
    } else if (x.startsWith('=') && cell.numberFormat !== '@') {
      cell.formula = x;
      cell.value = 0; // the fake does not evaluate
    } else if (x === '') {
      cell.value = null;
    } else if (cell.numberFormat !== '@' && /^-?\d+(\.\d+)?$/.test(x)) {
      cell.value = Number(x); // what Excel does to "2080109" in a General cell
    } else {
      cell.value = x;
    }
    return;
  }
  cell.value = x === null || x === undefined ? null : (x as CellValue);
}

class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem: (edge: string) => Record<string, unknown> };

  constructor(ctx: FakeRequestContext, range: FakeRange) {
    const setter = (prefix: string): Record<string, unknown> =>
      new Proxy(
        {},
        {
          set: (_t, prop, value) => {
            range.setFormat(`${prefix}${String(prop)}`, value);
            return true;
          },
          get: (_t, prop) => {
            throw new FakeOfficeError('PropertyNotLoaded', `format ${prefix}${String(prop)} not loaded`);
          },
        },
      );
    this.font = setter('font.');
    this.fill = setter('fill.');
    this.borders = { getItem: (edge: string) => setter(`border.${edge}.`) };
    return new Proxy(this, {
      set: (target, prop, value) => {
        range.setFormat(String(prop), value);
        return true;
      },
    });
  }
}

class FakeRangeAreas extends FakeClientObject {
  protected readonly excelType = 'RangeAreas';
  constructor(
    ctx: FakeRequestContext,
    readonly sheet: FakeWorksheet,
    private readonly areas: () => string[],
    private readonly orNull = false,
  ) {
    super(ctx);
  }

  protected override isNull(): boolean {
    return this.orNull && this.areas().length === 0;
  }

  protected readProperty(name: string): unknown {
    if (name === 'address') {
      const s = this.sheet.resolve();
      return this.areas()
        .map((a) => `${quoteSheet(s.name)}!${a}`)
        .join(',');
    }
    throw new FakeOfficeError('InvalidArgument', `RangeAreas.${name}`);
  }

  get address(): string {
    return this.loadedValue('address');
  }

  addressBytes = 0;

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.api('conditionalFormats');
    return new FakeConditionalFormatCollection(this.context, this.sheet, () => this.areas().map(boundsOf), this.addressBytes);
  }

  /** Selecting several areas: ExcelApi 1.18. */
  select(): void {
    this.api('select');
    this.context.enqueue(() => {
      this.context.model.selection = { sheet: this.sheet.resolve().name, address: this.areas().join(',') };
    });
  }
}

class FakeConditionalFormatCollection extends FakeClientObject {
  protected readonly excelType = 'ConditionalFormatCollection';
  private loadedItems: FakeConditionalFormatProxy[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    readonly sheet: FakeWorksheet,
    private readonly target: () => Bounds[],
    private readonly addressBytes = 0,
  ) {
    super(ctx);
  }

  get items(): FakeConditionalFormatProxy[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', `The property 'items' is not available.`);
    return this.loadedItems;
  }

  override applyLoad(paths: string[][]): void {
    const itemPaths = paths.filter((p) => p[0] === 'items').map((p) => p.slice(1));
    const targets = this.target();
    const s = this.sheet.resolve();
    this.context.respond(8, () => (this.loadedItems = null));
    this.loadedItems = s.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => targets.some((t) => intersects(boundsOf(r), t))))
      .map((cf) => {
        const p = new FakeConditionalFormatProxy(this.context, this.sheet, () => cf);
        p.applyLoad(itemPaths);
        return p;
      });
  }

  add(type: 'Custom'): FakeConditionalFormatProxy {
    let created: FakeConditionalFormat | undefined;
    this.context.enqueue(() => {
      const s = this.sheet.resolve();
      this.context.write(s);
      created = { id: this.context.model.id('cf-'), type, ranges: this.target().map(toA1), formula: null };
      s.conditionalFormats.push(created);
    }, this.addressBytes);
    return new FakeConditionalFormatProxy(this.context, this.sheet, () => {
      if (!created) throw new FakeOfficeError('InvalidOperation', 'conditional format not created');
      return created;
    });
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormatCollection.${name}`);
  }
}

class FakeConditionalFormatProxy extends FakeClientObject {
  protected readonly excelType = 'ConditionalFormat';
  readonly customOrNullObject: FakeCustomConditionalFormat;
  readonly custom: FakeCustomConditionalFormat;

  constructor(
    ctx: FakeRequestContext,
    readonly sheet: FakeWorksheet,
    readonly resolve: () => FakeConditionalFormat,
  ) {
    super(ctx);
    this.customOrNullObject = new FakeCustomConditionalFormat(ctx, resolve, true);
    this.custom = new FakeCustomConditionalFormat(ctx, resolve, false);
  }

  get type(): string {
    return this.loadedValue('type');
  }
  get id(): string {
    return this.loadedValue('id');
  }

  protected readProperty(name: string): unknown {
    if (name === 'type') return this.resolve().type;
    if (name === 'id') return this.resolve().id;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormat.${name}`);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'customOrNullObject') return this.customOrNullObject;
    if (name === 'custom') return this.custom;
    return undefined;
  }

  delete(): void {
    this.context.enqueue(() => {
      const cf = this.resolve();
      const s = this.sheet.resolve();
      this.context.write(s);
      s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

class FakeCustomConditionalFormat extends FakeClientObject {
  protected readonly excelType = 'CustomConditionalFormat';
  readonly rule: FakeRule;
  readonly format: { fill: Record<string, unknown>; font: Record<string, unknown> };

  constructor(
    ctx: FakeRequestContext,
    readonly resolve: () => FakeConditionalFormat,
    private readonly orNull: boolean,
  ) {
    super(ctx);
    this.rule = new FakeRule(ctx, resolve);
    const setter = (apply: (cf: FakeConditionalFormat, v: unknown) => void): Record<string, unknown> =>
      new Proxy({}, { set: (_t, _p, v) => (ctx.enqueue(() => (ctx.write(null), apply(resolve(), v))), true) });
    this.format = { fill: setter((cf, v) => (cf.fill = String(v))), font: setter((cf, v) => (cf.font = String(v))) };
  }

  protected override isNull(): boolean {
    return this.orNull && this.resolve().type !== 'Custom';
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `CustomConditionalFormat.${name}`);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'rule' ? this.rule : undefined;
  }
}

class FakeRule extends FakeClientObject {
  protected readonly excelType = 'ConditionalFormatRule';
  constructor(
    ctx: FakeRequestContext,
    readonly resolve: () => FakeConditionalFormat,
  ) {
    super(ctx);
  }

  get formula(): string {
    return this.loadedValue('formula');
  }
  set formula(f: string) {
    this.context.enqueue(() => (this.context.write(null), (this.resolve().formula = f)), payloadBytes(f));
  }

  protected readProperty(name: string): unknown {
    if (name === 'formula') return this.resolve().formula;
    throw new FakeOfficeError('InvalidArgument', `ConditionalFormatRule.${name}`);
  }
}

class FakeCustomXmlParts {
  constructor(private readonly ctx: FakeRequestContext) {}

  getByNamespace(ns: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.ctx, ns);
  }

  add(xml: string): void {
    this.ctx.enqueue(() => {
      this.ctx.write(null);
      const ns = /xmlns(?::\w+)?="([^"]+)"/.exec(xml)?.[1] ?? '';
      this.ctx.model.customXmlParts.push({ id: this.ctx.model.id('{part-'), xml, namespace: ns });
    }, payloadBytes(xml));
  }
}

class FakeCustomXmlPartCollection extends FakeClientObject {
  protected readonly excelType = 'CustomXmlPartScopedCollection';
  private loadedItems: FakeCustomXmlPart[] | null = null;

  constructor(
    ctx: FakeRequestContext,
    private readonly ns: string,
  ) {
    super(ctx);
  }

  get items(): FakeCustomXmlPart[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', `The property 'items' is not available.`);
    return this.loadedItems;
  }

  override applyLoad(): void {
    this.context.respond(8, () => (this.loadedItems = null));
    this.loadedItems = this.context.model.customXmlParts.filter((p) => p.namespace === this.ns).map((p) => new FakeCustomXmlPart(this.context, p));
  }

  protected readProperty(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `CustomXmlPartScopedCollection.${name}`);
  }
}

class FakeCustomXmlPart {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly part: { id: string; xml: string },
  ) {}

  getXml(): FakeClientResult<string> {
    const r = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      r.set(this.part.xml);
      this.ctx.respond(payloadBytes(this.part.xml), () => r.unset());
    });
    return r;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.write(null);
      const list = this.ctx.model.customXmlParts;
      const i = list.indexOf(this.part as (typeof list)[number]);
      if (i >= 0) list.splice(i, 1);
    });
  }
}
