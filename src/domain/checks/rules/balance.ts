import type { Rule } from '../rule';
import type { Finding } from '../../findings/finding';
import type { CellSelector } from '../../forms/formTypes';
import type { AmountCell, RecognizedTable } from '../../recognition/recognizedTable';
import { compareSum } from '../sumComparison';

/** Equalities inside one table across its panels: 收入总计 = 支出总计 (表1, 表4, 表9, 决算 01/04). */
export const balance: Rule = {
  id: 'balance',
  title: '收支平衡',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Finding[] = [];
    for (const table of ctx.recognition.tables) {
      for (const identity of table.form.identities ?? []) {
        const left = cellOf(table, identity.left);
        const right = cellOf(table, identity.right);
        if (!left || !right) continue;
        const f = compareSum(
          {
            rule: 'balance',
            table,
            total: left.cell,
            totalLabel: left.name,
            parts: [{ cell: right.cell, label: right.name }],
            row: { code: null, name: left.name },
            column: left.column,
            where: identity.title,
          },
          ctx.tolerance.times(0),
        );
        if (f) out.push({ ...f, severity: 'error', message: f.message.replace(/（尾数差异.*?）/, '') });
      }
    }
    return out;
  },
};

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
