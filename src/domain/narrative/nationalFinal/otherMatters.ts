import { writeChange } from '../change';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';
import { reasonAfterColon, unitYear, YEAR_CHANGE } from './wording';

/**
 * 十、预算绩效管理情况 and 十一、其他重要事项的情况说明 (机关运行经费, 政府采购, 国有资产): the
 * national set has no table for these, so the figures come from 说明参数, as Shanxi's 十 does.
 */
export function performance(ctx: NarrativeContext): NarrativeSection[] {
  const p = unitYear(ctx, para()).text('预算绩效管理工作开展情况如下：绩效自评的');
  p.run(ctx.yearRun()).text('年度项目');
  ctx.countOr(p, 'performance.self-evaluated-projects');
  p.text('个，涉及预算金额');
  ctx.amountOr(p, 'performance.self-evaluated-amount');
  p.text('万元');
  const result = ctx.text('performance.self-evaluation-result');
  if (result) p.text('，').input(result.text.replace(/[。；;，,]+$/u, ''), result.cell);
  p.text('。');
  return [section('十、预算绩效管理情况', 1, [p])];
}

export function otherMatters(ctx: NarrativeContext): NarrativeSection[] {
  return [
    section('十一、其他重要事项的情况说明', 1, []),
    section('（一）机关运行经费支出情况', 2, [operating(ctx)]),
    section('（二）政府采购支出情况', 2, [procurement(ctx)]),
    section('（三）国有资产占有使用情况说明', 2, [assets(ctx)]),
  ];
}

function operating(ctx: NarrativeContext): Para {
  if (ctx.unitType === '事业单位') return unitYear(ctx, para()).text('无机关运行经费支出。');
  const p = para().text('机关运行经费支出');
  const cur = ctx.amountOr(p, 'operating.total');
  p.text('万元，比').run(ctx.yearRun(-1)).text('年度');
  const d = cur ? writeChange(ctx, p, cur, ctx.prior('prior.operating'), 'prior.operating', YEAR_CHANGE) : undefined;
  p.text('。');
  if (d && d !== 'same') reasonAfterColon(ctx, p, ['reason.operating']);
  return p;
}

function procurement(ctx: NarrativeContext): Para {
  const p = unitYear(ctx, para()).text('政府采购金额（以合同签订为准）为');
  ctx.amountOr(p, 'procurement.contracts');
  p.text('万元，其中：货物采购金额');
  ctx.amountOr(p, 'procurement.contracts-goods');
  p.text('万元、工程采购金额');
  ctx.amountOr(p, 'procurement.contracts-works');
  p.text('万元、服务采购金额');
  ctx.amountOr(p, 'procurement.contracts-services');
  p.text('万元。授予中小企业合同金额');
  ctx.amountOr(p, 'procurement.sme-contracts');
  p.text('万元，其中：授予小微企业合同金额');
  ctx.amountOr(p, 'procurement.small-micro-contracts');
  return p.text('万元。');
}

function assets(ctx: NarrativeContext): Para {
  const p = para().text('截至').run(ctx.yearRun()).fixed('年12月31日').text('，').run(ctx.unitRun()).text('共有车辆');
  ctx.countOr(p, 'assets.vehicles-total');
  p.text('辆。单价100万元（含）以上设备（不含车辆）');
  ctx.countOr(p, 'assets.equipment-1m');
  p.text('台（套）。');
  const notes = ctx.text('assets.notes');
  if (notes) p.input(notes.text.replace(/[。；;，,]+$/u, ''), notes.cell).text('。');
  return p;
}
