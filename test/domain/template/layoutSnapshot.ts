import type { SheetLayout } from '../../../src/domain/template/sheetLayout';
import { layoutSnapshot } from '../../../src/domain/template/layoutSnapshot';
import type { TemplateMetadata, CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { columnLetter, parseAddress } from '../../../src/domain/workbook/a1';
import type { FormDef } from '../../../src/domain/forms/formTypes';

export { layoutSnapshot };

export function layoutsWorkbook(layouts: readonly SheetLayout[], metadata?: TemplateMetadata): WorkbookSnapshot {
  const sheets = layouts.map(layoutSnapshot);
  return metadata ? { sheets, metadata } : { sheets };
}

/** The workbook with some cells typed in (A1 address → value) on one sheet. */
export function typed(wb: WorkbookSnapshot, sheet: string, entries: Record<string, CellValue>): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => [...r]);
      for (const [a1, v] of Object.entries(entries)) {
        const { row, col } = parseAddress(a1);
        while (values.length <= row) values.push([]);
        while (values[row].length <= col) values[row].push(null);
        values[row][col] = v;
      }
      return { ...s, values };
    }),
  };
}

/**
 * The A1 address of a body cell of a one-table template sheet, found from the layout itself: the
 * column by header path position, the row by a fixed line's place among the body lines (header
 * rows inside the body skipped), a 'total' line, or the n-th blank line (0-based) under it.
 */
export function bodyCell(
  layout: SheetLayout,
  form: FormDef,
  panelKey: string,
  line: string | number,
  columnKey: string,
): string {
  let col = 0;
  const panelIndex = form.panels.findIndex((p) => p.key === panelKey);
  for (let i = 0; i < panelIndex; i++) col += form.panels[i].columns.length;
  const panel = form.panels[panelIndex];
  col += panel.columns.findIndex((c) => c.key === columnKey);
  const info = layout.tables[0];
  // Body lines follow the unit line, skipping header rows (公开10表 repeats one under its sections).
  const unitRow = parseAddress(info.titleAddress).row + 1;
  const bodyRows: number[] = [];
  for (let r = unitRow + 1; bodyRows.length < 500; r++) if (!info.headerRows.includes(r)) bodyRows.push(r);
  let offset: number;
  if (panel.rows.mode === 'fixed') offset = panel.rows.rows.findIndex((r) => r.key === line);
  else if (line === 'total') offset = 0;
  else offset = 1 + (line as number);
  if (panelIndex < 0 || col < 0 || offset < 0) throw new Error(`no cell ${panelKey}/${line}/${columnKey}`);
  return `${columnLetter(col)}${bodyRows[offset] + 1}`;
}
