import type { Rule } from '../rule';
import type { Finding } from '../../findings/finding';
import { isBlankTemplate } from '../blankWorkbook';

/**
 * An empty table carries its 本表无数据 note, and a table with data does not. A blank template
 * (no table has data) is said once by the completeness rule instead.
 */
export const noDataNote: Rule = {
  id: 'no-data-note',
  title: '本表无数据说明',
  defaultSeverity: 'warning',
  run(ctx) {
    const out: Finding[] = [];
    if (isBlankTemplate(ctx.recognition)) return out;
    for (const t of ctx.recognition.tables) {
      if (t.empty === (t.noDataNote !== null)) continue;
      const cell = t.noDataNote?.address ?? t.titleAddress;
      const text = t.empty ? `没有数据，但表下未注明“${t.form.noDataNote}”` : '有数据，却注明了“本表无数据”';
      out.push({
        severity: 'warning',
        rule: 'no-data-note',
        table: t.no,
        sheet: t.sheet,
        cell,
        row: null,
        column: null,
        expected: null,
        actual: null,
        difference: null,
        message: `${t.form.label}“${t.title}”（${t.sheet}）${text}${t.empty ? '' : `（单元格 ${cell}）`}`,
        detail: { kind: 'statement', text },
      });
    }
    return out;
  },
};
