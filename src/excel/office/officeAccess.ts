import type { OwnWriteCounter } from '../ownWriteCounter';
import { PAYLOAD_TOO_LARGE_MESSAGE, PayloadTooLargeError, isPayloadLimitError, writeBudgetBytes } from '../payloadBudget';
import type { OfficeHost } from './officeHost';

/**
 * What every part of the Office.js gateway shares: the host, the own-write counter, and `run`, which
 * reports a sync Excel refused for its size in Chinese.
 */
export class OfficeAccess {
  constructor(
    readonly host: OfficeHost,
    readonly ownWrites: OwnWriteCounter,
  ) {}

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { readonly mergeUndoGroup?: boolean }): Promise<T> {
    try {
      return await this.host.run(batch, options);
    } catch (e) {
      if (isPayloadLimitError(e)) throw new PayloadTooLargeError(PAYLOAD_TOO_LARGE_MESSAGE, e);
      throw e;
    }
  }

  /** An own write (its change events are not the user's), as one undo group where ExcelApi 1.20 exists. */
  write<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.ownWrites.around(() => this.run(batch, this.undoGroup));
  }

  /** One undo entry for a whole batch: Excel.run's mergeUndoGroup, which hosts before ExcelApi 1.20 do not have. */
  get undoGroup(): { readonly mergeUndoGroup: boolean } {
    return { mergeUndoGroup: this.host.supports('ExcelApi', '1.20') };
  }

  /** What one sync that only writes may carry by our estimate (under the host's limit). */
  get writeBudget(): number {
    return writeBudgetBytes(this.host.payloadLimitBytes);
  }
}
