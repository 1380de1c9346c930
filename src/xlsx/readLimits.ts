import * as zlib from 'zlib';
import { entryData, zipEntries, type ZipEntry } from './zipDirectory';
import { WorkbookReadError } from './workbookReadError';

/**
 * What a workbook may declare before it is parsed at all (README, "Size limits"). A disclosure
 * workbook is a few MB and a few thousand cells; the defaults leave room for a sheet of Excel's
 * full 1,048,576 rows × 10 columns and refuse zip bombs. `--max-cells` and
 * `--max-uncompressed-mb` raise them.
 */
export interface ReadLimits {
  /** Cells the sheets' declared ranges (<dimension>) may cover, all sheets together. */
  readonly maxCells: number;
  /** The workbook's parts unpacked, all together, in MiB. */
  readonly maxUncompressedMb: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCells: 20_000_000, maxUncompressedMb: 1024 };

/** Excel's own sheet size: a file beyond it was not made by Excel and Excel cannot open it. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** What the preflight learned: how much sheet XML there is, to choose how to parse it. */
export interface Declared {
  readonly sheetBytes: number;
  readonly entries: readonly ZipEntry[];
}

const MB = 2 ** 20;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Measures a workbook from its zip directory and its sheets' first bytes, before any parser sees
 * it: declared unpacked size, declared cells, Excel's row and column limits. Throws the typed read
 * error (one Chinese line) when the file is over a limit.
 */
export function checkDeclaredSize(buf: Buffer, file: string, limits: ReadLimits): Declared {
  const entries = zipEntries(buf);
  if (!entries) throw new WorkbookReadError(file, '文件已损坏，无法解压');
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > limits.maxUncompressedMb * MB) {
    throw new WorkbookReadError(
      file,
      `解压后大小${Number.isFinite(total) ? `为 ${grouped(Math.ceil(total / MB))} MB` : '超过 4 GB'}，超过上限 ${grouped(limits.maxUncompressedMb)} MB` +
        '（预算公开工作簿通常只有几 MB，这可能是“压缩炸弹”；确需检查时用 --max-uncompressed-mb 提高上限）',
    );
  }
  let cells = 0;
  let sheetBytes = 0;
  for (const e of entries) {
    if (!WORKSHEET.test(e.name)) continue;
    sheetBytes += e.uncompressedSize;
    const extent = declaredExtent(buf, e);
    if (!extent) continue;
    if (extent.rows > EXCEL_MAX_ROWS || extent.columns > EXCEL_MAX_COLUMNS) {
      throw new WorkbookReadError(
        file,
        `有工作表声明了 ${grouped(extent.rows)} 行 × ${grouped(extent.columns)} 列，超出 Excel 的上限（${grouped(EXCEL_MAX_ROWS)} 行 × ${grouped(EXCEL_MAX_COLUMNS)} 列），不是 Excel 能打开的工作簿`,
      );
    }
    cells += extent.rows * extent.columns;
  }
  if (cells > limits.maxCells) {
    throw new WorkbookReadError(
      file,
      `工作表共声明了 ${grouped(cells)} 个单元格，超过上限 ${grouped(limits.maxCells)} 个（确需检查时用 --max-cells 提高上限）`,
    );
  }
  return { sheetBytes, entries };
}

/**
 * Unpacks every part whose declared size is small enough to parse in memory, refusing one that
 * unpacks to more than it declared (a zip that lies about its sizes is damaged or hostile).
 */
export function checkTrueSizes(buf: Buffer, file: string, entries: readonly ZipEntry[], skip: (e: ZipEntry) => boolean): void {
  for (const e of entries) {
    if (skip(e) || e.method !== 8) continue;
    const data = entryData(buf, e);
    if (!data) throw new WorkbookReadError(file, '文件已损坏，无法解压');
    try {
      zlib.inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) });
    } catch (err) {
      const tooLarge = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw new WorkbookReadError(file, tooLarge ? `文件已损坏：“${e.name}”解压后比文件声明的大（可能是“压缩炸弹”）` : '文件已损坏，无法解压');
    }
  }
}

/** The declared range of a sheet (<dimension ref="A1:J1048576"/>), read from its first bytes only. */
function declaredExtent(buf: Buffer, e: ZipEntry): { rows: number; columns: number } | null {
  const data = entryData(buf, e);
  if (!data) return null;
  let head: string;
  try {
    const first = data.subarray(0, 16 * 1024);
    head = (e.method === 8 ? zlib.inflateRawSync(first, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 4 * MB }) : first).toString('utf8', 0, 64 * 1024);
  } catch {
    return null;
  }
  const m = /<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(head);
  if (!m) return null;
  const [c1, r1, c2 = m[1], r2 = m[2]] = [m[1], m[2], m[3], m[4]];
  return { rows: Number(r2) - Number(r1) + 1, columns: columnNumber(c2) - columnNumber(c1) + 1 };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
