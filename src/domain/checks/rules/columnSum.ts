import type { Rule } from '../rule';
import type { PanelDef } from '../../forms/formTypes';
import type { RecognizedPanel, RecognizedTable } from '../../recognition/recognizedTable';
import type { CheckContext } from '../checkContext';
import { describeRow, type Part } from '../sumComparison';
import { plannedSumRule, type SumStep } from '../sumPlan';
import { panelCodes } from '../panelCodes';
import { cellOf } from '../selectCell';

/**
 * Within a column: a total line equals the lines it totals — the form's fixed-line sums
 * (本年收入合计 = Σ sources, 收入总计 = 本年收入合计 + 上年结转, 表10 ① + ②), 合计 = Σ top-level
 * subjects in coded tables, and a list's total line = Σ its lines (表12 unit subtotal).
 */
export const columnSum: Rule = plannedSumRule('column-sum', '列内合计', plan);

function plan(ctx: CheckContext): SumStep[] {
  const out: SumStep[] = [];
  for (const table of ctx.recognition.tables) {
    table.form.panels.forEach((def, p) => {
      const panel = table.panels[p];
      for (const f of def.rows.mode === 'fixed' ? fixedSums(table, def, panel) : totalLineSums(ctx, table, def, panel)) out.push(f);
    });
    for (const sum of table.form.crossPanelSums ?? []) {
      const total = cellOf(table, sum.total);
      const parts = sum.parts.map((s) => cellOf(table, s));
      if (!total || parts.some((x) => !x)) continue;
      out.push({
        sum: {
          rule: 'column-sum',
          table,
          total: total.cell,
          totalLabel: total.name,
          parts: parts.map((x) => ({ cell: x!.cell, label: x!.name })),
          row: { code: null, name: total.name },
          column: total.column,
          relation: sum.title,
        },
      });
    }
  }
  return out;
}

function amountColumns(def: PanelDef, panel: RecognizedPanel, only?: readonly string[]) {
  return panel.columns.filter((c) => {
    if (!c.key) return false;
    const cd = def.columns.find((d) => d.key === c.key);
    return !!cd && (cd.type === 'amount' || cd.type === 'count') && (!only || only.includes(c.key));
  });
}

function fixedSums(table: RecognizedTable, def: PanelDef, panel: RecognizedPanel): SumStep[] {
  const out: SumStep[] = [];
  if (def.rows.mode !== 'fixed') return out;
  const fixed = def.rows.rows;
  const indexOfKey = new Map<string, number>();
  panel.rows.forEach((r, i) => {
    if (r.key && !indexOfKey.has(r.key)) indexOfKey.set(r.key, i);
  });
  for (const sum of def.columnSums ?? []) {
    const ti = indexOfKey.get(sum.total);
    if (ti === undefined) continue;
    const partIdx: number[] = [];
    for (const k of sum.parts) {
      if (k === '*classes') {
        for (const f of fixed) if (f.code && indexOfKey.has(f.key)) partIdx.push(indexOfKey.get(f.key)!);
      } else if (indexOfKey.has(k)) partIdx.push(indexOfKey.get(k)!);
    }
    const totalRow = panel.rows[ti];
    for (const col of amountColumns(def, panel, sum.columns)) {
      const parts: Part[] = partIdx.map((i) => ({ cell: panel.amount(i, col.key!)!, label: panel.rows[i].name }));
      out.push({
        sum: {
          rule: 'column-sum',
          table,
          total: panel.amount(ti, col.key!)!,
          totalLabel: totalRow.name,
          parts,
          row: { code: totalRow.code, name: totalRow.name },
          column: col.label,
          where: `“${col.label}”列 ${totalRow.name}`,
        },
      });
    }
  }
  return out;
}

function totalLineSums(ctx: CheckContext, table: RecognizedTable, def: PanelDef, panel: RecognizedPanel): SumStep[] {
  const ti = panel.rows.findIndex((r) => r.level === 'total');
  if (ti < 0) return [];
  let partIdx: number[];
  if (def.rows.mode === 'coded') {
    const codes = panelCodes(def, panel, ctx.catalog);
    const present = new Set(codes.filter((c): c is string => c !== null));
    // Top-level subjects: those whose parent is not printed (normally the 类 rows).
    partIdx = codes.flatMap((c, i) => (c !== null && !hasAncestorIn(c, present) ? [i] : []));
  } else {
    partIdx = panel.rows.flatMap((r, i) => (i !== ti && r.level !== 'total' && r.level !== 'group' ? [i] : []));
  }
  if (partIdx.length === 0) return [];
  const totalRow = panel.rows[ti];
  const out: SumStep[] = [];
  for (const col of amountColumns(def, panel)) {
    const parts: Part[] = partIdx.map((i) => ({ cell: panel.amount(i, col.key!)!, label: describeRow(panel.rows[i]) }));
    out.push({
      sum: {
        rule: 'column-sum',
        table,
        total: panel.amount(ti, col.key!)!,
        totalLabel: totalRow.name || '合计',
        parts,
        row: { code: totalRow.code, name: totalRow.name },
        column: col.label,
        where: `“${col.label}”列 ${totalRow.name || '合计'}行`,
      },
    });
  }
  return out;
}

function hasAncestorIn(code: string, present: Set<string>): boolean {
  for (let len = code.length - 2; len >= 3; len -= 2) if (present.has(code.slice(0, len))) return true;
  return false;
}
