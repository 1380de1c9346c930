import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section } from '../paragraph';

/** 十一、国有资产占有使用情况: 车辆 and 单价100万元以上设备 as of the end of last year, from the parameter sheet. */
export function section11Assets(ctx: NarrativeContext): NarrativeSection[] {
  const p = para().text('截至').run(ctx.yearRun(-1)).fixed('年12月31日').text('，').run(ctx.unitRun()).text('共有车辆');
  ctx.countOr(p, 'assets.vehicles');
  p.text('辆；占有使用单价').fixed('100万元（含）').text('以上设备（不含车辆）');
  ctx.countOr(p, 'assets.equipment-over-1m');
  p.text('台（套）。');
  return [section('十一、国有资产占有使用情况', 1, [p])];
}
