import type { ChangeWording } from '../change';
import type { NarrativeContext } from '../context';
import type { Para } from '../paragraph';

/** 上海 2024: "与 2023 年度相比，收入支出总计增加 307.82 万元，增长 100.00%。主要原因：…". */
export const YEAR_CHANGE: ChangeWording = { lead: '', up: '增加', upRate: '增长', down: '减少', downRate: '下降', same: '持平' };

/** "{单位}{year}年度" — the national 决算 sentences open with the unit's name and the year. */
export function unitYear(ctx: NarrativeContext, p: Para): Para {
  return p.run(ctx.unitRun()).run(ctx.yearRun()).text('年度');
}

/** "与2023年度相比，" */
export function comparedWithLastYear(ctx: NarrativeContext, p: Para): Para {
  return p.text('与').run(ctx.yearRun(-1)).text('年度相比，');
}

/** "主要原因：…。" from the first filled reason input, else the placeholder of the first id. */
export function reasonAfterColon(ctx: NarrativeContext, p: Para, ids: readonly string[]): void {
  p.text('主要原因：');
  for (const id of ids) {
    const r = ctx.text(id);
    if (r) {
      p.input(r.text.replace(/[。；;，,]+$/u, ''), r.cell).text('。');
      return;
    }
  }
  p.run(ctx.missing(ids[0])).text('。');
}
