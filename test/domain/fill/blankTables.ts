import { recognize } from '../../../src/domain/recognition/recognize';
import type { RecognizedTable } from '../../../src/domain/recognition/recognizedTable';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';

/**
 * The fill scenario: a published workbook with the summary tables' figures removed. Fixed-line
 * tables (表1, 表4) lose every amount, labels kept; coded tables (表5) lose every subject row
 * (left as blank rows) and the 合计 line's amounts (label kept).
 */
export function blankTables(wb: WorkbookSnapshot, nos: readonly number[]): WorkbookSnapshot {
  const rec = recognize(wb);
  const clear = new Map<string, Set<string>>();
  const mark = (sheet: string, row: number, col: number) => {
    const s = clear.get(sheet) ?? new Set<string>();
    s.add(`${row},${col}`);
    clear.set(sheet, s);
  };
  for (const t of rec.tables.filter((x) => nos.includes(x.no))) {
    t.form.panels.forEach((def, p) => {
      const panel = t.panels[p];
      const amountCols = panel.columns.filter((c) => def.columns.find((d) => d.key === c.key)?.type === 'amount');
      for (const r of panel.rows) {
        if (def.rows.mode === 'coded' && r.level !== 'total') {
          for (const c of panel.columns) mark(t.sheet, r.row, c.col);
        } else {
          for (const c of amountCols) mark(t.sheet, r.row, c.col);
        }
      }
    });
  }
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      const cells = clear.get(s.name);
      if (!cells) return s;
      return { ...s, values: s.values.map((row, r) => row.map((v, c): CellValue => (cells.has(`${r},${c}`) ? null : v))) };
    }),
  };
}

export function tableOf(wb: WorkbookSnapshot, no: number): RecognizedTable {
  const t = recognize(wb).tables.find((x) => x.no === no);
  if (!t) throw new Error(`no table ${no}`);
  return t;
}
