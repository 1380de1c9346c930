import * as zlib from 'zlib';
import { WorkbookReadError } from './workbookReadError';
import { entryData, type ZipEntry } from './zipDirectory';

/** One part of the zip, unpacked whole (bounded by its declared size; a part that lies is refused). */
export function zipPart(buf: Buffer, e: ZipEntry, file: string): Buffer {
  const data = entryData(buf, e);
  if (!data) throw new WorkbookReadError(file, '文件已损坏，无法解压');
  try {
    return e.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: Math.max(e.uncompressedSize, 1) }) : data;
  } catch {
    throw new WorkbookReadError(file, '文件已损坏，无法解压');
  }
}
