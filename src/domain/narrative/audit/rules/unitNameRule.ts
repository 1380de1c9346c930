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
    const out: Finding[] = [];
    for (const p of ctx.raw.paragraphs) {
      if (p.cells) continue;
      const text = p.text.replace(/[\s\u3000]+/gu, '');
      for (const m of text.matchAll(NAME)) {
        // The pattern may start a few characters early ("年度汾阳市…"): those are not the name.
        const name = m[0].replace(/^(?:本?年度|年|度|的|为|是|和|及|在)+/u, '');
        // The unit itself, or its name inside a longer phrase the pattern began too early.
        if (name === unit || name.endsWith(unit) || unit.endsWith(name)) continue;
        if (out.some((f) => f.paragraph === p.index && f.quote === name)) continue;
        out.push(ctx.finding({ rule: this.id, severity: 'warning', paragraph: p.index, quote: name, text: `单位名称写作“${name}”，表中为“${unit}”。` }));
      }
    }
    return out;
  },
};
