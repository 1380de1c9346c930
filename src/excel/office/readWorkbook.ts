import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../domain/workbook/snapshot';
import { cellKey } from '../../domain/workbook/snapshot';
import { readUsedInBlocks, type UsedCells } from '../blockwiseRead';
import { isPayloadLimitError, readBlockCells } from '../payloadBudget';
import { splitAreaAddresses } from '../rangeAreas';
import { partIds, partsInSnapshot, queuePartListing, queuePartXml, type KnownParts, type ListedParts } from './customXml';
import type { OfficeAccess } from './officeAccess';
import type { WorkbookChange } from '../workbookGateway';
import { patchSnapshot, planPatch, type KeptRead, type PatchRange } from './patchRead';

/** Queued at the start of every read: sheet ids and names, and the add-in's custom XML parts. */
export interface Listing {
  readonly sheets: Excel.WorksheetCollection;
  readonly parts: ListedParts;
}

export interface SheetHandle {
  readonly name: string;
  readonly ws: Excel.Worksheet;
}

/** A whole read: the snapshot, the sheets it read (with their ids, for change events), and their handles. */
export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly sheets: readonly SheetHandle[];
  readonly ids: readonly { readonly id: string; readonly name: string }[];
}

/** What a read adds to the one-sync read of cells: the conditional formats, for a validation's marks. */
export type ExtraRead<X> = (sheets: readonly SheetHandle[]) => X;

/**
 * Reading the workbook: every sheet's used range (values, types, number formats, formulas), merges and
 * the add-in's parts, in one read sync after the listing. The sheets remembered from the last read are
 * read in the listing's own sync (a validation is then one read sync); when the listing shows a change
 * (a sheet added, renamed or deleted, a part replaced) the read is done again from the fresh listing.
 * A read Excel refuses for its size (about 5 MB) is done again in row blocks (blockwiseRead.ts).
 */
export class WorkbookReader {
  /** Sheet names and parts as the last read saw them. */
  private known: KnownWorkbook | null = null;
  /**
   * Set when the last read had to go blockwise and the used ranges were still larger than one sync
   * should carry: the next read starts blockwise instead of sending a sync Excel will refuse.
   */
  private blockwise = false;
  /** The last whole read, which readChanged patches; null after an own write or a failed patch. */
  private kept: KeptRead | null = null;

  constructor(private readonly office: OfficeAccess) {}

  /** Forgets the kept read (the add-in itself changed the workbook: its events are not patched in). */
  forget(): void {
    this.kept = null;
  }

  /**
   * The workbook after these user edits: the kept read patched with what they changed, in one read sync
   * (patchRead.ts), or a whole read when they moved cells or sheets, or nothing is kept.
   */
  async readChanged(changes: readonly WorkbookChange[]): Promise<WorkbookSnapshot> {
    const kept = this.kept;
    const plan = planPatch(kept, changes);
    if (kept && plan.kind === 'patch') {
      const patched = await this.office
        .run(async (ctx) => {
          const listing = ctx.workbook.worksheets.load('items/id,items/name');
          const ws = (r: PatchRange) => ctx.workbook.worksheets.getItem(r.id);
          const edits = plan.edits.map((r) => ({ ...r, range: ws(r).getRange(r.address).load('values,valueTypes,formulas,numberFormat') }));
          const formulas = plan.formulas.map((r) => ({ ...r, range: ws(r).getRange(r.address).load('values,valueTypes') }));
          await ctx.sync();
          const ids = listing.items.map((x) => ({ id: x.id, name: x.name }));
          // A sheet added, renamed, deleted or moved since: read whole (the tables may have changed).
          if (ids.length !== kept.ids.length || ids.some((x, i) => x.id !== kept.ids[i].id || x.name !== kept.ids[i].name)) return null;
          return patchSnapshot(
            kept.snapshot,
            edits.map((e) => ({ ...e, read: e.range })),
            formulas.map((f) => ({ ...f, read: f.range })),
          );
        })
        .catch(() => null); // a sheet gone (ItemNotFound), a refused size: the whole read below
      if (patched) {
        this.kept = { snapshot: patched, ids: kept.ids };
        return patched;
      }
    }
    return this.readSnapshot();
  }

  sheetNames(): Promise<string[]> {
    return this.office.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  sheetIds(): Promise<{ id: string; name: string }[]> {
    return this.office.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/id,items/name');
      await ctx.sync();
      return sheets.items.map((s) => ({ id: s.id, name: s.name }));
    });
  }

  /** A whole read in its own Excel.run: listing, then one read sync (or blocks). */
  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.office.run(async (ctx) => (await this.read(ctx, () => undefined)).snapshot);
  }

  /**
   * A whole read inside the caller's batch, with `extra` queued in the same read sync (the blockwise read
   * queues it with the used-range sizes). Uses the remembered sheets when they are still the workbook's.
   */
  async read<X>(ctx: Excel.RequestContext, extra: ExtraRead<X>): Promise<WorkbookRead & { readonly extra: X }> {
    const known = this.known;
    if (known && !this.blockwise) {
      const outcome = await this.readKnown(ctx, known, extra);
      if (outcome) return outcome;
      this.known = null;
    }
    const listing = queueListing(ctx);
    await ctx.sync();
    if (!this.blockwise) {
      const sheets = listed(listing);
      const read = this.queueCells(sheets, queuePartXml(listing.parts));
      const x = extra(sheets);
      try {
        await ctx.sync();
        this.remember(listing, read.parts());
        return this.keep({ snapshot: read.snapshot(), sheets, ids: idsOf(listing), extra: x });
      } catch (e) {
        if (!isPayloadLimitError(e)) throw e;
      }
    }
    return this.readInBlocks(ctx, listing, extra);
  }

  /** The remembered sheets read in the listing's own sync; null when the workbook has changed since. */
  private async readKnown<X>(ctx: Excel.RequestContext, known: KnownWorkbook, extra: ExtraRead<X>): Promise<(WorkbookRead & { extra: X }) | null> {
    const listing = queueListing(ctx);
    const sheets = known.sheets.map((name) => ({ name, ws: ctx.workbook.worksheets.getItem(name) }));
    const read = this.queueCells(sheets, () => known.parts);
    const x = extra(sheets);
    try {
      await ctx.sync();
    } catch (e) {
      // Too large for one sync (nothing of it came back, the listing included): read blockwise.
      if (isPayloadLimitError(e)) return this.readInBlocks(ctx, null, extra);
      return null; // a remembered sheet is gone
    }
    if (!sameWorkbook(listing, known)) return null;
    return this.keep({ snapshot: read.snapshot(), sheets, ids: idsOf(listing), extra: x });
  }

  /**
   * The read of used ranges too large for one sync: one sync for every sheet's used-range size, its
   * merges and `extra`, then row blocks packed into syncs under the payload budget. Gives the same
   * snapshot as the one-sync read.
   */
  private async readInBlocks<X>(ctx: Excel.RequestContext, loaded: Listing | null, extra: ExtraRead<X>): Promise<WorkbookRead & { extra: X }> {
    let listing = loaded;
    if (!listing) {
      listing = queueListing(ctx);
      await ctx.sync();
    }
    const sheets = listed(listing);
    const parts = queuePartXml(listing.parts);
    const withMerges = this.office.host.supports('ExcelApi', '1.13');
    const dims = sheets.map(({ ws }) => ws.getUsedRangeOrNullObject(true).load('address,rowIndex,columnIndex,rowCount,columnCount'));
    const merged = sheets.map(({ ws }) => (withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : null));
    const x = extra(sheets);
    await ctx.sync();
    const areas = sheets.map((s, i) => {
      const d = dims[i];
      if (d.isNullObject) return { ...s, used: null };
      return { ...s, used: { address: d.address, rowIndex: d.rowIndex, columnIndex: d.columnIndex, rowCount: d.rowCount, columnCount: d.columnCount } };
    });
    const cellsPerSync = readBlockCells(this.office.host.payloadLimitBytes);
    const cells = areas.reduce((n, a) => n + (a.used ? a.used.rowCount * a.used.columnCount : 0), 0);
    this.blockwise = cells > cellsPerSync;
    const used = await readUsedInBlocks(ctx, areas, cellsPerSync);
    const sheetSnapshots = sheets.map((s, i) => {
      const m = merged[i];
      return sheetFromRange(s.name, used[i], withMerges && m && !m.isNullObject ? splitAreaAddresses(m.address) : []);
    });
    this.remember(listing, parts());
    return this.keep({ snapshot: { sheets: sheetSnapshots, ...partsInSnapshot(parts()) }, sheets, ids: idsOf(listing), extra: x });
  }

  private keep<R extends WorkbookRead>(read: R): R {
    this.kept = { snapshot: read.snapshot, ids: read.ids };
    return read;
  }

  private remember(listing: Listing, parts: KnownParts): void {
    this.known = { sheets: listing.sheets.items.map((s) => s.name), partIds: partIds(listing.parts), parts };
  }

  /** Queues the batched read of every sheet's used range, merges and the parts' XML. */
  private queueCells(sheets: readonly SheetHandle[], parts: () => KnownParts): { snapshot(): WorkbookSnapshot; parts(): KnownParts } {
    const withMerges = this.office.host.supports('ExcelApi', '1.13');
    const reads = sheets.map(({ name, ws }) => {
      const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values,valueTypes,numberFormat,formulas');
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject().load('address') : null;
      return { name, used, merged };
    });
    return {
      parts,
      snapshot: () => ({
        sheets: reads.map((r) =>
          sheetFromRange(r.name, r.used.isNullObject ? null : r.used, withMerges && r.merged && !r.merged.isNullObject ? splitAreaAddresses(r.merged.address) : []),
        ),
        ...partsInSnapshot(parts()),
      }),
    };
  }
}

interface KnownWorkbook {
  readonly sheets: readonly string[];
  readonly partIds: readonly string[];
  readonly parts: KnownParts;
}

export function queueListing(ctx: Excel.RequestContext): Listing {
  return { sheets: ctx.workbook.worksheets.load('items/id,items/name'), parts: queuePartListing(ctx) };
}

function listed(listing: Listing): SheetHandle[] {
  return listing.sheets.items.map((ws) => ({ name: ws.name, ws }));
}

function idsOf(listing: Listing): { id: string; name: string }[] {
  return listing.sheets.items.map((s) => ({ id: s.id, name: s.name }));
}

function sameWorkbook(listing: Listing, known: KnownWorkbook): boolean {
  const names = listing.sheets.items.map((s) => s.name);
  const ids = partIds(listing.parts);
  return (
    names.length === known.sheets.length &&
    names.every((n, i) => n === known.sheets[i]) &&
    ids.length === known.partIds.length &&
    ids.every((id, i) => id === known.partIds[i])
  );
}

/** Turns a loaded used range into a SheetSnapshot anchored at A1 (the used range may start anywhere). */
export function sheetFromRange(name: string, used: UsedCells | null, merges: readonly string[]): SheetSnapshot {
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
      const cell = cellFromRead(raw, used.valueTypes[i]?.[j], used.formulas[i]?.[j], used.numberFormat[i]?.[j]);
      if (cell.text) textFormatted.add(cellKey(row, col));
      if (cell.formula) formulas.add(cellKey(row, col));
      out.push(cell.value);
    });
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    values.push(out);
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return { name, values, formulas, textFormatted, merges };
}

/** One cell as read: its value, whether it holds a formula, whether it is text-formatted ("@"). */
export function cellFromRead(raw: unknown, type: string | undefined, formula: unknown, numberFormat: unknown): { value: CellValue; formula: boolean; text: boolean } {
  return {
    value: toCellValue(raw, type),
    // A text cell holding "=x" has formula === value; a real formula differs from its result.
    formula: typeof formula === 'string' && formula.startsWith('=') && formula !== raw,
    text: numberFormat === '@',
  };
}

export function toCellValue(raw: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(raw) };
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}
