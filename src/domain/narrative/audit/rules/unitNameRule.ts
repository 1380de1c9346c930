import type { Finding } from '../../../findings/finding';
import type { AuditContext } from '../auditContext';
import type { AuditRule } from './auditRule';

/**
 * A unit's name where the documents put it — before its figures ("2025年度汾阳市社会保险中心预算收入…",
 * "…中心共有公务用车…") — that is not the unit of the tables: a text copied from another unit. A name
 * is a place (…省/市/县/区…) and an organ (…局, …中心, …部…) followed by the words that follow a unit's
 * name there; other bodies a text cites (…财政局关于…) are not followed by those words.
 */
const NAME = /(?:中共)?[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|旗)[\u4e00-\u9fff()（）]*?(?:局|中心|委员会|工作部|部|院|所|站|办公室|大队|支队|馆|学校|厅|处|社|署|委|办|会)(?=\s*(?:\d|预算|决算|财政拨款|一般公共|政府采购|纳入|单位|部门|共有|使用|占有|本年|无|实行|收入|支出|机关运行|“三公”|$))/gu;

export const unitNameRule: AuditRule = {
  id: 'narrative-unit-name',
  title: '情况说明中的单位名称与表中不一致',
  defaultSeverity: 'warning',
  run(ctx: AuditContext): Finding[] {
    const unit = ctx.unit?.replace(/[\s\u3000]+/gu, '');
    if (!unit) return [];
    // Each name once, at its first paragraph, the others listed: a text copied from another unit
    // says the other name in every section.
    const seen = new Map<string, number[]>();
    for (const p of ctx.raw.paragraphs) {
      if (p.cells) continue;
      const text = p.text.replace(/[\s\u3000]+/gu, '');
      for (const m of text.matchAll(NAME)) {
        // The pattern may start a few characters early ("年度汾阳市…", "第三部分上海市…"): those are not the name.
        const name = m[0].replace(/^第[一二三四五六七八九十]+部分/u, '').replace(/^(?:本?年度|年|度|的|为|是|和|及|在)+/u, '');
        // The unit itself, or its name inside a longer phrase the pattern began too early.
        if (name === unit || name.endsWith(unit) || unit.endsWith(name)) continue;
        // A 科目 chain ("城乡社区支出（类）城乡社区规划与管理（款）…") is no unit.
        if (/[（(](类|款|项)[）)]/u.test(name)) continue;
        const at = seen.get(name) ?? [];
        if (!at.includes(p.index)) at.push(p.index);
        seen.set(name, at);
      }
    }
    return [...seen].map(([name, [first, ...others]]) =>
      ctx.finding({
        rule: this.id,
        severity: 'warning',
        paragraph: first,
        quote: name,
        text: `单位名称写作“${name}”${others.length > 0 ? `（另见第${others.join('、')}段）` : ''}，表中为“${unit}”。`,
      }),
    );
  },
};
