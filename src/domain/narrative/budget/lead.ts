import type { NarrativeContext } from '../context';
import type { Para } from '../paragraph';

/** "2025年度汾阳市社会保险中心" — how every budget paragraph of 一–六 opens ("2023年度" in 简式). */
export function lead(ctx: NarrativeContext, p: Para, suffix = '年度'): Para {
  p.run(ctx.yearRun()).text(suffix);
  return ctx.wording.unitInLead ? p.run(ctx.unitRun()) : p;
}
