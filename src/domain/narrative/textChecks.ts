import type { Finding } from '../findings/finding';
import { paragraphText, type NarrativeSection } from './narrativeTypes';

/** A word written twice in a row (004 prints "用于用于"); also used on texts a person wrote. */
export const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/u;
const PLACEHOLDER = '【请填写';

/**
 * Checks the finished text itself (design.md §5): a number with no source, a doubled word
 * (004 prints "用于用于"), a placeholder that is not a missing input (typed into an input, say).
 */
export function checkText(sections: readonly NarrativeSection[]): Finding[] {
  const out: Finding[] = [];
  const add = (rule: string, message: string, cell?: { sheet: string; address: string }) =>
    out.push({
      severity: 'warning',
      rule,
      table: null,
      sheet: cell?.sheet ?? null,
      cell: cell?.address ?? null,
      row: null,
      column: null,
      expected: null,
      actual: null,
      difference: null,
      message,
    });
  for (const s of sections) {
    for (const p of s.paragraphs) {
      for (const r of p.runs) {
        if (!r.sources && !r.missing && !r.fixed && /\d/.test(r.text)) {
          add('narrative-unsourced-number', `“${s.heading}”中的数字“${r.text}”没有来源单元格。`);
        }
        if (!r.missing && r.text.includes(PLACEHOLDER)) {
          add('narrative-placeholder', `“${s.heading}”中仍有占位符：“${r.text}”。`, r.sources?.[0]);
        }
      }
      const text = paragraphText({ runs: p.runs.filter((r) => !r.missing) });
      const m = DOUBLED_WORD.exec(text);
      if (m) add('narrative-doubled-word', `“${s.heading}”中有重复的词语“${m[0]}”。`);
    }
  }
  return out;
}
