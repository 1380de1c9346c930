import { finalTable10 } from '../../forms/final/table10';
import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import { sumFigs, type Fig } from '../figure';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { LINE_CHANGE, reasonSentence, yearLead } from './wording';
import type { CellRef } from '../../findings/finding';
import type { PerformanceTable } from '../../recognition/performance/performanceTable';
import { selfEvaluatedAmount, selfEvaluationGrade } from '../performanceFigures';

/** 十、其他重要事项情况说明: 机关运行经费, 政府采购 and 国有资产 from 公开10表, 绩效 from the attached 自评表 (else the parameter sheet). */
export function section10Other(ctx: NarrativeContext): NarrativeSection[] {
  return [
    section('十、其他重要事项情况说明', 1, []),
    section('（一）机关运行经费支出情况说明', 2, [operating(ctx)]),
    section('（二）政府采购情况说明', 2, [procurement(ctx)]),
    section('（三）国有资产占用情况说明', 2, [assets(ctx)]),
    section('（四）预算绩效情况说明', 2, performance(ctx)),
  ];
}

function value(ctx: NarrativeContext, row: string): Fig | undefined {
  return ctx.tables.cell(finalTable10, 'main', row, 'value');
}

function operating(ctx: NarrativeContext): Para {
  const none = para().text('本部门（单位）无机关运行经费。');
  if (ctx.unitType === '事业单位') return none;
  const parts = [value(ctx, 'operating-admin'), value(ctx, 'operating-civil-service')];
  const cur = parts.every((x) => x === undefined) ? undefined : sumFigs(parts);
  const prior = ctx.prior('prior.operating');
  const priorZero = prior === undefined || (prior !== 'invalid' && prior.value.isZero());
  if ((!cur || cur.value.isZero()) && priorZero) return none;
  const p = yearLead(ctx, para()).text('机关运行经费支出');
  ctx.put(p, cur, '公开10表 机关运行经费');
  p.text('万元，');
  const d = cur ? writeChange(ctx, p, cur, prior, 'prior.operating', LINE_CHANGE) : undefined;
  if (d && d !== 'same') {
    p.text('，');
    reasonSentence(ctx, p, ['reason.operating']);
  } else p.text('。');
  return p;
}

function procurement(ctx: NarrativeContext): Para {
  const p = yearLead(ctx, para()).text('政府采购支出总额');
  ctx.put(p, value(ctx, 'procurement-total'), '公开10表 政府采购合计');
  p.text('万元，其中：政府采购货物支出');
  ctx.put(p, value(ctx, 'procurement-goods'), '公开10表 货物');
  p.text('万元、政府采购工程支出');
  ctx.put(p, value(ctx, 'procurement-works'), '公开10表 工程');
  p.text('万元、政府采购服务支出');
  ctx.put(p, value(ctx, 'procurement-services'), '公开10表 服务');
  p.text('万元。政府采购授予中小企业合同金额');
  ctx.amountOr(p, 'procurement.sme-contracts');
  p.text('万元。其中：授予小微企业合同金额');
  ctx.amountOr(p, 'procurement.small-micro-contracts');
  p.text('万元。');
  return p;
}

const VEHICLE_LINES: readonly (readonly [string, string])[] = [
  ['vehicles-ministerial', '副部（省）级及以上领导用车'],
  ['vehicles-head', '主要负责人用车'],
  ['vehicles-confidential', '机要通信用车'],
  ['vehicles-emergency', '应急保障用车'],
  ['vehicles-enforcement', '执法执勤用车'],
  ['vehicles-special', '特种专业技术用车'],
  ['vehicles-retired', '离退休干部服务用车'],
  ['vehicles-other', '其他用车'],
];

function assets(ctx: NarrativeContext): Para {
  const p = para().text('截至').run(ctx.yearRun()).fixed('年12月31日').text('，本部门（单位）共有车辆');
  const vehicles = value(ctx, 'vehicles');
  if (vehicles) p.count(vehicles.value.toFixed(0), vehicles.sources);
  else p.run(ctx.missingTable('公开10表 车辆数合计'));
  p.text('辆');
  const kinds = VEHICLE_LINES.map(([row, words]) => ({ words, f: value(ctx, row) })).filter((k) => k.f && !k.f.value.isZero());
  if (kinds.length > 0) {
    p.text('。其中：');
    kinds.forEach((k, i) => {
      if (i > 0) p.text('，');
      p.text(k.words).count(k.f!.value.toFixed(0), k.f!.sources).text('辆');
    });
  }
  const notes = ctx.text('assets.notes');
  if (notes) p.text('，').input(notes.text.replace(/[。；;，,]+$/u, ''), notes.cell);
  p.text('。单价').fixed('100万元（含）').text('以上设备（不含车辆）');
  const equipment = value(ctx, 'equipment');
  if (equipment) p.count(equipment.value.toFixed(0), equipment.sources);
  else p.run(ctx.missingTable('公开10表 单价100万元（含）以上设备'));
  p.text('台（套）。');
  return p;
}

function performance(ctx: NarrativeContext): Para[] {
  const p = para().fixed('1、').text('预算绩效管理工作的开展情况：').run(ctx.yearRun()).text('年二级项目绩效自评个数');
  const evaluations = ctx.recognized.performance.filter((t) => t.form.purpose === 'self-evaluation');
  if (evaluations.length > 0) selfEvaluations(ctx, p, evaluations);
  else {
    ctx.countOr(p, 'performance.self-evaluated-projects');
    p.text('个，涉及资金');
    ctx.amountOr(p, 'performance.self-evaluated-amount');
    p.text('万元；');
    ctx.textOr(p, 'performance.self-evaluation-result');
  }
  p.text('。');
  const q = para().fixed('2、').text('其他需要说明的事项：');
  const notes = ctx.text('other.notes');
  if (notes) q.input(notes.text.replace(/[。；;，,]+$/u, ''), notes.cell).text('。');
  else q.text('无。');
  return [p, q];
}

/**
 * From the attached 自评表: their number, their funds (全年预算数; 年度资金总额 on one printed on the target
 * form) and their grades, "17个项目自评等级为“优”" or "15个项目自评等级为“优”，2个为“良”".
 */
function selfEvaluations(ctx: NarrativeContext, p: Para, evaluations: readonly PerformanceTable[]): void {
  p.count(evaluations.length, evaluations.map((t) => ({ sheet: t.sheet, address: t.projectCell?.address ?? t.titleAddress })));
  p.text('个，涉及资金');
  const amounts = evaluations.map((t) => ({ t, f: selfEvaluatedAmount(t) }));
  for (const { t } of amounts.filter((a) => !a.f)) {
    ctx.addFinding({
      rule: 'narrative-table',
      cell: { sheet: t.sheet, address: t.titleAddress },
      message: `自评表“${t.project ?? t.title}”没有可读的全年预算数（或年度资金总额），未计入情况说明的涉及资金。`,
    });
  }
  p.wan(sumFigs(amounts.map((a) => a.f))).text('万元；');
  const grades = new Map<string, { n: number; sources: CellRef[] }>();
  let ungraded = 0;
  for (const t of evaluations) {
    const g = selfEvaluationGrade(t);
    if (!g) {
      ungraded++;
      continue;
    }
    const known = grades.get(g.grade) ?? { n: 0, sources: [] };
    grades.set(g.grade, { n: known.n + 1, sources: [...known.sources, ...g.sources] });
  }
  [...grades.entries()].forEach(([grade, { n, sources }], i) => {
    if (i > 0) p.text('，');
    p.count(n, sources).text(i === 0 ? `个项目自评等级为“${grade}”` : `个为“${grade}”`);
  });
  if (ungraded > 0) p.text(`${grades.size > 0 ? '，' : ''}${ungraded}个项目未标明自评等级`);
}
