import type { Rule } from '../rule';
import { codedPanels } from '../../recognition/codedPanels';
import type { Finding } from '../../findings/finding';
import { address } from '../../workbook/a1';
import { isEntryName } from '../../catalog/builtinCatalog';

/** A code the year's catalog does not know, or a name that differs from it: 提示, never 错误. */
export const catalogNames: Rule = {
  id: 'catalog',
  title: '科目编码与名称',
  defaultSeverity: 'warning',
  layoutOnly: true,
  run(ctx) {
    const out: Finding[] = [];
    for (const { table, panel, classification } of codedPanels(ctx.recognition.tables)) {
      const nameCol = panel.columns.find((c) => c.key === 'name');
      for (const row of panel.rows) {
        if (!row.code || !/^\d+$/.test(row.code)) continue;
        const entry = ctx.catalog.lookup(classification, row.code);
        const at = address(row.row, nameCol?.col ?? panel.columns[0]?.col ?? 0);
        const base = { severity: 'warning' as const, rule: 'catalog', table: table.no, sheet: table.sheet, cell: at, row: { code: row.code, name: row.name }, column: nameCol?.label ?? null, expected: null, actual: null, difference: null };
        const catalog = `${ctx.catalog.source}（${ctx.catalog.year}年）`;
        if (!entry) {
          const text = `${catalog}中没有科目编码 ${row.code}，请核对；如已导入当年科目表仍如此，可能是编码有误`;
          out.push({ ...base, message: `${table.form.label}（${table.sheet}）${row.code} ${row.name}：${text}`, detail: { kind: 'statement', text } });
        } else if (row.name && !isEntryName(entry, row.name)) {
          const text = `科目 ${row.code} 的名称为“${row.name}”，${catalog}中为“${entry.name}”`;
          out.push({ ...base, message: `${table.form.label}（${table.sheet}）单元格 ${at}：${text}`, detail: { kind: 'statement', text, names: ['row'] } });
        }
      }
    }
    return out;
  },
};
