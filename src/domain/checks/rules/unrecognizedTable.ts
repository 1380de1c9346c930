import type { Rule } from '../rule';
import type { Finding } from '../../findings/finding';

/** Something that looks like a table but maps to no known form: said, not skipped (no table at all: completeness). */
export const unrecognizedTable: Rule = {
  id: 'unrecognized-table',
  title: '未能识别的表',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = ctx.recognition.unrecognized.map((u): Finding => {
      const text = `工作表“${u.sheet}”${u.address} 的“${u.title}”${u.reason}，未作校验`;
      return {
        severity: 'warning',
        rule: 'unrecognized-table',
        table: null,
        sheet: u.sheet,
        cell: u.address,
        row: null,
        column: null,
        expected: null,
        actual: null,
        difference: null,
        message: text,
        // Workbook-level: no heading names the sheet, so the text says sheet and cell itself.
        detail: { kind: 'statement', text, names: ['cell'] },
      };
    });
    return out;
  },
};
