import type { Rule } from '../rule';
import type { Finding } from '../../findings/finding';
import { requiredForms } from '../../forms/requiredForms';
import type { RecognizedTable } from '../../recognition/recognizedTable';
import { isBlankTemplate } from '../blankWorkbook';

const KIND_WORD = { budget: '预算公开', final: '决算公开' } as const;

/**
 * The disclosure as a whole: every required table is there (an empty one with its 本表无数据
 * note), none is there twice (a second inserted set, sheets "… (2)"), and the workbook is not a
 * blank template or a workbook without any table.
 */
export const completeness: Rule = {
  id: 'completeness',
  title: '公开表完整性（缺表、重复的表、空白模板）',
  defaultSeverity: 'error',
  run(ctx) {
    const r = ctx.recognition;
    const base = { severity: 'error' as const, rule: 'completeness', row: null, column: null, expected: null, actual: null, difference: null };
    if (r.tables.length === 0) {
      // A workbook of performance tables alone (绩效目标表 prepared apart from the disclosure) is no incomplete disclosure.
      if (r.performance.length > 0) return [];
      const text = '工作簿中没有找到任何预算公开表或决算公开表（按表标题识别，如“2025年预算支出总表”），无法作为公开文件';
      return [{ ...base, table: null, sheet: null, cell: null, noCell: '整个工作簿没有表', message: text, detail: { kind: 'statement', text } }];
    }
    const out: Finding[] = [];
    const kind = r.kind ?? r.tables[0].kind;
    const word = KIND_WORD[kind];
    if (isBlankTemplate(r)) {
      const text = `这是空白模板：找到的 ${r.tables.length} 张${word}表都没有数据，请先填入数据再校验`;
      const first = r.tables[0];
      out.push({ ...base, table: null, sheet: first.sheet, cell: first.titleAddress, message: text, detail: { kind: 'statement', text, names: ['cell'] } });
    }
    const required = requiredForms(r.profile);
    for (const form of required) {
      const copies = r.tables.filter((t) => t.form === form);
      if (copies.length === 0) {
        const text = `缺少${form.label}“${form.name}”：${word}必须包含这张表，没有数据时也应保留并注明“${form.noDataNote}”`;
        out.push({ ...base, table: form.no, sheet: null, cell: null, noCell: '工作簿中没有这张表', message: text, detail: { kind: 'statement', text } });
      } else if (copies.length > 1) {
        out.push(duplicate(base, copies));
      }
    }
    return out;
  },
};

function duplicate(base: Omit<Finding, 'table' | 'sheet' | 'cell' | 'message'>, copies: readonly RecognizedTable[]): Finding {
  const [first, second] = copies;
  const where = copies.map((t) => `工作表“${t.sheet}”${t.titleAddress}`).join('、');
  const text = `${first.form.label}“${first.form.name}”出现了 ${copies.length} 次（${where}），只应保留一份`;
  return {
    ...base,
    table: first.no,
    sheet: second.sheet,
    cell: second.titleAddress,
    message: text,
    cells: copies.map((t) => ({ sheet: t.sheet, address: t.titleAddress })),
    detail: { kind: 'statement', text, names: ['cell'] },
  };
}
