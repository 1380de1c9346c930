import type { Kind } from '../forms/formTypes';
import { FUNCTION_CLASSES } from '../forms/common/functionClassLines';
import { UNIT_TYPES } from '../workbook/snapshot';
import { RULES } from '../checks/rules';
import { SEVERITY_LABEL } from '../findings/finding';
import { RULE_LEVEL_CHOICES } from './ruleLevels';

/**
 * What the 说明参数 sheet asks for, as data. Every figure or fact the published 情况说明 (第三部分 of the
 * seeds) states that no table holds is one input here: prior-year figures for 比上年增加/减少, reasons,
 * 政府采购 (budget), 三公 counts, 国有资产 notes, 绩效, 年初预算 by 类 (决算). The sheet is read back by
 * label text, so a label means one id in both kinds.
 */
export type InputKind = 'amount' | 'text' | 'count' | 'number' | 'percent' | 'choice';

export interface ParameterInput {
  /** Stable id the narrative uses ("prior.income-total"); basic facts have "basic.*" ids. */
  readonly id: string;
  readonly section: string;
  /** Chinese, as an accountant reads it; unique, the sheet is read by this text. */
  readonly label: string;
  readonly kind: InputKind;
  readonly hint: string;
  readonly forKind: Kind | 'both';
  readonly choices?: readonly string[];
  /** Labels earlier versions wrote on the sheet: still read, so a filled-in old sheet keeps working. */
  readonly aliases?: readonly string[];
  /** Only the 说明参数 of these profiles lists it (facts the region's tables do not hold). */
  readonly profiles?: readonly string[];
}

export const KIND_CHOICES: readonly string[] = ['预算', '决算'];
export const AMOUNT_UNIT_CHOICES: readonly string[] = ['万元', '元'];

const BASIC = '一、基本情况';

/** Basic facts: typed fields of Parameters, pre-filled from the template request. */
export const BASIC_INPUTS: readonly ParameterInput[] = [
  { id: 'basic.unit', section: BASIC, label: '单位名称', kind: 'text', hint: '与表头“单位名称”一致，如：汾阳市社会保险中心', forKind: 'both' },
  { id: 'basic.year', section: BASIC, label: '年度', kind: 'count', hint: '预算或决算所属年度，四位数字，如 2025', forKind: 'both' },
  {
    id: 'basic.unit-type',
    section: BASIC,
    label: '单位类型',
    kind: 'choice',
    hint: '决定是否有机关运行经费：事业单位（非参公）没有机关运行经费',
    forKind: 'both',
    choices: UNIT_TYPES,
  },
  { id: 'basic.kind', section: BASIC, label: '公开类型', kind: 'choice', hint: '单位预算公开或单位决算公开', forKind: 'both', choices: KIND_CHOICES },
  {
    id: 'basic.amount-unit',
    section: BASIC,
    label: '金额单位',
    kind: 'choice',
    hint: '公开表格的金额单位，一般为万元',
    forKind: 'both',
    choices: AMOUNT_UNIT_CHOICES,
  },
];

/**
 * Each check can be re-levelled or switched off here (design.md §4), e.g. a bureau that treats
 * names differing from the catalog as errors. Blank keeps the rule's default.
 */
function ruleInputs(section: string, forKind: Kind): ParameterInput[] {
  return RULES.map((r) => ({
    id: `rule.${r.id}`,
    section,
    label: `校验规则：${r.title}`,
    kind: 'choice' as const,
    hint: `默认“${SEVERITY_LABEL[r.defaultSeverity]}”；留空按默认，选“关闭”不再检查`,
    forKind,
    choices: RULE_LEVEL_CHOICES,
  }));
}

/** 第一部分 概况: the same wording both years, so it is worth keeping in the workbook. */
function profileInputs(section: string, forKind: Kind): ParameterInput[] {
  return [
    { id: 'profile.duties', section, label: '本单位职责', kind: 'text', hint: '第一部分“一、本单位职责”的正文', forKind },
    { id: 'profile.organization', section, label: '机构设置情况', kind: 'text', hint: '内设机构、下属单位、编制与实有人数等', forKind },
  ];
}

const B1 = '二、收支预算总体变动（上年数据）';
const B5 = '三、一般公共预算当年拨款变动';
const B7 = '四、“三公”经费（上年预算数）';
const B8 = '五、机关运行经费';
const B9 = '六、政府采购预算';
const B10 = '七、绩效管理';
const B11 = '八、国有资产及其他';

const AMT = '万元，填数字；上年没有填 0';

/** The vehicle kinds 十一 states one by one (000/001: 领导用车0辆，机要通信用车0辆，…), in published order. */
export const VEHICLE_KINDS: readonly (readonly [key: string, name: string])[] = [
  ['leader', '领导用车'],
  ['confidential', '机要通信用车'],
  ['emergency', '应急保障用车'],
  ['law-enforcement', '执法执勤用车'],
  ['special', '特种专业技术用车'],
  ['institution', '事业单位业务用车'],
  ['other', '其他公务用车'],
];

const AS_OF = '截至上年12月31日；没有填 0';

/** 十一、国有资产占有使用情况 (budget): 车辆 by kind, 办公用房面积, 50万/100万元以上通用设备. */
function assetInputs(section: string): ParameterInput[] {
  return [
    { id: 'assets.vehicle-quota', section, label: '公务用车编制数（辆）', kind: 'count', hint: AS_OF, forKind: 'budget' },
    {
      id: 'assets.vehicles',
      section,
      label: '公务用车实有数（辆）',
      kind: 'count',
      hint: `应等于下面各类车辆之和；${AS_OF}`,
      forKind: 'budget',
      aliases: ['车辆数（辆）'],
    },
    ...VEHICLE_KINDS.map(([key, name]) => ({
      id: `assets.vehicles.${key}`,
      section,
      label: `其中：${name}（辆）`,
      kind: 'count' as const,
      hint: AS_OF,
      forKind: 'budget' as const,
    })),
    { id: 'assets.office-area', section, label: '办公用房建筑总面积（平方米）', kind: 'number', hint: `单位使用的办公用房；${AS_OF}`, forKind: 'budget' },
    {
      id: 'assets.equipment-over-500k',
      section,
      label: '价值50万元（原值）以上通用设备（台/套）',
      kind: 'count',
      hint: `按原值计，含100万元以上的；${AS_OF}`,
      forKind: 'budget',
    },
    {
      id: 'assets.equipment-over-1m',
      section,
      label: '价值100万元（原值）以上通用设备（台/套）',
      kind: 'count',
      hint: `按原值计；${AS_OF}`,
      forKind: 'budget',
      aliases: ['单价100万元（含）以上设备（台/套）'],
    },
  ];
}

/** 十二、其他说明 (budget): （一）政府购买服务指导性目录, （二）其他 with the 三年规划 texts the seeds print. */
function otherInputs(section: string): ParameterInput[] {
  return [
    {
      id: 'purchase.catalog',
      section,
      label: '政府购买服务指导性目录',
      kind: 'text',
      hint: '依据文件及本单位涉及的各级目录和编号，每项一行，如：医疗保障一级目录：A公共服务、二级目录：…，编号为A150201。没有政府购买服务填“无”',
      forKind: 'budget',
    },
    {
      id: 'plan.income',
      section,
      label: '三年规划收入情况',
      kind: 'text',
      hint: '可不填。如：结合以前年度财政拨款收入情况，严格按照财政拨款控制指标预计数编制2025年收入预算。…',
      forKind: 'budget',
    },
    {
      id: 'plan.expense',
      section,
      label: '三年规划支出情况',
      kind: 'text',
      hint: '可不填。如：根据现行预算标准及人员信息情况据实编制，…',
      forKind: 'budget',
    },
    { id: 'other.notes', section, label: '其他需要说明的事项', kind: 'text', hint: '没有可不填', forKind: 'budget' },
  ];
}

/** The wording profiles a 情况说明 can be written in (narrative/wordingProfile.ts holds what each changes). */
export const WORDING_STYLE_CHOICES: readonly string[] = ['标准', '简式'];

function wordingInputs(section: string): ParameterInput[] {
  return [
    {
      id: 'style.wording',
      section,
      label: '情况说明表述风格',
      kind: 'choice',
      hint:
        '留空为“标准”。“简式”：一至六部分句首不写单位名称，零写作0.00，增长率写“增加”，写“当年拨款”“收入为”，' +
        '按类列举后不加“等”，国有资产全为0时写“无”；第八部分写“2023年我中心机关运行经费预算…。比2022年减少…，减幅…%”，' +
        '第十部分只写实行绩效目标管理的项目个数和一般公共预算当年拨款',
      forKind: 'budget',
      choices: WORDING_STYLE_CHOICES,
    },
    {
      id: 'style.self-name',
      section,
      label: '单位自称',
      kind: 'text',
      hint: '第八部分（机关运行经费）中单位称呼自己的用语，如：我中心、我局；留空为“本单位”',
      forKind: 'budget',
    },
  ];
}

/** 十 (标准) repeats the 其他运转类/特定目标类 split for the published projects; all published, it is the same split. */
const PUBLISHED_BY_TYPE: readonly (readonly [id: string, label: string, kind: InputKind])[] = [
  ['performance.published-operating-projects', '公开项目中：其他运转类项目个数', 'count'],
  ['performance.published-operating-amount', '公开项目中：其他运转类项目金额', 'amount'],
  ['performance.published-specific-projects', '公开项目中：特定目标类项目个数', 'count'],
  ['performance.published-specific-amount', '公开项目中：特定目标类项目金额', 'amount'],
];

const BUDGET_INPUTS: readonly ParameterInput[] = [
  { id: 'prior.income-total', section: B1, label: '上年预算收入总计', kind: 'amount', hint: `用于“比上年增加/减少…”；${AMT}`, forKind: 'budget' },
  { id: 'prior.expense-total', section: B1, label: '上年预算支出总计', kind: 'amount', hint: `一般与上年收入总计相同；${AMT}`, forKind: 'budget' },
  { id: 'reason.change', section: B1, label: '收支总计增减变动的主要原因', kind: 'text', hint: '写“主要原因是”之后的内容，如：2024年机构改革，医保局并入我单位', forKind: 'budget' },
  { id: 'prior.gpb-total', section: B5, label: '上年一般公共预算当年拨款', kind: 'amount', hint: `不含上年结转；${AMT}`, forKind: 'budget' },
  { id: 'reason.gpb-change', section: B5, label: '一般公共预算当年拨款增减原因', kind: 'text', hint: '可不填；填写后写入第五部分', forKind: 'budget' },
  { id: 'prior.three-public.total', section: B7, label: '上年“三公”经费预算合计', kind: 'amount', hint: AMT, forKind: 'budget' },
  { id: 'prior.three-public.abroad', section: B7, label: '上年因公出国（境）费预算', kind: 'amount', hint: AMT, forKind: 'budget' },
  { id: 'prior.three-public.vehicle-purchase', section: B7, label: '上年公务用车购置费预算', kind: 'amount', hint: AMT, forKind: 'budget' },
  { id: 'prior.three-public.vehicle-operation', section: B7, label: '上年公务用车运行维护费预算', kind: 'amount', hint: AMT, forKind: 'budget' },
  { id: 'prior.three-public.reception', section: B7, label: '上年公务接待费预算', kind: 'amount', hint: AMT, forKind: 'budget' },
  { id: 'reason.three-public', section: B7, label: '“三公”经费增减变动原因', kind: 'text', hint: '与上年相同时可不填', forKind: 'budget' },
  { id: 'prior.operating', section: B8, label: '上年机关运行经费预算', kind: 'amount', hint: `仅行政单位和参公事业单位填写；${AMT}`, forKind: 'budget' },
  { id: 'reason.operating', section: B8, label: '机关运行经费增减变动原因', kind: 'text', hint: '如：新录用公务员7人导致机关运行经费增加', forKind: 'budget' },
  { id: 'procurement.total', section: B9, label: '政府采购预算总额', kind: 'amount', hint: '应等于货物、工程、服务之和；万元', forKind: 'budget' },
  { id: 'procurement.goods', section: B9, label: '政府采购货物预算', kind: 'amount', hint: '万元', forKind: 'budget' },
  { id: 'procurement.works', section: B9, label: '政府采购工程预算', kind: 'amount', hint: '万元', forKind: 'budget' },
  { id: 'procurement.services', section: B9, label: '政府采购服务预算', kind: 'amount', hint: '万元', forKind: 'budget' },
  { id: 'performance.overall-amount', section: B10, label: '整体绩效目标涉及资金', kind: 'amount', hint: '编报单位整体绩效目标涉及的资金；万元', forKind: 'budget' },
  {
    id: 'performance.projects',
    section: B10,
    label: '纳入绩效目标管理的项目个数',
    kind: 'count',
    hint: '一、二级项目个数；不填按预算公开表12所列项目个数',
    forKind: 'budget',
  },
  { id: 'performance.amount', section: B10, label: '纳入绩效目标管理的项目金额', kind: 'amount', hint: '万元', forKind: 'budget' },
  { id: 'performance.operating-projects', section: B10, label: '其中：其他运转类项目个数', kind: 'count', hint: '', forKind: 'budget' },
  { id: 'performance.operating-amount', section: B10, label: '其中：其他运转类项目金额', kind: 'amount', hint: '万元', forKind: 'budget' },
  { id: 'performance.specific-projects', section: B10, label: '其中：特定目标类项目个数', kind: 'count', hint: '', forKind: 'budget' },
  { id: 'performance.specific-amount', section: B10, label: '其中：特定目标类项目金额', kind: 'amount', hint: '万元', forKind: 'budget' },
  { id: 'performance.published-projects', section: B10, label: '公开项目绩效目标个数', kind: 'count', hint: '工作簿附有绩效目标表时按所附的表计，不必填写；没有附表时填写', forKind: 'budget' },
  { id: 'performance.published-amount', section: B10, label: '公开项目绩效目标涉及金额', kind: 'amount', hint: '万元；占项目支出的比例自动计算', forKind: 'budget' },
  ...PUBLISHED_BY_TYPE.map(([id, label, kind]) => ({
    id,
    section: B10,
    label,
    kind,
    hint: `全部公开时不填（与上面的${label.slice('公开项目中：'.length)}相同）${kind === 'amount' ? '；万元' : ''}`,
    forKind: 'budget' as const,
  })),
  ...assetInputs(B11),
  ...otherInputs(B11),
  ...profileInputs('九、单位概况（第一部分，可选）', 'budget'),
  ...ruleInputs('十、校验规则（可选）', 'budget'),
  ...wordingInputs('十一、情况说明表述风格（可选）'),
];

const F1 = '二、收支决算总体变动（上年数据）';
const F4 = '三、财政拨款收支变动';
const F5 = '四、一般公共预算财政拨款支出';
const F9 = '五、“三公”经费（上年决算数及具体情况）';
const F10 = '六、其他重要事项';

const FINAL_INPUTS: readonly ParameterInput[] = [
  { id: 'prior.income-total', section: F1, label: '上年收入总计（决算）', kind: 'amount', hint: `上年公开01表“总计”；${AMT}`, forKind: 'final' },
  { id: 'prior.expense-total', section: F1, label: '上年支出总计（决算）', kind: 'amount', hint: `上年公开01表支出“总计”；${AMT}`, forKind: 'final' },
  { id: 'reason.change', section: F1, label: '收支总计增减的主要原因', kind: 'text', hint: '写“主要原因是”之后的内容', forKind: 'final' },
  { id: 'prior.fiscal-income-total', section: F4, label: '上年财政拨款收入总计', kind: 'amount', hint: `上年公开04表；${AMT}`, forKind: 'final' },
  { id: 'prior.fiscal-expense-total', section: F4, label: '上年财政拨款支出总计', kind: 'amount', hint: `上年公开04表；${AMT}`, forKind: 'final' },
  { id: 'reason.fiscal-change', section: F4, label: '财政拨款收支增减的主要原因', kind: 'text', hint: '与总体原因相同时可不填', forKind: 'final' },
  { id: 'prior.gpb-expense', section: F5, label: '上年一般公共预算财政拨款支出', kind: 'amount', hint: `上年公开05表合计；${AMT}`, forKind: 'final' },
  { id: 'reason.gpb-change', section: F5, label: '一般公共预算财政拨款支出增减的主要原因', kind: 'text', hint: '与总体原因相同时可不填', forKind: 'final' },
  { id: 'budget.initial-gpb', section: F5, label: '一般公共预算财政拨款支出年初预算数', kind: 'amount', hint: '用于“完成年初预算的…%”；万元。各类的年初预算填在下方按类表中', forKind: 'final' },
  { id: 'prior.three-public.total', section: F9, label: '上年“三公”经费财政拨款支出决算合计', kind: 'amount', hint: AMT, forKind: 'final' },
  { id: 'prior.three-public.abroad', section: F9, label: '上年因公出国（境）费支出决算', kind: 'amount', hint: AMT, forKind: 'final' },
  { id: 'prior.three-public.vehicle-purchase', section: F9, label: '上年公务用车购置费支出决算', kind: 'amount', hint: AMT, forKind: 'final' },
  { id: 'prior.three-public.vehicle-operation', section: F9, label: '上年公务用车运行维护费支出决算', kind: 'amount', hint: AMT, forKind: 'final' },
  { id: 'prior.three-public.reception', section: F9, label: '上年公务接待费支出决算', kind: 'amount', hint: AMT, forKind: 'final' },
  { id: 'reason.three-public', section: F9, label: '“三公”经费总体增减原因', kind: 'text', hint: '与上年相同时可不填', forKind: 'final' },
  { id: 'reason.three-public.abroad', section: F9, label: '因公出国（境）费增减原因', kind: 'text', hint: '如：本单位无因公出国（境）支出', forKind: 'final' },
  { id: 'reason.three-public.vehicle-purchase', section: F9, label: '公务用车购置费增减原因', kind: 'text', hint: '', forKind: 'final' },
  { id: 'reason.three-public.vehicle-operation', section: F9, label: '公务用车运行维护费增减原因', kind: 'text', hint: '', forKind: 'final' },
  { id: 'reason.three-public.reception', section: F9, label: '公务接待费增减原因', kind: 'text', hint: '', forKind: 'final' },
  { id: 'three-public.abroad-groups', section: F9, label: '出国（境）团组数（个）', kind: 'count', hint: '', forKind: 'final' },
  { id: 'three-public.abroad-people', section: F9, label: '出国（境）人次', kind: 'count', hint: '', forKind: 'final' },
  { id: 'use.three-public.abroad', section: F9, label: '因公出国（境）费主要用途', kind: 'text', hint: '写“主要用于”之后的内容', forKind: 'final' },
  { id: 'three-public.vehicles-purchased', section: F9, label: '财政拨款购置公务用车（辆）', kind: 'count', hint: '', forKind: 'final' },
  { id: 'use.three-public.vehicle-purchase', section: F9, label: '公务用车购置主要用途', kind: 'text', hint: '', forKind: 'final' },
  { id: 'three-public.vehicles-held', section: F9, label: '财政拨款负担的公务用车保有量（辆）', kind: 'count', hint: '', forKind: 'final' },
  { id: 'use.three-public.vehicle-operation', section: F9, label: '公务用车运行维护费主要用途', kind: 'text', hint: '', forKind: 'final' },
  { id: 'three-public.reception-batches', section: F9, label: '公务接待批次', kind: 'count', hint: '国内与国（境）外合计', forKind: 'final' },
  { id: 'three-public.reception-people', section: F9, label: '公务接待人次', kind: 'count', hint: '国内与国（境）外合计', forKind: 'final' },
  { id: 'three-public.reception-domestic', section: F9, label: '国内接待费', kind: 'amount', hint: '万元', forKind: 'final' },
  { id: 'three-public.reception-domestic-batches', section: F9, label: '国内接待批次', kind: 'count', hint: '', forKind: 'final' },
  { id: 'three-public.reception-domestic-people', section: F9, label: '国内接待人次', kind: 'count', hint: '', forKind: 'final' },
  { id: 'three-public.reception-foreign-affairs', section: F9, label: '其中：外事接待费', kind: 'amount', hint: '万元', forKind: 'final' },
  { id: 'three-public.reception-foreign-affairs-batches', section: F9, label: '外事接待批次', kind: 'count', hint: '', forKind: 'final' },
  { id: 'three-public.reception-foreign-affairs-people', section: F9, label: '外事接待人次', kind: 'count', hint: '', forKind: 'final' },
  { id: 'three-public.reception-abroad', section: F9, label: '国（境）外接待费', kind: 'amount', hint: '万元', forKind: 'final' },
  { id: 'three-public.reception-abroad-batches', section: F9, label: '国（境）外接待批次', kind: 'count', hint: '', forKind: 'final' },
  { id: 'three-public.reception-abroad-people', section: F9, label: '国（境）外接待人次', kind: 'count', hint: '', forKind: 'final' },
  { id: 'use.three-public.reception', section: F9, label: '公务接待费主要用途', kind: 'text', hint: '', forKind: 'final' },
  { id: 'prior.operating', section: F10, label: '上年机关运行经费支出', kind: 'amount', hint: `本年数取自公开10表；仅行政单位和参公事业单位填写；${AMT}`, forKind: 'final' },
  { id: 'reason.operating', section: F10, label: '机关运行经费增减原因', kind: 'text', hint: '', forKind: 'final' },
  { id: 'procurement.sme-contracts', section: F10, label: '政府采购授予中小企业合同金额', kind: 'amount', hint: '采购总额及货物/工程/服务取自公开10表；万元', forKind: 'final' },
  { id: 'procurement.small-micro-contracts', section: F10, label: '其中：授予小微企业合同金额', kind: 'amount', hint: '万元', forKind: 'final' },
  { id: 'assets.notes', section: F10, label: '国有资产占用情况补充说明', kind: 'text', hint: '车辆数、设备数取自公开10表；此处写车辆用途、报废等情况', forKind: 'final' },
  { id: 'performance.self-evaluated-projects', section: F10, label: '二级项目绩效自评个数', kind: 'count', hint: '', forKind: 'final' },
  { id: 'performance.self-evaluated-amount', section: F10, label: '绩效自评涉及资金', kind: 'amount', hint: '万元', forKind: 'final' },
  { id: 'performance.self-evaluation-result', section: F10, label: '绩效自评结果', kind: 'text', hint: '如：17个项目自评等级为“优”', forKind: 'final' },
  { id: 'other.notes', section: F10, label: '其他需要说明的事项', kind: 'text', hint: '没有可不填（将写“无。”）', forKind: 'final' },
  ...profileInputs('七、单位概况（第一部分，可选）', 'final'),
  ...ruleInputs('八、校验规则（可选）', 'final'),
];

/** The 决算 per-类 table (五（三）具体情况): one row per 类, these columns. */
export const CLASS_TABLE_SECTION = '九、一般公共预算财政拨款支出决算具体情况（按类填写）';

export interface ClassColumn {
  /** Id prefix: the input id is `${prefix}.${classCode}`. */
  readonly prefix: string;
  readonly header: string;
  readonly kind: InputKind;
}

export const CLASS_TABLE_FIRST_HEADER = '支出功能分类（类）';

export const CLASS_COLUMNS: readonly ClassColumn[] = [
  { prefix: 'budget.initial', header: '年初预算数（万元）', kind: 'amount' },
  { prefix: 'prior.class', header: '上年决算数（万元）', kind: 'amount' },
  { prefix: 'use.class', header: '主要用途', kind: 'text' },
  { prefix: 'reason.class', header: '较上年增减原因', kind: 'text' },
];

/** The 26 类 printed in 公开05表 order (same list as 公开01表). */
export const FINAL_CLASS_ROWS: readonly (readonly [code: string, name: string])[] = FUNCTION_CLASSES.filter(
  ([code]) => !['209', '227', '230', '233'].includes(code),
);

/**
 * The national 决算 set has no 公开10表: 机关运行经费, 政府采购 and 国有资产 figures of its 十一、其他重要
 * 事项 come from here (上海 2024 wording).
 */
const NATIONAL_FINAL = ['national-final-9'];
const N11 = '六、其他重要事项（无对应表格的数字）';
const NATIONAL_FINAL_INPUTS: readonly ParameterInput[] = [
  { id: 'operating.total', section: N11, label: '本年机关运行经费支出', kind: 'amount', hint: '万元；仅行政单位和参公事业单位', forKind: 'final', profiles: NATIONAL_FINAL },
  { id: 'procurement.contracts', section: N11, label: '政府采购金额（以合同签订为准）', kind: 'amount', hint: '万元', forKind: 'final', profiles: NATIONAL_FINAL },
  { id: 'procurement.contracts-goods', section: N11, label: '其中：货物采购金额', kind: 'amount', hint: '万元', forKind: 'final', profiles: NATIONAL_FINAL },
  { id: 'procurement.contracts-works', section: N11, label: '其中：工程采购金额', kind: 'amount', hint: '万元', forKind: 'final', profiles: NATIONAL_FINAL },
  { id: 'procurement.contracts-services', section: N11, label: '其中：服务采购金额', kind: 'amount', hint: '万元', forKind: 'final', profiles: NATIONAL_FINAL },
  { id: 'assets.vehicles-total', section: N11, label: '年末车辆总数（辆）', kind: 'count', hint: '截至12月31日', forKind: 'final', profiles: NATIONAL_FINAL },
  { id: 'assets.equipment-1m', section: N11, label: '单价100万元（含）以上设备（不含车辆）台（套）数', kind: 'count', hint: '', forKind: 'final', profiles: NATIONAL_FINAL },
];

/** The inputs of a kind (and of a profile's own facts, when a profile is named). */
export function parameterInputs(kind: Kind, profile?: string): ParameterInput[] {
  const own = kind === 'budget' ? BUDGET_INPUTS : [...FINAL_INPUTS, ...NATIONAL_FINAL_INPUTS];
  return [...BASIC_INPUTS, ...own.filter((i) => !i.profiles || (profile !== undefined && i.profiles.includes(profile)))];
}

/** Every input of both kinds (for reading a sheet whatever its kind says). */
export const ALL_INPUTS: readonly ParameterInput[] = [...BASIC_INPUTS, ...BUDGET_INPUTS, ...FINAL_INPUTS, ...NATIONAL_FINAL_INPUTS];

/** Every per-类 input id of the 决算 table, e.g. "budget.initial.208". */
export function classInputIds(): string[] {
  return FINAL_CLASS_ROWS.flatMap(([code]) => CLASS_COLUMNS.map((c) => `${c.prefix}.${code}`));
}

/**
 * The label an input id has on the sheet (for 【请填写…】 placeholders and "see 说明参数" messages);
 * per-类 ids read as "住房保障支出 年初预算数（万元）". undefined for an id the sheet does not hold.
 */
export function inputLabel(id: string, kind?: Kind): string | undefined {
  const own = ALL_INPUTS.find((i) => i.id === id && (kind === undefined || i.forKind === kind || i.forKind === 'both'));
  if (own) return own.label;
  const m = /^(.+)\.(\d{3})$/.exec(id);
  if (!m) return undefined;
  const col = CLASS_COLUMNS.find((c) => c.prefix === m[1]);
  const cls = FINAL_CLASS_ROWS.find(([code]) => code === m[2]);
  return col && cls ? `${cls[1]} ${col.header}` : undefined;
}

/**
 * An input as it reads inside a sentence's 【请填写…】: its label without the sheet's layout — no
 * "其中：", no space between a 类 and its column, no "（万元）" (the sentence says 万元 after it).
 * "社会保障和就业支出 年初预算数（万元）" → "社会保障和就业支出年初预算数".
 */
export function inputPhrase(id: string, kind?: Kind): string {
  const label = inputLabel(id, kind) ?? id;
  return label.replace(/^其中：/u, '').replace(/\s+/g, '').replace(/（万元）$/u, '');
}

/** The label of an input and the older labels still read for it (to find its row on an old sheet). */
export function inputLabels(id: string, kind?: Kind): string[] {
  const label = inputLabel(id, kind);
  if (label === undefined) return [];
  const own = ALL_INPUTS.find((i) => i.id === id && i.label === label);
  return [label, ...(own?.aliases ?? [])];
}
