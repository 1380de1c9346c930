import type { Rule } from '../rule';
import type { Finding } from '../../findings/finding';

/**
 * A figure typed in the other unit — a 万元 figure in a 元 table, or a 元 one in a 万元 table —
 * found where a sum breaks and converting that one cell exactly (1 万元 = 10000 元) mends it, or a
 * whole table 10000 times off against another. Reported at the figure's cell, after the sums that
 * found it (it reads their findings).
 */
export const unitSlip: Rule = {
  id: 'unit-slip',
  title: '金额单位误填（元与万元）',
  defaultSeverity: 'error',
  run(ctx, earlier = []) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const f of earlier) {
      const slip = f.detail?.kind === 'sum' ? f.detail.unitSlip : undefined;
      if (!slip) continue;
      const key = `${slip.cell.sheet}!${slip.cell.address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const table = ctx.recognition.tables.find((t) => t.no === f.table && t.sheet === slip.cell.sheet);
      const unit = table?.amountUnit ?? '万元';
      const text = `单元格 ${slip.cell.address} 的 ${slip.value} 像是以${slip.typedIn}填写：本表金额单位为${unit}，${slip.value}${slip.typedIn} = ${slip.converted}${unit}，按此${f.detail?.kind === 'sum' && f.detail.relation ? `“${f.detail.relation}”` : `${f.column ? `“${f.column}”列 ` : ''}${f.row ? `${f.row.code ? `${f.row.code} ` : ''}${f.row.name}` : ''}的合计`}成立`;
      out.push({
        severity: 'error',
        rule: 'unit-slip',
        table: f.table,
        sheet: slip.cell.sheet,
        cell: slip.cell.address,
        row: null,
        column: f.column,
        expected: slip.converted,
        actual: slip.value,
        difference: null,
        message: `${table ? `${table.form.label}（${table.sheet}）` : ''}${text}`,
        cells: [slip.cell],
        detail: { kind: 'statement', text, names: ['cell'] },
      });
    }
    for (const f of earlier) {
      if (f.rule === 'cross-table' && f.detail?.kind === 'identity' && f.detail.unitSlip) {
        const s = f.detail.unitSlip;
        out.push({
          severity: 'error',
          rule: 'unit-slip',
          table: s.table,
          sheet: s.sheet,
          cell: s.cell,
          row: null,
          column: null,
          expected: null,
          actual: null,
          difference: null,
          message: s.text,
          detail: { kind: 'statement', text: s.text },
        });
      }
    }
    return out;
  },
};
