import type { Rule } from '../rule';
import type { CheckContext } from '../checkContext';
import { describeRow } from '../sumComparison';
import { plannedSumRule, type SumStep } from '../sumPlan';

/** Within a row: 合计 = 基本支出 + 项目支出, 小计 = 一般公共预算 + 政府性基金 + 国有资本经营, … */
export const rowSum: Rule = plannedSumRule('row-sum', '行内合计', plan);

function plan(ctx: CheckContext): SumStep[] {
  const out: SumStep[] = [];
  for (const table of ctx.recognition.tables) {
    table.form.panels.forEach((def, p) => {
      const panel = table.panels[p];
      for (const sum of def.rowSums ?? []) {
        const totalCol = panel.columns.find((c) => c.key === sum.total);
        const partCols = sum.parts.map((k) => panel.columns.find((c) => c.key === k));
        if (!totalCol || partCols.some((c) => !c)) continue;
        panel.rows.forEach((row, i) => {
          if (sum.rows && (!row.key || !sum.rows.includes(row.key))) return;
          const total = panel.amount(i, sum.total)!;
          const parts = partCols.map((c) => ({ cell: panel.amount(i, c!.key!)!, label: c!.label }));
          out.push({
            sum: {
              rule: 'row-sum',
              table,
              total,
              totalLabel: totalCol.label,
              parts,
              row: { code: row.code, name: row.name },
              column: totalCol.label,
              where: `${describeRow(row)} 行`,
            },
          });
        });
      }
    });
  }
  return out;
}
