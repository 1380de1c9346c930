import type { Finding } from '../../../findings/finding';
import type { AuditContext } from '../auditContext';
import type { AuditRule } from './auditRule';

/**
 * Where a text copied from an older year keeps its year: at the start of a paragraph ("2023年度…"),
 * in "截至2023年12月31日" and in a comparison ("比2022年预算", "与2022年度相比"). There the year must
 * be this year or last year. Years elsewhere (project names, document numbers, plans) are left alone.
 */
const LEAD_YEAR = /(^|截至|比|较|与|同)\s*((?:19|20)\d{2})\s*年/gu;

export const yearRule: AuditRule = {
  id: 'narrative-year',
  title: '情况说明中的年份既不是本年也不是上年',
  defaultSeverity: 'warning',
  run(ctx: AuditContext): Finding[] {
    const year = ctx.year;
    if (year === null) return [];
    const out: Finding[] = [];
    for (const p of ctx.raw.paragraphs) {
      if (p.cells) continue;
      for (const m of p.text.trim().matchAll(LEAD_YEAR)) {
        const y = Number(m[2]);
        if (y === year || y === year - 1) continue;
        out.push(
          ctx.finding({
            rule: this.id,
            severity: 'warning',
            paragraph: p.index,
            quote: `${m[2]}年`,
            text: `“${m[0].trim()}”中的年份 ${y} 既不是本年（${year}）也不是上年（${year - 1}）。`,
          }),
        );
      }
    }
    return out;
  },
};
