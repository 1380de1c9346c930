import type { Finding } from '../../../findings/finding';
import type { AuditContext } from '../auditContext';
import type { AuditParagraph } from '../auditDocument';
import { subjectChain } from '../ties';
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
      out.push(...chainNames(ctx, p, this.id));
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

/**
 * An item of 五（三） names its 类, 款 and 项 ("住房保障支出（类）住房保障支出（款）住房公积金（项）"): each
 * must be the table's name of the 项 whose figure the item states (here 住房改革支出 is the 款).
 */
function chainNames(ctx: AuditContext, p: AuditParagraph, rule: string): Finding[] {
  const written = subjectChain(p.text);
  if (written === null) return [];
  const tie = p.statements.map((s) => (s.kind === 'amount' ? ctx.ties.get(s) : undefined)).find((t) => t && t.how !== 'owner' && t.ref.sources.length > 0);
  const table = tie ? subjectChain(tie.refParagraph.text) : null;
  if (!tie || table === null) return [];
  const parts = (chain: string) => [...chain.matchAll(/(.+?)\((类|款|项)\)/gu)].map((m) => [m[2], m[1]] as const);
  const theirs = new Map(parts(table));
  return parts(written)
    .filter(([level, name]) => theirs.has(level) && theirs.get(level) !== name)
    .map(([level, name]) =>
      ctx.finding({
        rule,
        severity: 'warning',
        paragraph: p.index,
        quote: `${name}（${level}）`,
        text: `科目名称写作“${name}（${level}）”，表中为“${theirs.get(level)!}”。`,
        place: ctx.place(tie.ref),
        cells: tie.ref.sources,
      }),
    );
}
