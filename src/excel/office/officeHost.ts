import { supportsApi, type ApiSupport } from './apiSupport';

/** What the Office.js gateway needs from the host; tests pass a fake (test/support/fakeExcel.ts). */
export interface OfficeHost extends ApiSupport {
  /**
   * `Excel.run`. With `mergeUndoGroup` every sync of the batch becomes one entry on the user's undo
   * stack, so one Ctrl+Z takes back the add-in's marks or fill as a whole; callers ask for it only where
   * ExcelApi 1.20 exists (OfficeAccess.undoGroup), and the real host checks again.
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { readonly mergeUndoGroup?: boolean }): Promise<T>;
  /** Bytes one sync's request or response may have; absent: Office's documented 5 MB. */
  readonly payloadLimitBytes?: number;
}

/** The real host: delayForCellEdit so a batch waits instead of failing while the user is typing in a cell. */
export function officeHost(): OfficeHost {
  return {
    run: (batch, options) =>
      options?.mergeUndoGroup && supportsApi('ExcelApi', '1.20')
        ? Excel.run({ delayForCellEdit: true, mergeUndoGroup: true }, batch)
        : Excel.run({ delayForCellEdit: true }, batch),
    supports: supportsApi,
  };
}
