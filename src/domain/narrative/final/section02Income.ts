import { finalTable02 } from '../../forms/final/table02';
import { sharesOfWhole } from '../../money/shares';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { sumFigs } from '../figure';
import { yearLead } from './wording';

const SOURCES: readonly (readonly [string, string])[] = [
  ['fiscal', '财政拨款收入'],
  ['superior', '上级补助收入'],
  ['business', '事业收入'],
  ['operating', '经营收入'],
  ['affiliated', '附属单位上缴收入'],
  ['other', '其他收入'],
];

/** 二、收入决算情况说明: 公开02表 合计 by source, each with a non-zero amount and its share (adding up to 100.00). */
export function section02Income(ctx: NarrativeContext): NarrativeSection[] {
  const t = ctx.tables;
  const head = yearLead(ctx, para()).text('收入合计');
  ctx.put(head, t.cell(finalTable02, 'main', 'total', 'total'), '公开02表 本年收入合计');
  const parts = SOURCES.map(([col, words]) => ({ words, fig: t.cell(finalTable02, 'main', 'total', col) })).filter(
    (x): x is { words: string; fig: NonNullable<typeof x.fig> } => x.fig !== undefined && !x.fig.value.isZero(),
  );
  if (parts.length === 0) {
    head.text('万元。');
    return [section('二、收入决算情况说明', 1, [head])];
  }
  head.text('万元，其中：');
  const shares = sharesOfWhole(parts.map((x) => x.fig.value));
  const src = parts.flatMap((x) => x.fig.sources);
  const whole = sumFigs(parts.map((x) => x.fig)).value;
  const lines: Para[] = parts.map((x, i) =>
    para()
      .text(x.words)
      .wan(x.fig)
      .text('万元，占比')
      .percent(shares[i], src, { part: x.fig.value, whole })
      .text(i === parts.length - 1 ? '%。' : '%；'),
  );
  return [section('二、收入决算情况说明', 1, [head, ...lines])];
}
