import type { NarrativeContext } from '../context';
import type { Para } from '../paragraph';

/** "2025年度汾阳市社会保险中心" — how every budget paragraph opens. */
export function lead(ctx: NarrativeContext, p: Para, suffix = '年度'): Para {
  return p.run(ctx.yearRun()).text(suffix).run(ctx.unitRun());
}
