import type { Rule } from '../rule';
import type { Finding } from '../../findings/finding';
import { cellOf } from '../selectCell';
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
            relation: identity.title,
            // A balance is printed as one figure on each side: no rounding excuses a difference.
            exact: true,
          },
          ctx,
        );
        if (f) out.push(f);
      }
    }
    return out;
  },
};

