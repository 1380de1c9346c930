import type { Rule } from '../rule';
import type { Finding } from '../../findings/finding';

/**
 * Tables that only some unit types fill (表11 机关运行经费: 行政单位 and 参公事业单位). With the
 * unit type unknown we say so instead of guessing; a 事业单位 with figures there gets a 提示.
 */
export const unitType: Rule = {
  id: 'unit-type',
  title: '单位类型',
  defaultSeverity: 'info',
  run(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.recognition.tables) {
      const applies = t.form.appliesTo;
      if (!applies) continue;
      const base = { rule: 'unit-type', table: t.no, sheet: t.sheet, cell: t.titleAddress, row: null, column: null, expected: null, actual: null, difference: null };
      // The message names the table; a report under the table's heading says 本表.
      const named = `${t.form.label}“${t.title}”`;
      let say: ((table: string) => string) | null = null;
      if (ctx.unitType === null) {
        say = (table) => `未填写单位类型（说明参数表），无法判断${table}是否应有数据：该表只适用于${applies.join('、')}`;
      } else if (!applies.includes(ctx.unitType) && !t.empty) {
        const unitType = ctx.unitType;
        say = (table) => `单位类型为${unitType}，${table}只适用于${applies.join('、')}，却填有数据，请核对`;
      }
      if (say) out.push({ ...base, severity: ctx.unitType === null ? 'info' : 'warning', message: say(named), detail: { kind: 'statement', text: say('本表') } });
    }
    return out;
  },
};
