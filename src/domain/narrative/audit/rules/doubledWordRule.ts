import type { Finding } from '../../../findings/finding';
import { DOUBLED_WORD } from '../../textChecks';
import type { AuditContext } from '../auditContext';
import type { AuditRule } from './auditRule';

/** "用于用于": a word written twice in a row, in a heading or a paragraph (a table's cells are not sentences). */
export const doubledWordRule: AuditRule = {
  id: 'narrative-doubled-word',
  title: '情况说明中有重复的词语',
  defaultSeverity: 'warning',
  run(ctx: AuditContext): Finding[] {
    const out: Finding[] = [];
    const every = new RegExp(DOUBLED_WORD.source, 'gu');
    for (const p of ctx.raw.paragraphs) {
      if (p.cells) continue;
      for (const m of p.text.replace(/[\s\u3000]+/gu, '').matchAll(every)) {
        out.push(ctx.finding({ rule: this.id, severity: 'warning', paragraph: p.index, quote: m[0], text: `有重复的词语“${m[0]}”。` }));
      }
    }
    return out;
  },
};
