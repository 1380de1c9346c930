import type { Finding } from '../../../findings/finding';
import type { AuditContext } from '../auditContext';
import type { AuditRule } from './auditRule';

/**
 * What a template leaves to be filled in: XX (also 20XX年, XXX万元), 【…】 asking for something
 * (【请填写原因】, 【单位名称】; not a document number 【2022】 or a cited title 【山西省“…”实施方案】),
 * 待填写 / 待补充.
 */
const PLACEHOLDER = /(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|【[^】\d“”《》]{0,12}】|【[^】]*(?:请|填写|待|补充)[^】]*】|待填写|待补充/gu;

export const placeholderRule: AuditRule = {
  id: 'narrative-placeholder',
  title: '情况说明中留有占位符',
  defaultSeverity: 'error',
  run(ctx: AuditContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.raw.paragraphs) {
      for (const m of p.text.matchAll(PLACEHOLDER)) {
        out.push(ctx.finding({ rule: this.id, severity: 'error', paragraph: p.index, quote: m[0], text: `仍有待填写的占位符“${m[0]}”。` }));
      }
    }
    return out;
  },
};
