import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import type { CellWrite, RowInsertion } from '../domain/fill/fillTypes';
import { parseAddress } from '../domain/workbook/a1';
import { readCustomXmlParts, writeCustomXml } from './customXml';
import JSZip from 'jszip';

/**
 * Applies fill's writes to a copy of `input` saved as `out`: insertions first (bottom-up so earlier
 * row numbers stay valid), then the cell writes, whose addresses refer to the rows after insertion.
 * Cells not written keep their values and styles; custom XML parts (metadata) are carried over.
 */
export async function applyCellWritesToFile(
  input: string,
  writes: readonly CellWrite[],
  insertions: readonly RowInsertion[],
  out: string,
): Promise<void> {
  const original = await fs.readFile(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as unknown as ExcelJS.Buffer);
  const sorted = [...insertions].sort((a, b) => b.beforeRow - a.beforeRow);
  for (const ins of sorted) {
    const ws = wb.getWorksheet(ins.sheet);
    if (!ws) continue;
    // 'i': the new row takes the borders and formats of the body row above it.
    ws.insertRow(ins.beforeRow + 1, [...ins.values].map((v) => (v === null ? undefined : v)), 'i');
  }
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const { row, col } = parseAddress(w.address);
    const cell = ws.getCell(row + 1, col + 1);
    if (typeof w.value === 'string' && /^\d+$/.test(w.value)) cell.numFmt = '@';
    cell.value = w.value;
  }
  let buf: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const parts = await readCustomXmlParts(await JSZip.loadAsync(original));
  for (const xml of parts) {
    const ns = /xmlns(?::\w+)?="([^"]+)"/.exec(xml);
    if (ns) buf = await writeCustomXml(buf, ns[1], xml);
  }
  await fs.writeFile(out, buf);
}
