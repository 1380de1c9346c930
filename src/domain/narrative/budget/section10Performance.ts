import { shareOf } from '../../money/shares';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';

/** 十、绩效管理情况: counts and amounts from the parameter sheet; the share is computed against 表12. */
export function section10Performance(ctx: NarrativeContext): NarrativeSection[] {
  const overall = para().run(ctx.yearRun()).text('年编报单位整体绩效目标，涉及资金');
  ctx.amountOr(overall, 'performance.overall-amount');
  overall.text('万元。');

  const p = para().run(ctx.yearRun()).text('年').run(ctx.unitRun()).text('纳入绩效目标管理的一、二级项目');
  ctx.countOr(p, 'performance.projects');
  p.text('个，共计金额');
  ctx.amountOr(p, 'performance.amount');
  p.text('万元。其中：其他运转类项目');
  ctx.countOr(p, 'performance.operating-projects');
  p.text('个，涉及金额');
  ctx.amountOr(p, 'performance.operating-amount');
  p.text('万元；特定目标类项目');
  ctx.countOr(p, 'performance.specific-projects');
  p.text('个，涉及金额');
  ctx.amountOr(p, 'performance.specific-amount');
  p.text('万元。公开项目绩效目标');
  // Left blank, every project's targets count as published (the sheet says so).
  const publishedCountId = ctx.params.inputs['performance.published-projects'] ? 'performance.published-projects' : 'performance.projects';
  const publishedAmountId = ctx.params.inputs['performance.published-amount'] ? 'performance.published-amount' : 'performance.amount';
  ctx.countOr(p, publishedCountId);
  p.text('个，涉及项目金额');
  const published = ctx.amountOr(p, publishedAmountId);
  p.text('万元');
  const projects = ctx.tables.cell(12, 'main', 'total', 'total') ?? ctx.tables.cell(5, 'main', 'total', 'project');
  if (published && projects && !projects.value.isZero()) {
    p.text('，占部门（单位）项目支出总额的').percent(shareOf(published.value, projects.value), [...published.sources, ...projects.sources]).text('%');
  }
  p.text('。');
  return [
    section('十、绩效管理情况', 1, []),
    section('1、整体绩效目标', 2, [overall]),
    section('2、项目绩效目标', 2, [p]),
  ];
}
