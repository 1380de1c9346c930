import type { Rule } from '../rule';
import { codedPanels } from '../../recognition/codedPanels';
import type { Finding } from '../../findings/finding';
import { codeLevel } from '../../catalog/catalog';
import { address } from '../../workbook/a1';
import { describeRow } from '../sumComparison';

/** Codes must be 3/5/7 digits (经济分类 3/5) and printed in ascending order, parents first. */
export const subjectCode: Rule = {
  id: 'subject-code',
  title: '科目编码格式与顺序',
  defaultSeverity: 'error',
  run(ctx) {
    const out: Finding[] = [];
    for (const { table, panel, classification } of codedPanels(ctx.recognition.tables)) {
      const codeCol = panel.columns.find((c) => c.key === 'code')?.col ?? panel.columns[0]?.col ?? 0;
      let previous: string | null = null;
      for (const row of panel.rows) {
        if (!row.code) continue;
        const at = address(row.row, codeCol);
        const base = { table: table.no, sheet: table.sheet, cell: at, row: { code: row.code, name: row.name }, column: null, expected: null, actual: null, difference: null };
        const where = `${table.form.label}（${table.sheet}）单元格 ${at}：`;
        if (codeLevel(classification, row.code) === null) {
          const text = `科目编码“${row.code}”不是${classification === 'economic' ? ' 3 位或 5 位' : ' 3、5 或 7 位'}数字`;
          out.push({ ...base, severity: 'error', rule: 'subject-code', message: where + text, detail: { kind: 'statement', text } });
        } else if (previous !== null && row.code < previous && !previous.startsWith(row.code)) {
          const text = `科目 ${describeRow(row)} 排在 ${previous} 之后，科目应按编码顺序排列`;
          out.push({ ...base, severity: 'warning', rule: 'subject-code', message: where + text, detail: { kind: 'statement', text, names: ['row'] } });
        }
        previous = row.code;
      }
    }
    return out;
  },
};
