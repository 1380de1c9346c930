import { budgetTable05 } from '../../forms/budget/table05';
import { budgetTable12 } from '../../forms/budget/table12';
import { shareOf } from '../../money/shares';
import type { NarrativeContext } from '../context';
import { sumFigs, type Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';

/**
 * 十、绩效管理情况 in the profile's layout. 标准 (000/001): 整体绩效目标 and 项目绩效目标 with counts and
 * amounts from the parameter sheet, the share computed against 表12. 简式 (002): the number of projects
 * and their 一般公共预算当年拨款 from 表12, then the line on the attached 绩效目标表.
 */
export function section10Performance(ctx: NarrativeContext): NarrativeSection[] {
  return ctx.wording.performance === 'summary' ? summary(ctx) : byType(ctx);
}

function byType(ctx: NarrativeContext): NarrativeSection[] {
  const overall = para().run(ctx.yearRun()).text('年编报单位整体绩效目标，涉及资金');
  ctx.amountOr(overall, 'performance.overall-amount');
  overall.text('万元。');

  const p = para().run(ctx.yearRun()).text('年').run(ctx.unitRun()).text('纳入绩效目标管理的一、二级项目');
  const count = projectCount(ctx, p);
  p.text('个，共计金额');
  const amount = ctx.amountOr(p, 'performance.amount');
  p.text('万元。其中：');
  byTypeList(ctx, p, 'performance.operating', 'performance.specific', '涉及金额');
  p.text('。公开项目绩效目标');
  // Left blank, every project's targets count as published (the sheet says so).
  const inputs = ctx.params.inputs;
  const publishedCount = inputs['performance.published-projects'] ? ctx.countOr(p, 'performance.published-projects') : writeCount(ctx, p, count);
  p.text('个，涉及项目金额');
  const published = inputs['performance.published-amount'] ? ctx.amountOr(p, 'performance.published-amount') : writeAmount(ctx, p, amount);
  p.text('万元');
  const projects = ctx.tables.cell(budgetTable12, 'main', 'total', 'total') ?? ctx.tables.cell(budgetTable05, 'main', 'total', 'project');
  if (published && projects && !projects.value.isZero()) {
    p.text('，占部门（单位）项目支出总额的').percent(shareOf(published.value, projects.value), [...published.sources, ...projects.sources], { part: published.value, whole: projects.value }).text('%');
  }
  p.text('。其中：');
  // All published (published figures blank or equal to the totals), the split is the one above.
  const allPublished = publishedCount === count?.value && (published === amount || (!!published && !!amount && published.value.equals(amount.value)));
  const ids = (kind: 'operating' | 'specific') =>
    allPublished && !inputs[`performance.published-${kind}-projects`] && !inputs[`performance.published-${kind}-amount`]
      ? `performance.${kind}`
      : `performance.published-${kind}`;
  byTypeList(ctx, p, ids('operating'), ids('specific'), '涉及项目金额');
  p.text('。');
  return [
    section('十、绩效管理情况', 1, []),
    section('1、整体绩效目标', 2, [overall]),
    section('2、项目绩效目标', 2, [p, para().text(ctx.wording.performanceAttachment)]),
  ];
}

/** "其他运转类项目11个，涉及金额1,360.37万元；特定目标类项目1个，涉及金额1,099.73万元" from `${prefix}-projects`/`-amount` ids. */
function byTypeList(ctx: NarrativeContext, p: Para, operating: string, specific: string, amountWords: string): void {
  const one = (prefix: string, words: string) => {
    p.text(`${words}项目`);
    ctx.countOr(p, `${prefix}-projects`);
    p.text(`个，${amountWords}`);
    ctx.amountOr(p, `${prefix}-amount`);
    p.text('万元');
  };
  one(operating, '其他运转类');
  p.text('；');
  one(specific, '特定目标类');
}

function writeCount(ctx: NarrativeContext, p: Para, n: { value: number; sources: Fig['sources'] } | undefined): number | undefined {
  if (!n) return countPlaceholder(ctx, p);
  p.count(n.value, n.sources);
  return n.value;
}

function countPlaceholder(ctx: NarrativeContext, p: Para): undefined {
  p.run(ctx.missing('performance.projects'));
  return undefined;
}

function writeAmount(ctx: NarrativeContext, p: Para, a: Fig | undefined): Fig | undefined {
  if (a) p.wan(a);
  else p.run(ctx.missing('performance.amount'));
  return a;
}

/**
 * The number of projects under 绩效目标管理: typed on the sheet, else the projects 表12 lists (every
 * budget project carries 绩效目标; 000/001/002 publish exactly 表12's count). Written into `p`.
 */
function projectCount(ctx: NarrativeContext, p: Para): { value: number; sources: Fig['sources'] } | undefined {
  const typed = ctx.params.inputs['performance.projects'];
  if (typed) {
    const n = ctx.countOr(p, 'performance.projects');
    return n === undefined ? undefined : { value: n, sources: [typed.cell] };
  }
  const rows = projectRows(ctx);
  if (!rows) return countPlaceholder(ctx, p);
  const n = { value: rows.length, sources: rows.flatMap((r) => r.sources) };
  p.count(n.value, n.sources);
  return n;
}

/** 表12's project lines (not the unit's 合计 line) with a non-zero 合计; undefined without 表12. */
function projectRows(ctx: NarrativeContext): Fig[] | undefined {
  if (!ctx.tables.table(budgetTable12)) return undefined;
  return ctx.tables
    .rows(budgetTable12, 'main', 'total')
    .filter((r) => r.level !== 'total' && !r.fig.value.isZero())
    .map((r) => r.fig);
}

/** 002: "2023年忻州市社会保险中心单位实行绩效目标管理的项目5个，涉及一般公共预算当年拨款283.4万元。" */
function summary(ctx: NarrativeContext): NarrativeSection[] {
  const p = para().run(ctx.yearRun()).text('年').run(ctx.unitRun()).text('单位实行绩效目标管理的项目');
  projectCount(ctx, p);
  p.text(`个，涉及一般公共预算当年${ctx.wording.gpbWord}`);
  ctx.put(p, projectsGpb(ctx), '预算公开表12 一般公共预算合计');
  p.text('万元。');
  return [
    section('十、绩效管理情况', 1, []),
    section('1、绩效管理情况', 2, [p]),
    section('2、绩效目标情况（附表说明）', 2, [para().text(ctx.wording.performanceAttachment)]),
  ];
}

/** 表12's 一般公共预算 total: its 合计 line, or the sum of its project lines (002 prints no 合计 line). */
function projectsGpb(ctx: NarrativeContext): Fig | undefined {
  if (!ctx.tables.table(budgetTable12)) return undefined;
  const total = ctx.tables.cell(budgetTable12, 'main', 'total', 'gpb');
  if (total) return total;
  return sumFigs(ctx.tables.rows(budgetTable12, 'main', 'gpb').filter((r) => r.level !== 'total').map((r) => r.fig));
}
