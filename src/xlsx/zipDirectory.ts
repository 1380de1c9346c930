/**
 * The central directory of a zip (an .xlsx is one): each part's name and its declared sizes, read
 * from the end of the file without inflating anything — so a zip bomb is measured before a byte
 * of it is unpacked.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As declared; Infinity when the entry needs ZIP64 (4 GiB or more). */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The entries, or null when the buffer has no readable central directory (not a zip, or cut off). */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  const end = findEndRecord(buf);
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  // A ZIP64 archive (count 0xFFFF or offset 0xFFFFFFFF) is far beyond any workbook's limit: its
  // entries are read as far as the 32-bit directory goes, with sizes marked Infinity.
  for (let i = 0; i < count || (count === 0xffff && p + 46 <= buf.length && buf.readUInt32LE(p) === CENTRAL); i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return entries.length ? entries : null;
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: compressed,
      uncompressedSize: size === ZIP64_MARK || compressed === ZIP64_MARK ? Infinity : size,
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes are in the buffer, or null when its local header is broken. */
export function entryData(buf: Buffer, e: ZipEntry): Buffer | null {
  const p = e.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start > buf.length) return null;
  return buf.subarray(start, Math.min(buf.length, start + e.compressedSize));
}

function findEndRecord(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let p = buf.length - 22; p >= 0 && p >= buf.length - 22 - 0xffff; p--) {
    if (buf.readUInt32LE(p) === EOCD) return p;
  }
  return -1;
}
