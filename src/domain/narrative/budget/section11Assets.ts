import { inputCount, inputNumber } from '../../parameters/parameterSheet';
import { VEHICLE_KINDS } from '../../parameters/parameterInputs';
import type { NarrativeContext } from '../context';
import type { NarrativeSection } from '../narrativeTypes';
import { para, section, type Para } from '../paragraph';

const KIND_IDS = VEHICLE_KINDS.map(([key]) => `assets.vehicles.${key}`);

/**
 * 十一、国有资产占有使用情况 as 000/001 publish it: 1、车辆 (编制, 实有 and each kind), 2、房屋 (办公用房面积),
 * 3、其他 (价值50万元 / 100万元（原值）以上通用设备), as of the end of last year. No table holds these:
 * every figure is a 说明参数 input, a blank one a 【请填写…】 placeholder, never a zero.
 */
export function section11Assets(ctx: NarrativeContext): NarrativeSection[] {
  const vehicleIds = ['assets.vehicle-quota', 'assets.vehicles', ...KIND_IDS];
  const vehicles = allZero(ctx, vehicleIds) ? none() : vehicleSentence(ctx);
  const building = allZero(ctx, ['assets.office-area']) ? none() : buildingSentence(ctx);
  const equipmentIds = ['assets.equipment-over-500k', 'assets.equipment-over-1m'];
  const equipment = allZero(ctx, equipmentIds) ? none() : equipmentSentence(ctx);
  checkVehicleSum(ctx);
  return [
    section('十一、国有资产占有使用情况', 1, []),
    section('1、车辆情况：', 2, [vehicles]),
    section('2、房屋情况：', 2, [building]),
    section('3、其他国有资产占有使用情况：', 2, [equipment]),
  ];
}

/** "截至2024年12月31日，汾阳市社会保险中心" */
function asOf(ctx: NarrativeContext): Para {
  return para().text('截至').run(ctx.yearRun(-1)).fixed('年12月31日').text('，').run(ctx.unitRun());
}

function vehicleSentence(ctx: NarrativeContext): Para {
  const p = asOf(ctx).text('共有公务用车编制');
  ctx.countOr(p, 'assets.vehicle-quota');
  p.text('辆，实有');
  ctx.countOr(p, 'assets.vehicles');
  p.text('辆，其中：');
  VEHICLE_KINDS.forEach(([, name], i) => {
    if (i > 0) p.text('，');
    p.text(name);
    ctx.countOr(p, KIND_IDS[i]);
    p.text('辆');
  });
  return p.text('。');
}

function buildingSentence(ctx: NarrativeContext): Para {
  const p = asOf(ctx).text('使用的办公用房建筑总面积');
  ctx.numberOr(p, 'assets.office-area');
  return p.text('平方米。');
}

function equipmentSentence(ctx: NarrativeContext): Para {
  const p = asOf(ctx).text('占有使用价值').fixed('50万元（原值）').text('以上的通用设备');
  ctx.countOr(p, 'assets.equipment-over-500k');
  p.text('台（套）；').run(ctx.unitRun()).text('占有使用价值').fixed('100万元（原值）').text('以上的通用设备');
  ctx.countOr(p, 'assets.equipment-over-1m');
  return p.text('台（套）。');
}

/** 简式 writes "无" for a part whose every input is filled in as 0; 标准 (and any blank input) writes the sentence. */
function allZero(ctx: NarrativeContext, ids: readonly string[]): boolean {
  if (ctx.wording.zeroAssets !== '无') return false;
  return ids.every((id) => {
    const n = id === 'assets.office-area' ? inputNumber(ctx.params, id) : inputCount(ctx.params, id);
    return n !== undefined && n !== 'invalid' && Number(n.value) === 0;
  });
}

function none(): Para {
  return para().text('无');
}

/** 实有 should be the sum of the kinds: a typo there would print two different fleets. */
function checkVehicleSum(ctx: NarrativeContext): void {
  const total = inputCount(ctx.params, 'assets.vehicles');
  const kinds = KIND_IDS.map((id) => inputCount(ctx.params, id));
  if (total === undefined || total === 'invalid') return;
  if (!kinds.every((k) => k !== undefined && k !== 'invalid')) return;
  const sum = kinds.reduce((a, k) => a + (k as { value: number }).value, 0);
  if (sum === total.value) return;
  ctx.addFinding({
    rule: 'narrative-input-sum',
    cell: total.cell,
    message: `说明参数中公务用车实有数 ${total.value} 辆与各类车辆之和 ${sum} 辆不一致（相差 ${total.value - sum} 辆）。`,
  });
}
