import type { CellRef } from '../domain/findings/finding';
import type { SheetLayout } from '../domain/template/sheetLayout';
import type { TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { OwnWriteCounter } from './ownWriteCounter';
import { restore, writeBatch, writeCells } from './office/cellWrites';
import { readFillUndoXml, storeCatalogXml } from './office/customXml';
import { onChanged } from './office/events';
import { holdRun } from './office/heldRun';
import { writeLayouts } from './office/layouts';
import { queueFormatsRead, queueMarks, replaceMarks } from './office/marks';
import { OfficeAccess } from './office/officeAccess';
import { officeHost, type OfficeHost } from './office/officeHost';
import { WorkbookReader } from './office/readWorkbook';
import { selectCells } from './office/selection';
import type { CellValueWrite, MarkingRead, Mark, WriteBatch, WriteUndo, WorkbookChange, WorkbookGateway } from './workbookGateway';

export type { OfficeHost } from './office/officeHost';
export { officeHost } from './office/officeHost';
export { CATALOG_PART_NAMESPACE } from './office/customXml';
export { sheetFromRange } from './office/readWorkbook';
export { cellRuns } from './office/layouts';

/**
 * The Office.js implementation of WorkbookGateway: a facade over one module per concern under
 * src/excel/office/ — reading (readWorkbook), marks, layouts, custom XML, cell writes of fill, events,
 * selection. Every operation queues all its work and syncs a fixed number of times, never once per sheet,
 * row or cell; Excel refuses a sync over about 5 MB, so reads that large go blockwise and writes that large
 * are spread over several syncs (payloadBudget.ts). Writes are own writes (their change events are not the
 * user's) and, where ExcelApi 1.20 exists, one undo group each.
 */
export class OfficeGateway implements WorkbookGateway {
  readonly ownWrites = new OwnWriteCounter();
  private readonly office: OfficeAccess;
  private readonly reader: WorkbookReader;

  constructor(host: OfficeHost = officeHost()) {
    this.office = new OfficeAccess(host, this.ownWrites);
    this.reader = new WorkbookReader(this.office);
  }

  sheetNames(): Promise<string[]> {
    return this.reader.sheetNames();
  }

  sheetIds(): Promise<{ id: string; name: string }[]> {
    return this.reader.sheetIds();
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.reader.readSnapshot();
  }

  /** The read with the sheets' conditional formats in the same sync, then (on replaceMarks) one write. */
  async readForMarks(): Promise<MarkingRead> {
    const held = await holdRun<{ snapshot: WorkbookSnapshot; sheetIds: readonly { id: string; name: string }[] }, readonly Mark[], void>(
      (batch) => this.office.run(batch, this.office.undoGroup),
      async (ctx, handOver) => {
        const read = await this.reader.read(ctx, (sheets) => queueFormatsRead(sheets.map((s) => s.ws)));
        const marks = await handOver({ snapshot: read.snapshot, sheetIds: read.ids });
        if (marks === null) return null;
        // Counted as our own write for the change events it causes.
        await this.ownWrites.around(async () => {
          await queueMarks(this.office, ctx, read.extra, new Set(read.sheets.map((s) => s.name)), marks);
          await ctx.sync();
        });
        return null;
      },
    );
    return {
      snapshot: held.value.snapshot,
      sheetIds: held.value.sheetIds,
      replaceMarks: (marks) => held.finish(marks),
      cancel: () => held.cancel(),
    };
  }

  applyMarks(marks: readonly Mark[]): Promise<void> {
    return replaceMarks(this.office, marks);
  }

  clearMarks(): Promise<void> {
    return replaceMarks(this.office, []);
  }

  writeLayouts(layouts: readonly SheetLayout[], metadata?: TemplateMetadata): Promise<void> {
    return writeLayouts(this.office, layouts, metadata);
  }

  writeCells(writes: readonly CellValueWrite[]): Promise<void> {
    return writeCells(this.office, writes);
  }

  writeBatch(batch: WriteBatch): Promise<WriteUndo> {
    return writeBatch(this.office, batch);
  }

  restore(undo: WriteUndo): Promise<void> {
    return restore(this.office, undo);
  }

  readFillUndoXml(): Promise<string | null> {
    return readFillUndoXml(this.office);
  }

  storeCatalogXml(xml: string | null): Promise<void> {
    return storeCatalogXml(this.office, xml);
  }

  selectCells(refs: readonly CellRef[]): Promise<void> {
    return selectCells(this.office, refs);
  }

  onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    return onChanged(this.office, handler);
  }
}
