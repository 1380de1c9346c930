import type { CellRef } from '../domain/findings/finding';
import type { SheetLayout } from '../domain/template/sheetLayout';
import type { TemplateMetadata, WorkbookSnapshot } from '../domain/workbook/snapshot';
import { OwnWriteCounter } from './ownWriteCounter';
import { restore, sheetMarks, writeBatch, writeCells } from './office/cellWrites';
import { readFillUndoXml, storeCatalogXml } from './office/customXml';
import { onChanged } from './office/events';
import { holdRun } from './office/heldRun';
import { writeLayouts } from './office/layouts';
import { queueMarkRead, replaceMarks, writeMarks } from './office/marks';
import { OfficeAccess } from './office/officeAccess';
import { officeHost, type OfficeHost } from './office/officeHost';
import { WorkbookReader } from './office/readWorkbook';
import { selectCells } from './office/selection';
import type { OfficeContextProbe } from './office/officeContextProbe';
import { runSelfTest, type SelfTestOptions } from './office/selfTest';
import type { SelfTestReport } from '../domain/selfTest/selfTestReport';
import type {
  CellValueWrite,
  MarkingRead,
  Mark,
  MarkOutcome,
  RestoreOutcome,
  SheetIdentity,
  SheetMark,
  WriteBatch,
  WriteUndo,
  WorkbookChange,
  WorkbookGateway,
} from './workbookGateway';

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

  sheetMarks(): Promise<SheetMark[]> {
    return sheetMarks(this.office);
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.reader.readSnapshot();
  }

  readChanged(changes: readonly WorkbookChange[]): Promise<WorkbookSnapshot> {
    return this.reader.readChanged(changes);
  }

  /**
   * The read with the sheets' conditional formats in the same sync, then (on replaceMarks) one write;
   * a protected sheet costs one read and one write more (writeMarks).
   */
  async readForMarks(): Promise<MarkingRead> {
    const held = await holdRun<{ snapshot: WorkbookSnapshot; sheetIds: readonly { id: string; name: string }[] }, readonly Mark[], MarkOutcome>(
      (batch) => this.office.run(batch, this.office.undoGroup),
      async (ctx, handOver) => {
        const read = await this.reader.read(ctx, (sheets) => queueMarkRead(sheets));
        const marks = await handOver({ snapshot: read.snapshot, sheetIds: read.ids });
        if (marks === null) return null;
        // Counted as our own write for the change events it causes.
        return this.ownWrites.around(() => writeMarks(this.office, ctx, read.extra, marks));
      },
    );
    return {
      snapshot: held.value.snapshot,
      sheetIds: held.value.sheetIds,
      replaceMarks: (marks) => held.finish(marks),
      cancel: () => held.cancel(),
    };
  }

  applyMarks(marks: readonly Mark[]): Promise<MarkOutcome> {
    return replaceMarks(this.office, marks);
  }

  clearMarks(): Promise<MarkOutcome> {
    return replaceMarks(this.office, []);
  }

  writeLayouts(layouts: readonly SheetLayout[], metadata?: TemplateMetadata): Promise<void> {
    this.reader.forget(); // its change events are ours: not patched into the kept read
    return writeLayouts(this.office, layouts, metadata);
  }

  writeCells(writes: readonly CellValueWrite[]): Promise<void> {
    this.reader.forget(); // its change events are ours: not patched into the kept read
    return writeCells(this.office, writes);
  }

  writeBatch(batch: WriteBatch): Promise<WriteUndo> {
    this.reader.forget(); // its change events are ours: not patched into the kept read
    return writeBatch(this.office, batch);
  }

  restore(undo: WriteUndo, deleteSheets?: readonly SheetIdentity[]): Promise<RestoreOutcome> {
    this.reader.forget(); // its change events are ours: not patched into the kept read
    return restore(this.office, undo, deleteSheets);
  }

  readFillUndoXml(): Promise<string | null> {
    return readFillUndoXml(this.office);
  }

  storeCatalogXml(xml: string | null): Promise<void> {
    this.reader.forget(); // its change events are ours: not patched into the kept read
    return storeCatalogXml(this.office, xml);
  }

  selectCells(refs: readonly CellRef[]): Promise<void> {
    return selectCells(this.office, refs);
  }

  onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
    return onChanged(this.office, handler);
  }

  /**
   * 自检 (帮助 tab) on a temporary sheet, through this gateway's own-write counter so live checking takes
   * its writes for ours; the kept read is dropped before and after (the sheet comes and goes).
   */
  async runSelfTest(context: OfficeContextProbe, options?: SelfTestOptions): Promise<SelfTestReport> {
    this.reader.forget();
    try {
      return await runSelfTest(this.office, context, options);
    } finally {
      this.reader.forget();
    }
  }
}
