import { officeCode } from './officeErrorCode';

/**
 * Office.js sends one request and gets one response per `context.sync()`, and Excel (on the web
 * above all) refuses either when it is larger than about 5 MB: the sync fails with an
 * OfficeExtension.Error whose code is "RequestPayloadSizeLimitExceeded" or
 * "ResponsePayloadSizeLimitExceeded". Nothing tells the add-in the size of a queued batch, so the
 * gateway estimates it — on the high side — and keeps each sync well under the limit.
 */

/** The documented limit (per request and per response). */
export const OFFICE_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * A sync may use this share of the limit by our estimate. A read's size depends on cell contents
 * unknown until loaded, so it keeps a wide margin; a write's arguments are known exactly, only the
 * per-action overhead is estimated.
 */
const READ_SHARE = 0.5;
const WRITE_SHARE = 0.8;

/**
 * Response bytes for one cell read with values, valueTypes, numberFormat and formulas: a budget
 * table's cell takes 60–150 bytes of JSON (a 20-character Chinese name is 60 bytes of UTF-8, twice:
 * value and formula); long text is rare and averages out over a block.
 */
export const READ_BYTES_PER_CELL = 200;

/**
 * Request bytes of one queued action or object path, counted high: Office.js sends a property write
 * as about 80 bytes of JSON ({"Id":…,"ActionType":4,"Name":"Bold","ObjectPathId":…,"ArgumentInfo":…}),
 * a method's object path with its instantiation about 150.
 */
export const ACTION_BYTES = 100;

const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** True for the error a sync fails with when its request or response is too large. */
export function isPayloadLimitError(e: unknown): boolean {
  const code = officeCode(e);
  return code !== null && PAYLOAD_CODES.has(code);
}

/** What one sync that reads cells may carry, by estimate, under a host limit. */
export function readBudgetBytes(limit = OFFICE_PAYLOAD_LIMIT_BYTES): number {
  return Math.max(1, Math.floor(limit * READ_SHARE));
}

/** What one sync that only writes may carry, by estimate, under a host limit. */
export function writeBudgetBytes(limit = OFFICE_PAYLOAD_LIMIT_BYTES): number {
  return Math.max(1, Math.floor(limit * WRITE_SHARE));
}

/** How many used-range cells one read sync may hold under a host limit. */
export function readBlockCells(limit = OFFICE_PAYLOAD_LIMIT_BYTES): number {
  return Math.max(1, Math.floor(readBudgetBytes(limit) / READ_BYTES_PER_CELL));
}

/**
 * Bytes of a value as JSON text, counted high: every non-ASCII character as a 6-byte "\uXXXX"
 * escape (UTF-8 needs 3 for Chinese; some hosts escape).
 */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'number' || typeof v === 'boolean') return 24;
  if (typeof v !== 'string') return jsonBytes(JSON.stringify(v));
  let n = 2;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    n += c >= 0x80 ? 6 : c < 0x20 || c === 0x22 || c === 0x5c ? 2 : 1; // control, quote, backslash: escaped
  }
  return n;
}

/**
 * Splits a batch of queued work over as many syncs as its estimated size needs: `reserve` before
 * queueing a piece syncs what is already queued when the piece would not fit. Work that fits in one
 * sync is never synced early, so small batches keep their sync counts.
 */
export class SyncBudget {
  private used = 0;

  constructor(
    private readonly ctx: { sync(): Promise<void> },
    readonly bytes: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.bytes) {
      await this.ctx.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

/** A sync Excel refused for its size, told in Chinese; Office's own error is kept as the cause. */
export class PayloadTooLargeError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = 'PayloadTooLargeError';
  }
}

/** The Chinese message for a write that cannot be split small enough. */
export function writeTooLargeMessage(what: string): string {
  return `${what}的数据量超过了 Office 单次传输的上限（约 5 MB），无法写入。请分几次进行。`;
}

/** The Chinese message for a sync Excel still refused for its size (instead of Office's English error). */
export const PAYLOAD_TOO_LARGE_MESSAGE =
  '工作簿这一步要传输的数据超过了 Office 单次传输的上限（约 5 MB），未能完成。请删除远离表格的多余内容（例如表格下方或右侧很远处的单元格）后重试。';
