import type { Finding } from '../../../findings/finding';
import type { PerformanceTable } from '../../../recognition/performance/performanceTable';
import type { Rule } from '../../rule';
import { performanceFinding } from './performanceFinding';

/**
 * The year the table is for ("(2025年度)") is the disclosure's year, and 填报日期 is a real date
 * (20250211100151, 20250407, 2025-02-11, 2025年2月11日) around the time such a table is filled in:
 * the budget's year or the one before, the 决算's year or the one after.
 */
export const performanceDates: Rule = {
  id: 'performance-dates',
  title: '绩效表年度与填报日期',
  defaultSeverity: 'warning',
  run(ctx) {
    const year = ctx.recognition.year ?? ctx.parameters.year ?? null;
    const out: Finding[] = [];
    for (const table of ctx.recognition.performance) {
      const yc = table.yearCell;
      if (yc && table.year === null) {
        out.push(finding(table, yc.address, '年度', `表头年度“${yc.text}”无法识别为年份${year ? `，应为“(${year}年度)”` : ''}`));
      } else if (yc && year !== null && table.year !== year) {
        out.push(finding(table, yc.address, '年度', `表头年度为 ${table.year} 年，本次公开为 ${year} 年`));
      }
      const filled = table.footer.filledDate;
      if (!filled) continue;
      const date = parseDate(filled.text);
      if (!date) {
        out.push(finding(table, filled.address, '填报日期', `填报日期“${filled.text}”不是有效日期（如 20250211、2025-02-11）`));
        continue;
      }
      const kind = table.form.kind;
      if (year !== null) {
        const allowed = kind === 'budget' ? [year - 1, year] : [year, year + 1];
        if (!allowed.includes(date.year)) {
          out.push(
            finding(
              table,
              filled.address,
              '填报日期',
              `填报日期 ${date.year}年${date.month}月${date.day}日 不在${kind === 'budget' ? `编制 ${year} 年预算的 ${year - 1}–${year} 年` : `${year} 年决算自评的 ${year}–${year + 1} 年`}内`,
            ),
          );
        }
      }
    }
    return out;
  },
};

function finding(table: PerformanceTable, cell: string, line: string, text: string): Finding {
  return performanceFinding({ rule: 'performance-dates', severity: 'warning', table, cell, line, text });
}

/** A date as the systems print it: 20250211100151 (with time), 20250211, 2025-02-11, 2025/2/11, 2025年2月11日. */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const t = text.replace(/\s+/g, '');
  const m = /^((?:19|20)\d{2})(\d{2})(\d{2})(\d{6})?$/.exec(t) ?? /^((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  const time = m[4];
  if (time && (Number(time.slice(0, 2)) > 23 || Number(time.slice(2, 4)) > 59 || Number(time.slice(4, 6)) > 59)) return null;
  return { year, month, day };
}
