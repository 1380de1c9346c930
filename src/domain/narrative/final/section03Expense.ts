import { finalTable03 } from '../../forms/final/table03';
import { ZERO } from '../../money/amount';
import { sharesOfWhole } from '../../money/shares';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';
import { yearLead } from './wording';

const PARTS: readonly (readonly [column: string, words: string, always: boolean])[] = [
  ['basic', '基本支出', true],
  ['project', '项目支出', true],
  ['toSuperior', '上缴上级支出', false],
  ['operating', '经营支出', false],
  ['toAffiliated', '对附属单位补助支出', false],
];

/** 三、支出决算情况说明: 公开03表 合计 as 基本 / 项目 (and the other kinds when present), with shares. */
export function section03Expense(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const head = yearLead(ctx, para()).text('支出合计');
  ctx.put(head, t.cell(finalTable03, 'main', 'total', 'total'), '公开03表 本年支出合计');
  head.text('万元，其中：');
  const parts = PARTS.map(([col, words, always]) => ({ words, always, fig: t.cell(finalTable03, 'main', 'total', col) })).filter(
    (x) => x.always || (x.fig !== undefined && !x.fig.value.isZero()),
  );
  const shares = sharesOfWhole(parts.map((x) => x.fig?.value ?? ZERO));
  const src = parts.flatMap((x) => x.fig?.sources ?? []);
  const whole = parts.reduce((a, x) => a.plus(x.fig?.value ?? ZERO), ZERO);
  const lines = parts.map((x, i) => {
    const p = para().text(x.words);
    ctx.put(p, x.fig, `公开03表 ${x.words}`);
    p.text('万元');
    if (parts.every((y) => y.fig !== undefined)) p.text('，占比').percent(shares[i], src, { part: x.fig?.value ?? ZERO, whole }).text('%');
    return p.text(i === parts.length - 1 ? '。' : '；');
  });
  return [section('三、支出决算情况说明', 1, [head, ...lines])];
}
