import type { ChangeWording } from '../change';
import type { NarrativeContext } from '../context';
import type { Para } from '../paragraph';

/** 004: "与上年相比，收入总计减少42,460.02万元，下降91.49%". */
export const TOTAL_CHANGE: ChangeWording = { lead: '', up: '增加', upRate: '增长', down: '减少', downRate: '下降', same: '与上年持平' };
/** 004 五（三）: "较上年决算减少2.68万元，下降6.89%". */
export const CLASS_CHANGE: ChangeWording = { lead: '较上年决算', up: '增加', upRate: '增长', down: '减少', downRate: '下降', same: '与上年决算相同' };
/** 004 九: "因公出国（境）费支出0万元，与上年相同". */
export const LINE_CHANGE: ChangeWording = { lead: '比上年', up: '增加', upRate: '增长', down: '减少', downRate: '下降', same: '与上年相同' };

/** "2024年度" — 决算 paragraphs open with the year and no unit name. */
export function yearLead(ctx: NarrativeContext, p: Para, suffix = '年度'): Para {
  return p.run(ctx.yearRun()).text(suffix);
}

/** "主要原因是…。" from the first filled reason input, else the placeholder of the first id. */
export function reasonSentence(ctx: NarrativeContext, p: Para, ids: readonly string[], lead = '主要原因是'): void {
  p.text(lead);
  for (const id of ids) {
    const r = ctx.text(id);
    if (r) {
      p.input(r.text.replace(/[。；;，,]+$/u, ''), r.cell).text('。');
      return;
    }
  }
  p.run(ctx.missing(ids[0])).text('。');
}
