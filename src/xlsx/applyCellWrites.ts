import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import type { CellWrite, RowInsertion } from '../domain/fill/fillTypes';
import { parseAddress } from '../domain/workbook/a1';
import { readCustomXmlParts, writeCustomXml } from './customXml';
import JSZip from 'jszip';
import type { UndoCell, UndoRow } from '../domain/fill/undoRecord';
import { FILL_UNDO_NAMESPACE, fillUndoToXml } from '../domain/fill/undoRecordXml';
import { plainValue } from './sheetBuilder';

/**
 * Applies fill's writes to a copy of `input` saved as `out`: insertions first (bottom-up so earlier
 * row numbers stay valid), then the cell writes, whose addresses refer to the rows after insertion.
 * Cells not written keep their values and styles; custom XML parts (metadata) are carried over.
 * With `filledAt` and something written, the undo record (undoRecordXml) is stored too, so the task
 * pane can undo this fill.
 */
export async function applyCellWritesToFile(
  input: string,
  writes: readonly CellWrite[],
  insertions: readonly RowInsertion[],
  out: string,
  filledAt?: string,
): Promise<void> {
  await fs.writeFile(out, await applyCellWrites(await fs.readFile(input), writes, insertions, filledAt));
}

/** The same, from the input's bytes to the filled copy's bytes (the CLI writes them safely: outputFile). */
export async function applyCellWrites(
  original: Buffer,
  writes: readonly CellWrite[],
  insertions: readonly RowInsertion[],
  filledAt?: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(original as unknown as ExcelJS.Buffer);
  const sorted = [...insertions].sort((a, b) => b.beforeRow - a.beforeRow);
  const inserted: UndoRow[] = [];
  for (const ins of sorted) {
    const ws = wb.getWorksheet(ins.sheet);
    if (!ws) continue;
    // 'i': the new row takes the borders and formats of the body row above it.
    ws.insertRow(ins.beforeRow + 1, [...ins.values].map((v) => (v === null ? undefined : v)), 'i');
    for (const [i, r] of inserted.entries()) if (r.sheet === ins.sheet && r.row >= ins.beforeRow) inserted[i] = { ...r, row: r.row + 1 };
    inserted.push({ sheet: ins.sheet, row: ins.beforeRow, values: [...ins.values] });
  }
  const cells: UndoCell[] = [];
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const { row, col } = parseAddress(w.address);
    const cell = ws.getCell(row + 1, col + 1);
    const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
    cells.push({
      sheet: w.sheet,
      address: w.address,
      written: w.value,
      value: plainValue(cell.value),
      formula: formula ? `=${formula.replace(/^=/, '')}` : null,
      numberFormat: cell.numFmt || 'General',
    });
    if (typeof w.value === 'string' && /^\d+$/.test(w.value)) cell.numFmt = '@';
    cell.value = w.value;
  }
  let buf: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const parts = await readCustomXmlParts(await JSZip.loadAsync(original));
  for (const xml of parts) {
    const ns = /xmlns(?::\w+)?="([^"]+)"/.exec(xml);
    if (ns) buf = await writeCustomXml(buf, ns[1], xml);
  }
  if (filledAt && (cells.length > 0 || inserted.length > 0)) {
    // Replaces the record of an earlier fill carried over above (with nothing written, that one stays: still true).
    const record = fillUndoToXml({ filledAt, origin: 'cli', cells, insertedRows: [...inserted].sort((a, b) => b.row - a.row) });
    buf = await writeCustomXml(buf, FILL_UNDO_NAMESPACE, record);
  }
  return buf;
}
