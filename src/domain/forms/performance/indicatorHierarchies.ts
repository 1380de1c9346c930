import type { FirstLevelDef, IndicatorHierarchy, SecondLevelDef } from './performanceForm';

/**
 * The two indicator hierarchies in use. Patterns accept the words with or without 指标 (002 prints
 * 经济效益指标, 000 经济效益) and truncated by a narrow column (服务对象满意度指).
 */
const second = (name: string, stem: string, extra: Partial<SecondLevelDef> = {}): SecondLevelDef => ({
  name,
  patterns: [new RegExp(`^${stem}(指标?)?$`)],
  ...extra,
});

const QUANTITY = second('数量指标', '数量', { quantity: true });
const QUALITY = second('质量指标', '质量');
const TIMELINESS = second('时效指标', '时效');
const COST = second('成本指标', '成本', { money: true });
const ECONOMIC = second('经济效益指标', '经济效益');
const SOCIAL = second('社会效益指标', '社会效益');
const ECOLOGICAL = second('生态效益指标', '生态(环境)?效益');
const SUSTAINABLE = second('可持续影响指标', '可持续(影响|发展)');
const SATISFACTION = second('服务对象满意度指标', '服务对象满意度');

const OUTPUT_WORDS = [/^产出(指标)?$/];
const BENEFIT_WORDS = [/^效益(指标)?$/];
const SATISFACTION_WORDS = [/^满意度(指标)?$/];

const SATISFACTION_LEVEL: FirstLevelDef = { name: '满意度指标', patterns: SATISFACTION_WORDS, children: [SATISFACTION], required: true };
const BENEFIT_LEVEL: FirstLevelDef = { name: '效益指标', patterns: BENEFIT_WORDS, children: [ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE] };

/** Shanxi (all four seeds): 产出 (数量 / 质量 / 时效 / 成本), 效益 (经济 / 社会 / 生态 / 可持续影响), 满意度. */
export const SHANXI_HIERARCHY: IndicatorHierarchy = {
  id: 'shanxi',
  name: '产出—效益—满意度（成本指标为产出的二级指标）',
  levels: [
    { name: '产出指标', patterns: OUTPUT_WORDS, children: [QUANTITY, QUALITY, TIMELINESS, COST], everyChildRequired: true },
    BENEFIT_LEVEL,
    SATISFACTION_LEVEL,
  ],
};

/**
 * 财预〔2021〕101号 and the regions that follow it: 成本指标 is a 一级 of its own, split into 经济成本,
 * 社会成本 and 生态环境成本; 产出 keeps 数量 / 质量 / 时效.
 */
export const COST_FIRST_HIERARCHY: IndicatorHierarchy = {
  id: 'cost-first',
  name: '产出—成本—效益—满意度（成本指标为一级指标）',
  levels: [
    { name: '产出指标', patterns: OUTPUT_WORDS, children: [QUANTITY, QUALITY, TIMELINESS], everyChildRequired: true },
    {
      name: '成本指标',
      patterns: [/^成本(指标)?$/],
      children: [second('经济成本指标', '经济成本', { money: true }), second('社会成本指标', '社会成本'), second('生态环境成本指标', '生态(环境)?成本')],
      required: true,
    },
    BENEFIT_LEVEL,
    SATISFACTION_LEVEL,
  ],
};

export const INDICATOR_HIERARCHIES: readonly IndicatorHierarchy[] = [SHANXI_HIERARCHY, COST_FIRST_HIERARCHY];

/** Every 二级 name pattern of a hierarchy with the 一级 it belongs to. */
export function secondLevels(h: IndicatorHierarchy): { first: FirstLevelDef; second: SecondLevelDef }[] {
  return h.levels.flatMap((first) => first.children.map((s) => ({ first, second: s })));
}
