import type { Rule } from '../rule';
import { codedPanels } from '../../recognition/codedPanels';
import type { Finding } from '../../findings/finding';
import { codeLevel } from '../../catalog/catalog';
import { address } from '../../workbook/a1';
import { describeRow } from '../sumComparison';
import { panelCodes } from '../panelCodes';

/**
 * Codes must be 3/5/7 digits (经济分类 3/5) and printed in ascending order, parents first. A row
 * whose code cell is empty but whose name is a known subject (221 住房保障支出) is that subject for
 * every check (panelCodes); its missing code is said here, at the code cell.
 */
export const subjectCode: Rule = {
  id: 'subject-code',
  title: '科目编码格式与顺序',
  defaultSeverity: 'error',
  layoutOnly: true,
  run(ctx) {
    const out: Finding[] = [];
    for (const { table, def, panel, classification, byName } of codedPanels(ctx.recognition.tables)) {
      const printedCodeCol = panel.columns.find((c) => c.key === 'code')?.col;
      const codeCol = printedCodeCol ?? panel.columns[0]?.col ?? 0;
      // Tables printed with names only (预算公开表6) have no code to miss.
      const byNameCodes = byName || printedCodeCol === undefined ? [] : panelCodes(def, panel, ctx.catalog);
      let previous: string | null = null;
      panel.rows.forEach((row, i) => {
        const at = address(row.row, codeCol);
        const base = { table: table.no, sheet: table.sheet, cell: at, row: { code: row.code, name: row.name }, column: null, expected: null, actual: null, difference: null };
        const where = `${table.form.label}（${table.sheet}）单元格 ${at}：`;
        if (!row.code) {
          const named = byNameCodes[i];
          if (!named) return;
          const text = `科目“${row.name}”没有填写编码：按名称应为 ${named}，请在编码列填写`;
          out.push({ ...base, severity: 'error', rule: 'subject-code', message: where + text, detail: { kind: 'statement', text, names: ['row'] } });
          return;
        }
        if (codeLevel(classification, row.code) === null) {
          const text = `科目编码“${row.code}”不是${classification === 'economic' ? ' 3 位或 5 位' : ' 3、5 或 7 位'}数字`;
          out.push({ ...base, severity: 'error', rule: 'subject-code', message: where + text, detail: { kind: 'statement', text } });
        } else if (previous !== null && row.code < previous && !previous.startsWith(row.code)) {
          const text = `科目 ${describeRow(row)} 排在 ${previous} 之后，科目应按编码顺序排列`;
          out.push({ ...base, severity: 'warning', rule: 'subject-code', message: where + text, detail: { kind: 'statement', text, names: ['row'] } });
        }
        previous = row.code;
      });
    }
    return out;
  },
};
