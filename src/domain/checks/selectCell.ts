import type { CellSelector } from '../forms/formTypes';
import type { AmountCell, RecognizedTable } from '../recognition/recognizedTable';

/** The amount a form's CellSelector names in a recognised table (row key, or 'total' for the 合计 line). */
export function cellOf(table: RecognizedTable, sel: CellSelector): { cell: AmountCell; name: string; column: string } | undefined {
  const p = table.form.panels.findIndex((d) => d.key === sel.panel);
  const panel = table.panels[p];
  if (!panel) return undefined;
  const i = panel.rows.findIndex((r) => r.key === sel.row || (sel.row === 'total' && r.level === 'total'));
  const col = panel.columns.find((c) => c.key === sel.column);
  if (i < 0 || !col) return undefined;
  const cell = panel.amount(i, sel.column);
  return cell ? { cell, name: panel.rows[i].name, column: col.label } : undefined;
}
