import { promises as fs } from 'fs';
import * as zlib from 'zlib';

/**
 * Writes .xlsx files far larger than memory, for the size tests and the bench (a 1,048,576-row
 * sheet, a zip bomb): the sheet XML is produced in chunks and deflated as it goes, never held
 * whole. Only the parts Excel needs; strings are inline (t="inlineStr"). Nothing here is for
 * product code: ExcelJS writes the product's files.
 */
export interface RawSheet {
  readonly name: string;
  /** Rows of the sheet from row 1 (numbers, strings or null), produced lazily. */
  readonly rows: () => Iterable<readonly (string | number | null)[]>;
  /** The <dimension ref> to declare (e.g. "A1:J1048576"); none when absent. */
  readonly dimension?: string;
  /** The 1-based number of the first row written (default 1). */
  readonly firstRow?: number;
}

interface Entry {
  readonly name: string;
  readonly offset: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

/** A zip written entry by entry, each deflated in a stream (sizes in a data descriptor). */
class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  constructor(private readonly fh: fs.FileHandle) {}

  private async write(b: Buffer): Promise<void> {
    await this.fh.write(b);
    this.offset += b.length;
  }

  /** Adds an entry from text chunks; `repeat` emits a precompressed block many times (a bomb). */
  async add(name: string, chunks: Iterable<string | Buffer>): Promise<void> {
    const nameBuf = Buffer.from(name, 'utf8');
    const start = this.offset;
    await this.write(localHeader(nameBuf));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = zlib.createDeflateRaw({ level: 1 });
    const out: Buffer[] = [];
    deflate.on('data', (b: Buffer) => out.push(b));
    const flushOut = async () => {
      for (const b of out.splice(0)) {
        compressed += b.length;
        await this.write(b);
      }
    };
    let pending = 0;
    for (const c of chunks) {
      const b = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
      crc = zlib.crc32(b, crc);
      size += b.length;
      pending += b.length;
      if (!deflate.write(b) || pending > 1 << 22) {
        await new Promise<void>((r) => deflate.flush(zlib.constants.Z_NO_FLUSH, () => r()));
        await flushOut();
        pending = 0;
      }
    }
    await new Promise<void>((r) => deflate.end(() => r()));
    await new Promise<void>((r) => (deflate.readableEnded ? r() : deflate.on('end', () => r())));
    await flushOut();
    await this.write(descriptor(crc, compressed, size));
    this.entries.push({ name, offset: start, crc, compressed, size });
  }

  /**
   * Adds an entry whose body is `block` repeated `times` between `head` and `tail`, compressed
   * once and emitted many times: a 2 GiB part in a few MB, built in well under a second.
   */
  async addRepeated(name: string, head: string, block: string, times: number, tail: string, declare?: number): Promise<void> {
    const nameBuf = Buffer.from(name, 'utf8');
    const start = this.offset;
    await this.write(localHeader(nameBuf));
    // Each piece starts from a fresh compressor and ends on a full flush: byte-aligned and
    // referring to nothing before it, so the pieces concatenate into one valid deflate stream.
    const piece = (text: string, last: boolean) =>
      zlib.deflateRawSync(Buffer.from(text, 'utf8'), { level: 9, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH });
    const headZ = piece(head, false);
    const blockBuf = Buffer.from(block, 'utf8');
    const blockZ = piece(block, false);
    const tailZ = piece(tail, true);
    // The CRC of the block repeated, by squaring (zlib's crc32_combine): no pass over the GiBs.
    let crc = crc32Combine(zlib.crc32(head), crc32Repeated(blockBuf, times), blockBuf.length * times);
    crc = crc32Combine(crc, zlib.crc32(tail), Buffer.byteLength(tail));
    await this.write(headZ);
    const many = Buffer.concat(Array.from({ length: 1024 }, () => blockZ));
    for (let left = times; left > 0; left -= 1024) await this.write(left >= 1024 ? many : many.subarray(0, left * blockZ.length));
    await this.write(tailZ);
    const size = declare ?? Buffer.byteLength(head) + blockBuf.length * times + Buffer.byteLength(tail);
    const compressed = headZ.length + blockZ.length * times + tailZ.length;
    await this.write(descriptor(crc, compressed, size));
    this.entries.push({ name, offset: start, crc, compressed, size });
  }

  async close(): Promise<void> {
    const cdStart = this.offset;
    for (const e of this.entries) {
      const nameBuf = Buffer.from(e.name, 'utf8');
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0808, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(nameBuf.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, nameBuf]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    await this.write(end);
  }
}

/** zlib's crc32_combine: the CRC of A followed by B from CRC(A), CRC(B) and B's length. */
function crc32Combine(crc1: number, crc2: number, len2: number): number {
  const times = (mat: number[], vec: number) => {
    let sum = 0;
    for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i];
    return sum >>> 0;
  };
  const square = (mat: number[]) => mat.map((m) => times(mat, m));
  if (len2 <= 0) return crc1;
  let odd = [0xedb88320, ...Array.from({ length: 31 }, (_, n) => 2 ** n)];
  let even = square(odd);
  odd = square(even);
  let c = crc1 >>> 0;
  for (let len = len2; len > 0; ) {
    even = square(odd);
    if (len % 2 === 1) c = times(even, c);
    len = Math.floor(len / 2);
    if (len === 0) break;
    odd = square(even);
    if (len % 2 === 1) c = times(odd, c);
    len = Math.floor(len / 2);
  }
  return (c ^ crc2) >>> 0;
}

/** The CRC of `block` repeated `n` times. */
function crc32Repeated(block: Buffer, n: number): number {
  let result = 0;
  let resultLength = 0;
  let power = zlib.crc32(block);
  let powerLength = block.length;
  for (let k = n; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) {
      result = resultLength === 0 ? power : crc32Combine(result, power, powerLength);
      resultLength += powerLength;
    }
    power = crc32Combine(power, power, powerLength);
    powerLength *= 2;
  }
  return result;
}

function localHeader(nameBuf: Buffer): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  // Bit 3: sizes and CRC follow the data; bit 11: UTF-8 names.
  h.writeUInt16LE(0x0808, 6);
  h.writeUInt16LE(8, 8);
  h.writeUInt16LE(nameBuf.length, 26);
  return Buffer.concat([h, nameBuf]);
}

function descriptor(crc: number, compressed: number, size: number): Buffer {
  const d = Buffer.alloc(16);
  d.writeUInt32LE(0x08074b50, 0);
  d.writeUInt32LE(crc >>> 0, 4);
  d.writeUInt32LE(compressed, 8);
  d.writeUInt32LE(size, 12);
  return d;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const COLUMNS = Array.from({ length: 64 }, (_, c) => columnName(c));

function rowXml(r: number, cells: readonly (string | number | null)[]): string {
  const out: string[] = [];
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (v === null) continue;
    const ref = `${COLUMNS[c] ?? columnName(c)}${r + 1}`;
    out.push(typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`);
  }
  return `<row r="${r + 1}">${out.join('')}</row>`;
}

function* sheetXml(sheet: RawSheet): Iterable<Buffer> {
  yield Buffer.from(`${XML}<worksheet ${SHEET_NS}>${sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : ''}<sheetData>`);
  let rows: string[] = [];
  let r = (sheet.firstRow ?? 1) - 1;
  for (const cells of sheet.rows()) {
    rows.push(rowXml(r++, cells));
    if (rows.length === 4096) {
      yield Buffer.from(rows.join(''));
      rows = [];
    }
  }
  yield Buffer.from(rows.join('') + '</sheetData></worksheet>');
}

function workbookParts(names: readonly string[]): [string, string][] {
  const sheets = names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const overrides = names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return [
    ['[Content_Types].xml', `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`],
    ['_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${XML}<workbook ${SHEET_NS}><sheets>${sheets}</sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`],
  ];
}

/** Writes a workbook of the given sheets to `file`, streaming each sheet's XML through deflate. */
export async function writeRawXlsx(file: string, sheets: readonly RawSheet[]): Promise<void> {
  const fh = await fs.open(file, 'w');
  try {
    const zip = new ZipWriter(fh);
    for (const [name, text] of workbookParts(sheets.map((s) => s.name))) await zip.add(name, [text]);
    for (let i = 0; i < sheets.length; i++) await zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheets[i]));
    await zip.close();
  } finally {
    await fh.close();
  }
}

/**
 * A zip bomb shaped like a workbook: one sheet whose XML inflates to about `gib` GiB of identical
 * rows while the file stays about 2 MB; it declares its true size unless told to lie.
 */
export async function writeZipBomb(file: string, gib = 2, options: { declare?: number } = {}): Promise<{ uncompressed: number }> {
  const fh = await fs.open(file, 'w');
  try {
    const zip = new ZipWriter(fh);
    for (const [name, text] of workbookParts(['Sheet1'])) await zip.add(name, [text]);
    // One cell and a MiB of the blanks XML allows between rows: deflate's best ratio, about 1000:1.
    const block = `<row><c t="inlineStr"><is><t>0</t></is></c></row>${' '.repeat(2 ** 20)}`;
    const times = Math.max(1, Math.floor((gib * 2 ** 30) / Buffer.byteLength(block)));
    const head = `${XML}<worksheet ${SHEET_NS}><sheetData>`;
    const tail = '</sheetData></worksheet>';
    // `declare`: a bomb that lies, declaring fewer bytes than it unpacks to.
    await zip.addRepeated('xl/worksheets/sheet1.xml', head, block, times, tail, options.declare);
    await zip.close();
    return { uncompressed: Buffer.byteLength(head) + Buffer.byteLength(block) * times + Buffer.byteLength(tail) };
  } finally {
    await fh.close();
  }
}
