import type { Rule } from '../rule';
import { codedPanels } from '../../recognition/codedPanels';
import type { Finding } from '../../findings/finding';
import type { RecognizedPanel, RecognizedRow, RecognizedTable } from '../../recognition/recognizedTable';
import { parentCode } from '../../catalog/catalog';
import { address } from '../../workbook/a1';
import type { CheckContext } from '../checkContext';
import { describeRow, type Part } from '../sumComparison';
import { plannedSumRule, type SumStep } from '../sumPlan';
import { panelCodes } from '../panelCodes';

/**
 * 类 = Σ 款, 款 = Σ 项 by code prefix (2080109 → 20801 → 208); a printed child whose parent row
 * is missing; a code printed twice.
 */
export const subjectHierarchy: Rule = plannedSumRule('subject-hierarchy', '科目层级', plan);

function plan(ctx: CheckContext): SumStep[] {
  const out: SumStep[] = [];
  for (const { table, def, panel, classification } of codedPanels(ctx.recognition.tables)) {
    const codes = panelCodes(def, panel, ctx.catalog);
    const firstIndex = new Map<string, number>();
    codes.forEach((c, i) => {
      if (c === null) return;
      if (firstIndex.has(c)) {
        const row = panel.rows[i];
        out.push({ finding: structureFinding(table, panel, row, `科目 ${describeRow(row)} 重复出现（第一次在第 ${panel.rows[firstIndex.get(c)!].row + 1} 行）`) });
      } else firstIndex.set(c, i);
    });
    const amountCols = panel.columns.filter((c) => c.key && def.columns.find((d) => d.key === c.key)?.type === 'amount');
    const childrenOf = new Map<string, number[]>();
    for (const [c, i] of firstIndex) {
      const parent = parentCode(classification, c);
      if (parent === null) continue;
      const list = childrenOf.get(parent) ?? [];
      list.push(i);
      childrenOf.set(parent, list);
    }
    for (const [code, pi] of firstIndex) {
      const children = childrenOf.get(code) ?? [];
      if (children.length === 0) continue;
      const parent = panel.rows[pi];
      for (const col of amountCols) {
        const parts: Part[] = children.map((i) => ({ cell: panel.amount(i, col.key!)!, label: describeRow(panel.rows[i]) }));
        out.push({
          sum: {
            rule: 'subject-hierarchy',
            table,
            total: panel.amount(pi, col.key!)!,
            totalLabel: `${describeRow(parent)}`,
            parts,
            row: { code: parent.code, name: parent.name },
            column: col.label,
            where: `“${col.label}”列 上级科目 ${describeRow(parent)}`,
            partsAre: '下级科目',
          },
        });
      }
    }
    // A printed child without its printed parent: the 款/类 line is missing.
    panel.rows.forEach((row, i) => {
      if (!row.code || codes[i] !== row.code) return;
      const parent = parentCode(classification, row.code);
      if (!parent || firstIndex.has(parent)) return;
      out.push({ finding: structureFinding(table, panel, row, `科目 ${describeRow(row)} 缺少上级科目 ${parent} 行`) });
    });
  }
  return out;
}

/** A structural problem of a row (duplicate code, missing parent), `what` naming the row: an error at its code cell. */
function structureFinding(table: RecognizedTable, panel: RecognizedPanel, row: RecognizedRow, what: string): Finding {
  const cell = address(row.row, panel.columns[0]?.col ?? 0);
  return {
    severity: 'error',
    rule: 'subject-hierarchy',
    table: table.no,
    sheet: table.sheet,
    cell,
    row: { code: row.code, name: row.name },
    column: null,
    expected: null,
    actual: null,
    difference: null,
    message: `${table.form.label}（${table.sheet}）第 ${row.row + 1} 行：${what}`,
    detail: { kind: 'statement', text: what, names: ['row'] },
  };
}
