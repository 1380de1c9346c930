import type { CellRef } from '../domain/findings/finding';
import type { CellStyle, SheetLayout } from '../domain/template/sheetLayout';
import type { CellValue, SheetSnapshot, TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { cellKey } from '../domain/workbook/snapshot';
import { parseRange } from '../domain/workbook/a1';
import { metadataFromXml, metadataToXml, TEMPLATE_NAMESPACE } from '../domain/template/metadataXml';
import { FILL_UNDO_NAMESPACE, fillUndoToXml } from '../domain/fill/undoRecordXml';
import type { UndoRow } from '../domain/fill/undoRecord';
import { isMarkFormula, MARK_COLORS, markFormula } from './markTag';
import { OFFICE_STYLES, charsToPoints, looksLikeCode, textForValues, type OfficeCellStyle } from './officeStyles';
import { OwnWriteCounter } from './ownWriteCounter';
import { chunkAddresses, splitAreaAddresses } from './rangeAreas';
import { readUsedInBlocks, type UsedCells } from './blockwiseRead';
import {
  ACTION_BYTES,
  OFFICE_PAYLOAD_LIMIT_BYTES,
  PAYLOAD_TOO_LARGE_MESSAGE,
  PayloadTooLargeError,
  READ_BYTES_PER_CELL,
  SyncBudget,
  isPayloadLimitError,
  jsonBytes,
  readBlockCells,
  readBudgetBytes,
  writeBudgetBytes,
  writeTooLargeMessage,
} from './payloadBudget';
import {
  SheetExistsError,
  type CellValueWrite,
  type CheckAndMarkResult,
  type Mark,
  type PreviousCell,
  type WriteBatch,
  type WriteUndo,
  type WorkbookChange,
  type WorkbookGateway,
} from './workbookGateway';

/** What the gateway needs from the host; tests pass a fake (test/support/fakeExcel.ts). */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`; versions are strings ("1.14"). */
  isExcelApiSupported(version: string): boolean;
  /** Bytes one sync's request or response may have; absent: Office's documented 5 MB. */
  readonly payloadLimitBytes?: number;
}

/** The real host: delayForCellEdit so a batch waits instead of failing while the user is typing in a cell. */
export function officeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    isExcelApiSupported: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}

/**
 * The imported catalog's custom XML namespace (src/domain/catalog/catalogXml.ts). Repeated here so
 * the first screen does not load catalogXml and, through it, the built-in catalog; a test keeps them equal.
 */
export const CATALOG_PART_NAMESPACE = 'urn:budget-disclosure:catalog:v1';

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * The Office.js implementation. Every operation queues all its work and syncs a fixed number of
 * times, never once per sheet, row or cell. A validation is one read sync and one write sync: the
 * sheets remembered from the last read are read in the same sync that lists the workbook (the
 * first validation, and one after sheets were added, renamed or deleted, list them first).
 * Excel refuses a sync whose request or response exceeds about 5 MB (payloadBudget.ts): a read it
 * refuses is done again in row blocks (blockwiseRead.ts), and writes too large for one sync are
 * spread over several; below those sizes the sync counts stay as above.
 */
export class OfficeGateway implements WorkbookGateway {
  readonly ownWrites = new OwnWriteCounter();

  constructor(private readonly host: OfficeHost = officeHost()) {}

  async sheetNames(): Promise<string[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async sheetIds(): Promise<{ id: string; name: string }[]> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/id,items/name');
      await ctx.sync();
      return sheets.items.map((s) => ({ id: s.id, name: s.name }));
    });
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.run(async (ctx) => {
      const listing = queueListing(ctx);
      await ctx.sync();
      if (!this.blockwise) {
        const read = this.queueRead(listed(listing), partXml(listing));
        try {
          await ctx.sync();
          this.remember(listing, read);
          return read.snapshot();
        } catch (e) {
          if (!isPayloadLimitError(e)) throw e;
        }
      }
      const read = await this.readInBlocks(ctx, listing, false);
      this.remember(read.listing, read);
      return read.snapshot();
    });
  }

  /** host.run, with a sync Excel still refused for its size reported in Chinese. */
  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (e) {
      if (isPayloadLimitError(e)) throw new PayloadTooLargeError(PAYLOAD_TOO_LARGE_MESSAGE, e);
      throw e;
    }
  }

  /** What one sync that only writes may carry by our estimate (under the host's limit). */
  private get budgetBytes(): number {
    return writeBudgetBytes(this.host.payloadLimitBytes);
  }

  /**
   * Set when the last read had to go blockwise and the used ranges were still larger than one sync
   * should carry: the next read starts blockwise instead of sending a sync Excel will refuse.
   */
  private blockwise = false;

  /**
   * Sheet names and the add-in's XML parts as the last read saw them. With them a validation reads
   * every sheet in the same sync that lists the workbook, so it costs one read sync and one write
   * sync; when the listing shows a change (a sheet added, renamed or deleted, a part replaced), that
   * validation reads once more from the fresh listing.
   */
  private known: KnownWorkbook | null = null;

  async checkAndMark<T>(check: (wb: WorkbookSnapshot) => Promise<CheckAndMarkResult<T>>): Promise<T> {
    const known = this.known;
    if (known) {
      const outcome = await this.checkAndMarkWith(check, known);
      if (outcome.done) return outcome.result;
      this.known = null;
    }
    const outcome = await this.checkAndMarkWith(check, null);
    if (!outcome.done) throw new Error('工作簿在读取时发生了变化，请重新校验');
    return outcome.result;
  }

  private async checkAndMarkWith<T>(
    check: (wb: WorkbookSnapshot) => Promise<CheckAndMarkResult<T>>,
    known: KnownWorkbook | null,
  ): Promise<{ done: true; result: T } | { done: false }> {
    return this.run(async (ctx) => {
      if (this.blockwise) return { done: true, result: await this.checkInBlocks(ctx, check, null) };
      const listing = queueListing(ctx);
      let sheets: SheetHandle[];
      let read: { snapshot(): WorkbookSnapshot; parts(): KnownParts };
      let formats: Excel.ConditionalFormatCollection[];
      if (known) {
        // Read the sheets we expect in the listing's own sync, then make sure the listing agrees.
        sheets = known.sheets.map((name) => ({ name, ws: ctx.workbook.worksheets.getItem(name) }));
        read = this.queueRead(sheets, () => known.parts);
        formats = queueFormatsRead(sheets.map((s) => s.ws));
        try {
          await ctx.sync();
        } catch (e) {
          // Too large for one sync: nothing of it came back, the listing included.
          if (isPayloadLimitError(e)) return { done: true, result: await this.checkInBlocks(ctx, check, null) };
          return { done: false }; // a remembered sheet is gone
        }
        if (!sameWorkbook(listing, known)) return { done: false };
      } else {
        await ctx.sync();
        sheets = listed(listing);
        read = this.queueRead(sheets, partXml(listing));
        formats = queueFormatsRead(sheets.map((s) => s.ws));
        try {
          await ctx.sync();
        } catch (e) {
          if (!isPayloadLimitError(e)) throw e;
          return { done: true, result: await this.checkInBlocks(ctx, check, listing) };
        }
        this.remember(listing, read);
      }
      return { done: true, result: await this.markChecked(ctx, check, read.snapshot(), formats, sheets) };
    });
  }

  /** A validation whose read goes blockwise (from `listing` when it is loaded). */
  private async checkInBlocks<T>(
    ctx: Excel.RequestContext,
    check: (wb: WorkbookSnapshot) => Promise<CheckAndMarkResult<T>>,
    listing: Listing | null,
  ): Promise<T> {
    const read = await this.readInBlocks(ctx, listing, true);
    this.remember(read.listing, read);
    return this.markChecked(ctx, check, read.snapshot(), read.formats, read.sheets);
  }

  /** Runs the check, then the write: replace the marks (counted as our own write for the change events it causes). */
  private async markChecked<T>(
    ctx: Excel.RequestContext,
    check: (wb: WorkbookSnapshot) => Promise<CheckAndMarkResult<T>>,
    snapshot: WorkbookSnapshot,
    formats: readonly Excel.ConditionalFormatCollection[],
    sheets: readonly SheetHandle[],
  ): Promise<T> {
    const { marks, result } = await check(snapshot);
    await this.ownWrites.around(async () => {
      await this.queueMarks(ctx, formats, new Set(sheets.map((w) => w.name)), marks);
      await ctx.sync();
    });
    return result;
  }

  /**
   * The read of used ranges too large for one sync: one sync for every sheet's used-range size, its
   * merges and (for a validation) the conditional formats, then row blocks packed into syncs under
   * the payload budget. Gives the same snapshot as the one-sync read.
   */
  private async readInBlocks(ctx: Excel.RequestContext, loaded: Listing | null, withFormats: boolean): Promise<BlockwiseRead> {
    let listing = loaded;
    if (!listing) {
      listing = queueListing(ctx);
      await ctx.sync();
    }
    const sheets = listed(listing);
    const parts = partXml(listing);
    const withMerges = this.host.isExcelApiSupported('1.13');
    const dims = sheets.map(({ ws }) => ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount'));
    const merged = sheets.map(({ ws }) => (withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : null));
    const formats = withFormats ? queueFormatsRead(sheets.map((s) => s.ws)) : [];
    await ctx.sync();
    const areas = sheets.map((s, i) => {
      const d = dims[i];
      if (d.isNullObject) return { ...s, used: null };
      return { ...s, used: { address: d.address, rowIndex: d.rowIndex, columnIndex: d.columnIndex, rowCount: d.rowCount, columnCount: d.columnCount } };
    });
    const cellsPerSync = readBlockCells(this.host.payloadLimitBytes);
    const cells = areas.reduce((n, a) => n + (a.used ? a.used.rowCount * a.used.columnCount : 0), 0);
    this.blockwise = cells > cellsPerSync;
    const used = await readUsedInBlocks(ctx, areas, cellsPerSync);
    const sheetSnapshots = sheets.map((s, i) => {
      const m = merged[i];
      return sheetFromRange(s.name, used[i], m && !m.isNullObject ? splitAreaAddresses(m.address) : []);
    });
    return { listing, sheets, formats, parts, snapshot: () => workbookFrom(sheetSnapshots, parts()) };
  }

  private remember(listing: Listing, read: { parts(): KnownParts }): void {
    this.known = {
      sheets: listing.sheets.items.map((s) => s.name),
      partIds: partIds(listing),
      parts: read.parts(),
    };
  }

  /** Queues the batched read of every sheet's used range, merges and the parts' XML. */
  private queueRead(sheets: readonly SheetHandle[], parts: () => KnownParts): { snapshot(): WorkbookSnapshot; parts(): KnownParts } {
    const withMerges = this.host.isExcelApiSupported('1.13');
    const reads = sheets.map(({ name, ws }) => {
      const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values,valueTypes,numberFormat,formulas');
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : null;
      return { name, used, merged };
    });
    return {
      parts,
      snapshot: () => {
        const result: SheetSnapshot[] = reads.map((r) =>
          sheetFromRange(
            r.name,
            r.used.isNullObject ? null : r.used,
            r.merged && !r.merged.isNullObject ? splitAreaAddresses(r.merged.address) : [],
          ),
        );
        return workbookFrom(result, parts());
      },
    };
  }

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    await this.replaceMarks(marks);
  }

  async clearMarks(): Promise<void> {
    await this.replaceMarks([]);
  }

  /** One read of every sheet's conditional formats, then one write: delete ours, add the new ones. */
  private async replaceMarks(marks: readonly Mark[]): Promise<void> {
    await this.ownWrites.around(() =>
      this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        const formats = queueFormatsRead(sheets.items);
        await ctx.sync();
        await this.queueMarks(ctx, formats, new Set(sheets.items.map((s) => s.name)), marks);
        await ctx.sync();
      }),
    );
  }

  /**
   * Queues the deletion of our old marks (formats already loaded) and the new marks, one format per
   * sheet and severity (per address list of chunkAddresses); the caller syncs the last of it. So
   * many marks that one sync could not carry them are synced in parts, deletions first.
   */
  private async queueMarks(ctx: Excel.RequestContext, formats: readonly Excel.ConditionalFormatCollection[], names: ReadonlySet<string>, marks: readonly Mark[]): Promise<void> {
    const areas = this.host.isExcelApiSupported('1.9');
    const budget = new SyncBudget(ctx, this.budgetBytes);
    for (const list of formats) {
      for (const cf of list.items) {
        if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
        if (!isMarkFormula(cf.customOrNullObject.rule.formula)) continue;
        await budget.reserve(ACTION_BYTES);
        cf.delete();
      }
    }
    for (const [key, addresses] of groupMarks(marks)) {
      const [sheet, severity] = splitKey(key);
      if (!names.has(sheet)) continue; // a sheet deleted since the check: nothing to mark
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const address of areas ? chunkAddresses(addresses) : addresses) {
        // getItem, getRange(s), add, and three property writes with the tagged formula.
        await budget.reserve(ACTION_BYTES * 7 + jsonBytes(address) + jsonBytes(sheet) + jsonBytes(markFormula(severity)));
        const target = areas ? ws.getRanges(address) : ws.getRange(address);
        const cf = target.conditionalFormats.add('Custom');
        cf.custom.rule.formula = markFormula(severity);
        cf.custom.format.fill.color = MARK_COLORS[severity].fill;
        cf.custom.format.font.color = MARK_COLORS[severity].font;
      }
    }
  }

  async writeLayouts(layouts: readonly SheetLayout[], metadata?: TemplateMetadata): Promise<void> {
    const validation = this.host.isExcelApiSupported('1.8');
    const pageLayout = this.host.isExcelApiSupported('1.9');
    await this.ownWrites.around(() =>
      this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name');
        const parts = metadata ? ctx.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).load('items/id') : null;
        await ctx.sync();
        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        // Excel compares sheet names case-insensitively.
        const clash = layouts.map((l) => l.name).filter((n) => taken.has(n.toLowerCase()));
        if (clash.length > 0) throw new SheetExistsError(clash);

        let merged = metadata;
        if (metadata && parts && parts.items.length > 0) {
          // The existing metadata names the sheets inserted earlier; keep them.
          const xmls = parts.items.map((p) => p.getXml());
          await ctx.sync();
          for (const x of xmls) {
            const old = metadataFromXml(x.value);
            if (old) merged = { ...metadata, sheets: { ...old.sheets, ...metadata.sheets } };
          }
        }

        // One write sync, or several for layouts too large for one (in order: a sheet before its cells).
        const budget = new SyncBudget(ctx, this.budgetBytes);
        for (const layout of layouts) {
          await budget.reserve(ACTION_BYTES * 2 + jsonBytes(layout.name));
          const ws = ctx.workbook.worksheets.add(layout.name);
          await queueLayout(ws, layout, { validation, pageLayout }, budget);
        }
        if (merged) {
          const xml = metadataToXml(merged);
          await budget.reserve(ACTION_BYTES * (2 + (parts?.items.length ?? 0)) + jsonBytes(xml));
          for (const p of parts?.items ?? []) p.delete();
          ctx.workbook.customXmlParts.add(xml);
        }
        if (layouts.length > 0) ctx.workbook.worksheets.getItem(layouts[0].name).activate();
        await ctx.sync();
      }),
    );
  }

  async writeCells(writes: readonly CellValueWrite[]): Promise<void> {
    if (writes.length === 0) return;
    await this.ownWrites.around(() =>
      this.run(async (ctx) => {
        const budget = new SyncBudget(ctx, this.budgetBytes);
        for (const w of writes) {
          await budget.reserve(cellWriteBytes(w));
          queueCellWrite(ctx, w);
        }
        await ctx.sync();
      }),
    );
  }

  async writeBatch(batch: WriteBatch): Promise<WriteUndo> {
    const insertions = [...(batch.insertions ?? [])].sort((a, b) => b.beforeRow - a.beforeRow);
    if (insertions.length === 0 && batch.writes.length === 0) return { cells: [], insertedRows: [] };
    return this.ownWrites.around(() =>
      this.run(async (ctx) => {
        // Sync 1: insert the rows, then read what every target cell holds (queued in this order),
        // and list the stored undo record so the write sync can replace it. A batch too large for
        // one sync reads in several (the insertions stay first, so the addresses hold).
        const budget = new SyncBudget(ctx, readBudgetBytes(this.host.payloadLimitBytes));
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
        const stored = batch.keepUndo ? ctx.workbook.customXmlParts.getByNamespace(FILL_UNDO_NAMESPACE).load('items/id') : null;
        await ctx.sync();
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
        const undo: WriteUndo = { cells, insertedRows: [...inserted].sort((a, b) => b.row - a.row) };
        // Sync 2: the record that undoes them, and the writes. Spread over several syncs, the record
        // goes first, so no cell is overwritten before what it held is stored.
        const writes = new SyncBudget(ctx, this.budgetBytes);
        if (batch.keepUndo && stored) {
          const xml = fillUndoToXml({ filledAt: batch.keepUndo.filledAt, origin: 'pane', ...undo });
          if (jsonBytes(xml) > (this.host.payloadLimitBytes ?? OFFICE_PAYLOAD_LIMIT_BYTES)) throw new Error(writeTooLargeMessage('这次填报的撤销记录'));
          await writes.reserve(ACTION_BYTES * (1 + stored.items.length) + jsonBytes(xml));
          for (const p of stored.items) p.delete();
          ctx.workbook.customXmlParts.add(xml);
        }
        for (const w of batch.writes) {
          await writes.reserve(cellWriteBytes(w));
          queueCellWrite(ctx, w);
        }
        await ctx.sync();
        return undo;
      }),
    );
  }

  async restore(undo: WriteUndo): Promise<void> {
    await this.ownWrites.around(() =>
      this.run(async (ctx) => {
        // Sync 1: list the stored record (a part can be deleted only once listed).
        const stored = ctx.workbook.customXmlParts.getByNamespace(FILL_UNDO_NAMESPACE).load('items/id');
        await ctx.sync();
        // Sync 2: the cells, the rows, and the record, together (in that order over several syncs
        // when too large for one: the record goes last, so a failure midway leaves it to retry).
        const budget = new SyncBudget(ctx, this.budgetBytes);
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
        for (const p of stored.items) {
          await budget.reserve(ACTION_BYTES);
          p.delete();
        }
        await ctx.sync();
      }),
    );
  }

  async readFillUndoXml(): Promise<string | null> {
    return this.run(async (ctx) => {
      const stored = ctx.workbook.customXmlParts.getByNamespace(FILL_UNDO_NAMESPACE).load('items/id');
      await ctx.sync();
      if (stored.items.length === 0) return null;
      // One part at most is kept; should there be more, the last added is the latest fill.
      const xml = stored.items[stored.items.length - 1].getXml();
      await ctx.sync();
      return xml.value;
    });
  }

  async storeCatalogXml(xml: string | null): Promise<void> {
    await this.run(async (ctx) => {
      const parts = ctx.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE).load('items/id');
      await ctx.sync();
      for (const p of parts.items) p.delete();
      if (xml !== null) ctx.workbook.customXmlParts.add(xml);
      await ctx.sync();
    });
  }

  async selectCells(refs: readonly CellRef[]): Promise<void> {
    if (refs.length === 0) return;
    const areas = this.host.isExcelApiSupported('1.9');
    await this.run(async (ctx) => {
      // Excel selects within one sheet: the first ref's sheet, with all its refs.
      const sheet = refs[0].sheet;
      const addresses = refs.filter((r) => r.sheet === sheet).map((r) => r.address);
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (areas && addresses.length > 1) ws.getRanges(chunkAddresses(addresses)[0]).select();
      else ws.getRange(addresses[0]).select();
      await ctx.sync();
    });
  }

  async onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    const withSource = this.host.isExcelApiSupported('1.14');
    const collectionEvents = this.host.isExcelApiSupported('1.9');
    const listen = (e: Excel.WorksheetChangedEventArgs): void => {
      handler({
        sheet: e.worksheetId,
        address: e.address,
        triggerSource: withSource ? e.triggerSource : undefined,
      });
    };
    return this.run(async (ctx) => {
      let results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[];
      if (collectionEvents) {
        results = [ctx.workbook.worksheets.onChanged.add(async (e) => listen(e))];
      } else {
        // ExcelApi 1.7: per-sheet events only; sheets added later are picked up on the next subscribe.
        const sheets = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        results = sheets.items.map((ws) => ws.onChanged.add(async (e) => listen(e)));
      }
      await ctx.sync();
      return async () => {
        // Handlers are removed through the context that added them.
        for (const r of results) r.remove();
        if (results.length > 0) await results[0].context.sync();
      };
    });
  }
}

interface Listing {
  readonly sheets: Excel.WorksheetCollection;
  readonly parts: { readonly metadata: Excel.CustomXmlPartScopedCollection; readonly catalog: Excel.CustomXmlPartScopedCollection };
}

interface SheetHandle {
  readonly name: string;
  readonly ws: Excel.Worksheet;
}

interface BlockwiseRead {
  readonly listing: Listing;
  readonly sheets: readonly SheetHandle[];
  readonly formats: readonly Excel.ConditionalFormatCollection[];
  parts(): KnownParts;
  snapshot(): WorkbookSnapshot;
}

/** The snapshot from the sheets and the add-in's parts (the first metadata part, the last catalog). */
function workbookFrom(sheets: SheetSnapshot[], parts: KnownParts): WorkbookSnapshot {
  let metadata: TemplateMetadata | null = null;
  for (const x of parts.metadata) metadata = metadata ?? metadataFromXml(x);
  const catalogXml = parts.catalog.length > 0 ? parts.catalog[parts.catalog.length - 1] : undefined;
  return { sheets, ...(metadata ? { metadata } : {}), ...(catalogXml ? { catalogXml } : {}) };
}

/** The XML of the add-in's parts: template metadata and an imported catalog. */
interface KnownParts {
  readonly metadata: readonly string[];
  readonly catalog: readonly string[];
}

interface KnownWorkbook {
  readonly sheets: readonly string[];
  readonly partIds: readonly string[];
  readonly parts: KnownParts;
}

/** Queues the listing every read starts with: sheet names and the add-in's custom XML parts. */
function queueListing(ctx: Excel.RequestContext): Listing {
  return {
    sheets: ctx.workbook.worksheets.load('items/name'),
    parts: {
      metadata: ctx.workbook.customXmlParts.getByNamespace(TEMPLATE_NAMESPACE).load('items/id'),
      catalog: ctx.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE).load('items/id'),
    },
  };
}

function listed(listing: Listing): SheetHandle[] {
  return listing.sheets.items.map((ws) => ({ name: ws.name, ws }));
}

/** Queues getXml of every listed part (after the listing's sync); the values are there after the next. */
function partXml(listing: Listing): () => KnownParts {
  const metadata = listing.parts.metadata.items.map((p) => p.getXml());
  const catalog = listing.parts.catalog.items.map((p) => p.getXml());
  return () => ({ metadata: metadata.map((x) => x.value), catalog: catalog.map((x) => x.value) });
}

function partIds(listing: Listing): string[] {
  return [...listing.parts.metadata.items, ...listing.parts.catalog.items].map((p) => p.id);
}

function sameWorkbook(listing: Listing, known: KnownWorkbook): boolean {
  const names = listing.sheets.items.map((s) => s.name);
  const ids = partIds(listing);
  return (
    names.length === known.sheets.length &&
    names.every((n, i) => n === known.sheets[i]) &&
    ids.length === known.partIds.length &&
    ids.every((id, i) => id === known.partIds[i])
  );
}

/** Queues the load of every sheet's conditional formats (type and custom formula: enough to tell ours). */
function queueFormatsRead(items: readonly Excel.Worksheet[]): Excel.ConditionalFormatCollection[] {
  return items.map((ws) => ws.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'));
}

function groupMarks(marks: readonly Mark[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const m of marks) {
    const key = `${m.severity}\u0000${m.sheet}`;
    const list = groups.get(key) ?? [];
    if (!list.includes(m.address)) list.push(m.address);
    groups.set(key, list);
  }
  return groups;
}

function splitKey(key: string): [string, Mark['severity']] {
  const i = key.indexOf('\u0000');
  return [key.slice(i + 1), key.slice(0, i) as Mark['severity']];
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

function cellInput(v: string | number | null): string | number {
  if (v === null) return '';
  return typeof v === 'string' ? textForValues(v) : v;
}

/** Turns a loaded used range into a SheetSnapshot anchored at A1 (the used range may start anywhere). */
export function sheetFromRange(
  name: string,
  used: UsedCells | null,
  merges: readonly string[],
): SheetSnapshot {
  if (!used) return { name, values: [], formulas: new Set(), textFormatted: new Set(), merges };
  const values: CellValue[][] = [];
  const formulas = new Set<string>();
  const textFormatted = new Set<string>();
  for (let r = 0; r < used.rowIndex; r++) values.push([]);
  used.values.forEach((line, i) => {
    const row = used.rowIndex + i;
    const out: CellValue[] = new Array<CellValue>(used.columnIndex).fill(null);
    line.forEach((raw, j) => {
      const col = used.columnIndex + j;
      const type = used.valueTypes[i]?.[j];
      const formula = used.formulas[i]?.[j];
      if (used.numberFormat[i]?.[j] === '@') textFormatted.add(cellKey(row, col));
      // A text cell holding "=x" has formula === value; a real formula differs from its result.
      if (typeof formula === 'string' && formula.startsWith('=') && formula !== raw) formulas.add(cellKey(row, col));
      out.push(toCellValue(raw, type));
    });
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    values.push(out);
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return { name, values, formulas, textFormatted, merges };
}

function toCellValue(raw: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(raw) };
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}

interface Features {
  readonly validation: boolean;
  readonly pageLayout: boolean;
}

/**
 * Queues a whole SheetLayout on a new sheet; `budget` syncs in between only when the queued work
 * would be too large for one sync. Cells are written in runs of one style per row.
 */
async function queueLayout(ws: Excel.Worksheet, layout: SheetLayout, features: Features, budget: SyncBudget): Promise<void> {
  for (const [i, w] of layout.columnWidths.entries()) {
    await budget.reserve(ACTION_BYTES * 4);
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
  }
  for (const [row, h] of Object.entries(layout.rowHeights ?? {})) {
    await budget.reserve(ACTION_BYTES * 4);
    ws.getRangeByIndexes(Number(row), 0, 1, 1).getEntireRow().format.rowHeight = h;
  }

  const styleAt = new Map<string, CellStyle>();
  for (const c of layout.cells) styleAt.set(cellKey(c.row, c.col), c.style);
  for (const run of cellRuns(layout)) {
    const style = OFFICE_STYLES[run.style];
    // The range, its number formats, style and values.
    await budget.reserve(ACTION_BYTES * (4 + styleActions(style, run.values.length > 1)) + 2 * run.values.reduce((n: number, v) => n + jsonBytes(v), 0));
    const range = ws.getRangeByIndexes(run.row, run.col, 1, run.values.length);
    // Number format before values: a code written into a text cell stays "2080501".
    if (style.numberFormat) range.numberFormat = [run.values.map(() => style.numberFormat as string)];
    applyStyle(range, style, run.values.length > 1);
    range.values = [run.values.map(cellInput)];
  }
  // Formula cells (a template's totals): written as formulas after their run put the cached value there.
  for (const c of layout.cells) {
    if (!c.formula) continue;
    await budget.reserve(ACTION_BYTES * 2 + jsonBytes(c.formula));
    ws.getRangeByIndexes(c.row, c.col, 1, 1).formulas = [[c.formula]];
  }
  for (const m of layout.merges) {
    await budget.reserve(ACTION_BYTES * (3 + styleActions(OFFICE_STYLES.header, false)) + jsonBytes(m));
    const { start } = parseRange(m);
    const style = styleAt.get(cellKey(start.row, start.col));
    const range = ws.getRange(m);
    if (style) applyStyle(range, OFFICE_STYLES[style], false);
    range.merge(false);
  }
  await budget.reserve(ACTION_BYTES * 8);
  if (layout.freezeRows > 0) ws.freezePanes.freezeRows(layout.freezeRows);
  if (features.pageLayout) {
    ws.pageLayout.orientation = layout.print.landscape ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    ws.pageLayout.centerHorizontally = true;
    if (layout.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  for (const rule of layout.sumRules ?? []) {
    await budget.reserve(ACTION_BYTES * 6 + jsonBytes(rule.range) + jsonBytes(rule.formula));
    const cf = ws.getRange(rule.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = rule.formula.startsWith('=') ? rule.formula : `=${rule.formula}`;
    cf.custom.format.fill.color = '#FFC7CE';
    cf.custom.format.font.color = '#9C0006';
  }
  for (const chart of layout.charts ?? []) {
    await budget.reserve(ACTION_BYTES * 6 + jsonBytes(chart.dataRange) + jsonBytes(chart.title) + jsonBytes(chart.anchor));
    const c = ws.charts.add('Pie', ws.getRange(chart.dataRange), 'Columns');
    c.title.text = chart.title;
    c.setPosition(chart.anchor);
  }
  if (features.validation) {
    for (const [addr, list] of Object.entries(layout.choices ?? {})) {
      await budget.reserve(ACTION_BYTES * 4 + jsonBytes(addr) + 3 * jsonBytes(list.join(',')));
      const dv = ws.getRange(addr).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: list.join(',') } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: '请从列表中选择', message: `可选：${list.join('、')}` };
    }
  }
}

/** The actions and object paths applyStyle queues (for the payload estimate). */
function styleActions(style: OfficeCellStyle, inside: boolean): number {
  const font = 6; // format and font paths, name, size, bold, italic
  const flags = [style.font.color, style.horizontal, style.vertical, style.wrap].filter(Boolean).length;
  const fill = style.fill ? 2 : 0;
  const borders = style.border ? 1 + (inside ? 5 : 4) * 5 : 0; // per edge: path, instantiation, three writes
  return font + flags + fill + borders;
}

function applyStyle(range: Excel.Range, style: OfficeCellStyle, inside: boolean): void {
  const f = range.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  f.font.bold = style.font.bold ?? false;
  f.font.italic = style.font.italic ?? false;
  if (style.font.color) f.font.color = style.font.color;
  if (style.horizontal) f.horizontalAlignment = style.horizontal;
  if (style.vertical) f.verticalAlignment = style.vertical;
  if (style.wrap) f.wrapText = true;
  if (style.fill) f.fill.color = style.fill;
  if (style.border) {
    const edges: (typeof BORDER_EDGES[number] | 'InsideVertical')[] = [...BORDER_EDGES];
    if (inside) edges.push('InsideVertical');
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
      b.color = '#000000';
    }
  }
}

interface CellRun {
  readonly row: number;
  readonly col: number;
  readonly style: CellStyle;
  readonly values: (string | number | null)[];
}

/** Consecutive cells of one row with the same style, so a table is a few dozen range writes, not hundreds. */
export function cellRuns(layout: SheetLayout): CellRun[] {
  const sorted = [...layout.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; style: CellStyle; values: (string | number | null)[] }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.style === c.style && last.col + last.values.length === c.col) {
      last.values.push(c.value);
    } else {
      runs.push({ row: c.row, col: c.col, style: c.style, values: [c.value] });
    }
  }
  return runs;
}
