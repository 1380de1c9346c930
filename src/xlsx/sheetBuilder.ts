import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../domain/workbook/snapshot';
import { cellKey } from '../domain/workbook/snapshot';
import { dateText } from './dateText';

/** A sheet's snapshot built row by row, from a loaded worksheet or from a stream of rows. */
export class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formulas = new Set<string>();
  private readonly textFormatted = new Set<string>();
  cells = 0;

  constructor(readonly name: string) {}

  addRow(row: ExcelJS.Row, rowNumber: number): void {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const c = colNumber - 1;
      this.cells++;
      if (cell.isMerged && cell.master !== cell) return; // merged followers hold the master's value in ExcelJS
      const v = cellValue(cell);
      if (cell.numFmt === '@') this.textFormatted.add(cellKey(r, c));
      if (cell.type === ExcelJS.ValueType.Formula) this.formulas.add(cellKey(r, c));
      if (v === null) return;
      while (this.values.length <= r) this.values.push([]);
      const line = this.values[r];
      while (line.length < c) line.push(null);
      line[c] = v;
    });
  }

  snapshot(): SheetSnapshot {
    return { name: this.name, values: this.values, formulas: this.formulas, textFormatted: this.textFormatted };
  }
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  return plainValue(cell.value as unknown);
}

/** An ExcelJS cell value as the snapshot holds it (formulas: their cached result). */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('error' in o && typeof o.error === 'string') return { error: o.error };
    if ('formula' in o || 'sharedFormula' in o) {
      const res = o.result;
      if (res === undefined) return null;
      return plainValue(res);
    }
    if ('text' in o) return plainValue(o.text);
  }
  return String(v);
}
