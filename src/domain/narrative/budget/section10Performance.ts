import { budgetTable05 } from '../../forms/budget/table05';
import { budgetTable12 } from '../../forms/budget/table12';
import { shareOf } from '../../money/shares';
import type { NarrativeContext } from '../context';
import { sumFigs, type Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { annualWan, budgetPerformanceFigures, categorySplit, type BudgetPerformanceFigures, type ProjectLineFigure } from '../performanceFigures';

/**
 * 十、绩效管理情况 in the profile's layout, from the tables. 纳入 (count and amount) is 表12's project
 * lines; 公开 is the 绩效目标表 actually attached, never "all" by default: 001 lists 22 projects and
 * attaches 20 tables, so it says 20 and their 38.80% of 表12. 其他运转类/特定目标类 come from the tables'
 * 项目类别 (the template's input), else from the 说明参数 sheet, else a placeholder. 整体绩效目标 is written
 * when an 整体支出绩效目标表 is attached or its amount is typed. 标准 (000/001) and 简式 (002) wording.
 */
export function section10Performance(ctx: NarrativeContext): NarrativeSection[] {
  const figures = budgetPerformanceFigures(ctx.recognized);
  return ctx.wording.performance === 'summary' ? summary(ctx, figures) : byType(ctx, figures);
}

type Count = { value: number; sources: Fig['sources'] };

function byType(ctx: NarrativeContext, figures: BudgetPerformanceFigures | undefined): NarrativeSection[] {
  const out = [section('十、绩效管理情况', 1, [])];
  const overall = overallParagraph(ctx, figures);
  if (overall) out.push(section('1、整体绩效目标', 2, [overall]));

  const p = para().run(ctx.yearRun()).text('年').run(ctx.unitRun()).text('纳入绩效目标管理的一、二级项目');
  const count = projectCount(ctx, p, figures);
  p.text('个，共计金额');
  const typedAmount = ctx.params.inputs['performance.amount'];
  // 表12's printed 合计 as the published texts state it (001: 1,632.96, while its 22 lines add to 1,632.97).
  const table12Total = ctx.tables.cell(budgetTable12, 'main', 'total', 'total');
  const amount = typedAmount || !figures ? ctx.amountOr(p, 'performance.amount') : writeFig(p, table12Total ?? sumFigs(figures.lines.map((l) => l.fig)));
  p.text('万元。其中：');
  const split = figures ? categorySplit(figures.lines) : undefined;
  if (split) writeSplit(p, split, '涉及金额');
  else byTypeList(ctx, p, 'performance.operating', 'performance.specific', '涉及金额');

  p.text('。公开项目绩效目标');
  const published = publishedFigures(ctx, p, figures);
  p.text('个，涉及项目金额');
  const publishedAmount = published.amount ? writeFig(p, published.amount) : ctx.amountOr(p, 'performance.published-amount');
  p.text('万元');
  const projects = ctx.tables.cell(budgetTable12, 'main', 'total', 'total') ?? ctx.tables.cell(budgetTable05, 'main', 'total', 'project');
  if (publishedAmount && projects && !projects.value.isZero()) {
    p.text('，占部门（单位）项目支出总额的').percent(shareOf(publishedAmount.value, projects.value), [...publishedAmount.sources, ...projects.sources], { part: publishedAmount.value, whole: projects.value }).text('%');
  }
  p.text('。其中：');
  const allPublished = published.count !== undefined && published.count === count?.value && !!publishedAmount && !!amount && publishedAmount.value.equals(amount.value);
  const publishedLines = figures ? figures.lines.filter((l) => l.table) : [];
  const publishedSplit = figures && publishedLines.length === figures.attached.length ? categorySplit(publishedLines) : undefined;
  const inputs = ctx.params.inputs;
  const typedPublishedSplit = ['operating', 'specific'].some((k) => inputs[`performance.published-${k}-projects`] || inputs[`performance.published-${k}-amount`]);
  if (publishedSplit && !typedPublishedSplit) writeSplit(p, publishedSplit, '涉及项目金额');
  else if (allPublished && !typedPublishedSplit) {
    if (split) writeSplit(p, split, '涉及项目金额');
    else byTypeList(ctx, p, 'performance.operating', 'performance.specific', '涉及项目金额');
  } else byTypeList(ctx, p, 'performance.published-operating', 'performance.published-specific', '涉及项目金额');
  p.text('。');
  out.push(section(`${overall ? 2 : 1}、项目绩效目标`, 2, [p, attachmentLine(ctx, figures, published.count)]));
  return out;
}

/** "2025年编报单位整体绩效目标，涉及资金2460.1万元。" from the 整体 table, else the typed amount; none without either. */
function overallParagraph(ctx: NarrativeContext, figures: BudgetPerformanceFigures | undefined): Para | undefined {
  const table = figures?.overall ?? ctx.recognized.performance.find((t) => t.form.id === 'performance/overall');
  const typed = ctx.params.inputs['performance.overall-amount'];
  if (!table && !typed) return undefined;
  const p = para().run(ctx.yearRun()).text('年编报单位整体绩效目标，涉及资金');
  const fromTable = table ? annualWan(table) : undefined;
  if (fromTable && !typed) p.wan(fromTable);
  else ctx.amountOr(p, 'performance.overall-amount');
  return p.text('万元。');
}

/**
 * 公开: the attached 绩效目标表 (count, and their 表12 amounts); without any, what the sheet says, else
 * a placeholder — never 表12's count, which would claim every project published.
 */
function publishedFigures(ctx: NarrativeContext, p: Para, figures: BudgetPerformanceFigures | undefined): { count?: number; amount?: Fig } {
  const typed = ctx.params.inputs['performance.published-projects'];
  if (figures && figures.attached.length > 0) {
    const n = figures.attached.length;
    p.count(n, figures.attached.map((t) => ({ sheet: t.sheet, address: t.projectCell?.address ?? t.titleAddress })));
    if (typed && Number(typed.value.trim()) !== n) {
      ctx.addFinding({
        rule: 'narrative-input',
        cell: typed.cell,
        message: `说明参数“公开项目绩效目标个数”填的是 ${typed.value.trim()}，工作簿附有项目支出绩效目标表 ${n} 张；情况说明按所附的表写 ${n} 个。`,
      });
    }
    return { count: n, amount: figures.attachedAmount };
  }
  // No table attached: what the sheet says, else a placeholder (its finding asks to attach or type).
  return { count: ctx.countOr(p, 'performance.published-projects') };
}

/** The line under the paragraph: the published note when tables are attached, a placeholder when none is. */
function attachmentLine(ctx: NarrativeContext, figures: BudgetPerformanceFigures | undefined, published: number | undefined): Para {
  if ((figures && figures.attached.length > 0) || (published !== undefined && published > 0)) return para().text(ctx.wording.performanceAttachment);
  return para().run({ text: '【请附项目支出绩效目标表】', missing: true });
}

function writeFig(p: Para, f: Fig): Fig {
  p.wan(f);
  return f;
}

function writeSplit(p: Para, split: NonNullable<ReturnType<typeof categorySplit>>, amountWords: string): void {
  (['其他运转类', '特定目标类'] as const).forEach((c, i) => {
    if (i > 0) p.text('；');
    p.text(`${c}项目`).count(split[c].count, split[c].sources).text(`个，${amountWords}`).wan(split[c].amount).text('万元');
  });
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

/**
 * The number of projects under 绩效目标管理: typed on the sheet, else the projects 表12 lists (every
 * budget project carries 绩效目标; 000/001/002 publish exactly 表12's count). Written into `p`.
 */
function projectCount(ctx: NarrativeContext, p: Para, figures: BudgetPerformanceFigures | undefined): Count | undefined {
  const typed = ctx.params.inputs['performance.projects'];
  if (typed) {
    const n = ctx.countOr(p, 'performance.projects');
    return n === undefined ? undefined : { value: n, sources: [typed.cell] };
  }
  if (!figures) {
    p.run(ctx.missing('performance.projects'));
    return undefined;
  }
  const n = { value: figures.lines.length, sources: figures.lines.flatMap((l: ProjectLineFigure) => l.fig.sources) };
  p.count(n.value, n.sources);
  return n;
}

/** 002: "2023年忻州市社会保险中心单位实行绩效目标管理的项目5个，涉及一般公共预算当年拨款283.4万元。" then the attached tables. */
function summary(ctx: NarrativeContext, figures: BudgetPerformanceFigures | undefined): NarrativeSection[] {
  const p = para().run(ctx.yearRun()).text('年').run(ctx.unitRun()).text('单位实行绩效目标管理的项目');
  const count = projectCount(ctx, p, figures);
  p.text(`个，涉及一般公共预算当年${ctx.wording.gpbWord}`);
  ctx.put(p, projectsGpb(ctx), '预算公开表12 一般公共预算合计');
  p.text('万元。');
  return [
    section('十、绩效管理情况', 1, []),
    section('1、绩效管理情况', 2, [p]),
    section('2、绩效目标情况（附表说明）', 2, [summaryAttachment(ctx, figures, count)]),
  ];
}

/** "已附表" only when every project's table is attached; else how many are, or a placeholder. */
function summaryAttachment(ctx: NarrativeContext, figures: BudgetPerformanceFigures | undefined, count: Count | undefined): Para {
  const attached = figures?.attached ?? [];
  if (attached.length === 0) {
    if (figures) ctx.addFinding({ rule: 'narrative-input', cell: null, message: '工作簿中没有找到项目支出绩效目标表：请附上（模板 › 绩效目标表），情况说明不写“已附表”。' });
    return para().run({ text: '【请附项目支出绩效目标表】', missing: true });
  }
  if (count && attached.length >= count.value) return para().text(ctx.wording.performanceAttachment);
  const q = para().text('已附项目支出绩效目标表').count(attached.length, attached.map((t) => ({ sheet: t.sheet, address: t.projectCell?.address ?? t.titleAddress })));
  q.text('张');
  if (count) q.text('，另有').count(count.value - attached.length, count.sources).text('个项目未附');
  return q.text('。');
}

/** 表12's 一般公共预算 total: its 合计 line, or the sum of its project lines (002 prints no 合计 line). */
function projectsGpb(ctx: NarrativeContext): Fig | undefined {
  if (!ctx.tables.table(budgetTable12)) return undefined;
  const total = ctx.tables.cell(budgetTable12, 'main', 'total', 'gpb');
  if (total) return total;
  return sumFigs(ctx.tables.rows(budgetTable12, 'main', 'gpb').filter((r) => r.level !== 'total').map((r) => r.fig));
}
