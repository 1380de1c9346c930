import type { Finding } from '../../../findings/finding';
import type { AuditContext } from '../auditContext';
import type { AuditRule } from './auditRule';

/**
 * A 科目 (or 经济分类 item) the text names otherwise than the table: a name of an earlier year
 * (医疗卫生与计划生育支出 for 卫生健康支出), another name of the same code (其他社会保障缴费 for
 * 其他社会保险缴费), a shortened one (其他交通费 for 其他交通费用), or an item the table does not hold
 * in a list of its items ("主要包括：…").
 */
export const classNameRule: AuditRule = {
  id: 'narrative-class-name',
  title: '情况说明中的科目名称与表中不一致',
  defaultSeverity: 'warning',
  run(ctx: AuditContext): Finding[] {
    const out: Finding[] = [];
    for (const p of ctx.written.paragraphs) {
      const names = p.statements.filter((s) => s.kind === 'name');
      const listTied = names.some((s) => ctx.ties.get(s));
      for (const s of p.statements) {
        if (s.kind !== 'amount' && s.kind !== 'name') continue;
        const tie = ctx.ties.get(s);
        if (!tie) {
          if (s.kind === 'name' && listTied) {
            out.push(ctx.finding({ rule: this.id, severity: 'warning', paragraph: p.index, quote: s.quote, text: `所列“${s.quote}”在表中没有对应的科目或金额为零。` }));
          }
          continue;
        }
        if (tie.how === 'same' || tie.how === 'suffix' || tie.how === 'owner' || tie.ref.prose) continue;
        const place = ctx.place(tie.ref);
        // 表1/表4 print 类 lines with their ordinal: "十、卫生健康支出".
        const tableName = place?.row?.name.replace(/[\s\u3000]+/gu, '').replace(/^[一二三四五六七八九十]+、/u, '');
        if (!tableName || !tie.ref.key.endsWith(tableName.replace(/（/gu, '(').replace(/）/gu, ')'))) continue;
        const written = s.kind === 'name' ? s.quote : s.key;
        out.push(
          ctx.finding({
            rule: this.id,
            severity: 'warning',
            paragraph: p.index,
            quote: written,
            text: `科目名称写作“${written}”，表中为“${tableName}”${tie.how === 'catalog' ? '（科目表中为同一科目）' : ''}。`,
            place,
            cells: tie.ref.sources,
          }),
        );
      }
    }
    return out;
  },
};
