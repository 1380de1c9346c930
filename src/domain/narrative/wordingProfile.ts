import type { Parameters } from '../parameters/parameters';
import { BUDGET_CHANGE, type ChangeWording } from './change';
import type { NarrativeSection } from './narrativeTypes';

/**
 * How a province words the budget 情况说明 where publications differ in phrasing, not in content.
 * Each field is one switch the published documents show; the sections read them instead of keeping
 * copies per style. 标准 is the wording of seeds 000/001; 简式 that of seed 002. Where 000 and 001 have
 * no common sentence (000 has no 机关运行经费), 标准 follows the seed that prints one (001's 八).
 */
export interface WordingProfile {
  readonly name: '标准' | '简式';
  /** 一–六 open "2025年度汾阳市社会保险中心预算收入…" (true) or "2023年度预算收入…" (false). */
  readonly unitInLead: boolean;
  /** An amount or share that is exactly zero: "0万元，占0%" or "0.00万元，占0.00%". */
  readonly zero: '0' | '0.00';
  /** 比上年增加…，增长…% (标准) or …，增加…% (简式). */
  readonly change: ChangeWording;
  /** 一 ends the reason with "，导致预算收入增加" (标准) or stops after the reason (简式). */
  readonly reasonConsequence: boolean;
  /** 四: "…总预算X万元。其中：一般公共预算拨款…" or "…。收入为一般公共预算拨款…". */
  readonly fiscalKindsLead: string;
  /** 四 and 五（二） end the list of 类 with "等" (标准) or not (简式, the list is complete). */
  readonly classListEtc: boolean;
  /** 五: "一般公共预算当年支出" (标准) or "一般公共预算当年拨款" (简式), headings included. */
  readonly gpbWord: '支出' | '拨款';
  /** 六: "一般公共预算安排基本支出" or "一般公共预算基本支出". */
  readonly basicLead: string;
  /**
   * 七 without “三公”经费: "本单位无“三公”经费预算。" alone (标准) or followed by the zero lines of 表10,
   * "2023年财政拨款安排的“三公”经费预算0.00万元，与上年相同。其中：因公出国（境）费支出…" (简式).
   */
  readonly threePublicNoneDetail: boolean;
  /** 十一 when every figure of a part is 0: the full sentence with 0 (标准) or "无" (简式). */
  readonly zeroAssets: 'sentence' | '无';
  /** 十二（一）without 政府购买服务; "{年}" stands for the budget year. */
  readonly noPurchase: string;
  /** 八 with 机关运行经费: how the sentence is built (see OperatingWording). */
  readonly operating: OperatingWording;
  /** 九 after the unit's name: "" (标准) or "部门各单位" (简式: "忻州市社会保险中心部门各单位政府采购预算总额"). */
  readonly procurementSubject: string;
  /**
   * 十's layout. 'by-type' (标准): 1、整体绩效目标 and 2、项目绩效目标 with 其他运转类/特定目标类 counts and
   * amounts. 'summary' (简式): 1、绩效管理情况 "…单位实行绩效目标管理的项目5个，涉及一般公共预算当年拨款…"
   * and 2、绩效目标情况（附表说明）.
   */
  readonly performance: 'by-type' | 'summary';
  /** 十's closing line on the attached 绩效目标表: "（项目绩效目标表公开情况见附件）" (标准) or "已附表" (简式). */
  readonly performanceAttachment: string;
}

/**
 * 八, 001 (标准): "本单位机关运行经费财政拨款预算33.58万元，比2024年预算增加11.25万元，增加50.38%，原因是：…。"
 * 002 (简式): "2023年我中心机关运行经费预算59.61万元。比2022年减少8.86万元，减幅12.94%，主要原因是…。"
 * "{上年}" stands for the year before the budget year; the unit's 自称 (本单位/我中心) is an input.
 */
export interface OperatingWording {
  /** The budget year before the 自称 ("2023年我中心…"). */
  readonly yearFirst: boolean;
  /** What follows the 自称 up to the amount. */
  readonly subject: string;
  /** Between the amount's 万元 and the change: "，比{上年}年预算" or "。比{上年}年" ({上年}: the prior year, sourced). */
  readonly changeLead: string;
  readonly upRate: string;
  readonly downRate: string;
  /** Said instead of the change (and without a reason) when nothing changed. */
  readonly same: string;
  /** Before the typed reason: "，原因是：" or "，主要原因是". */
  readonly reasonLead: string;
}

export const STANDARD_WORDING: WordingProfile = {
  name: '标准',
  unitInLead: true,
  zero: '0',
  change: BUDGET_CHANGE,
  reasonConsequence: true,
  fiscalKindsLead: '其中：',
  classListEtc: true,
  gpbWord: '支出',
  basicLead: '一般公共预算安排基本支出',
  threePublicNoneDetail: false,
  zeroAssets: 'sentence',
  noPurchase: '本单位{年}年无政府购买服务预算。',
  // 001 is the only 标准 seed with a change here (000 has no 机关运行经费); 002 also names the year.
  operating: {
    yearFirst: false,
    subject: '机关运行经费财政拨款预算',
    changeLead: '，比{上年}年预算',
    upRate: '增加',
    downRate: '减少',
    same: '，与{上年}年预算相同',
    reasonLead: '，原因是：',
  },
  procurementSubject: '',
  performance: 'by-type',
  performanceAttachment: '（项目绩效目标表公开情况见附件）',
};

export const CONCISE_WORDING: WordingProfile = {
  name: '简式',
  unitInLead: false,
  zero: '0.00',
  change: { ...BUDGET_CHANGE, upRate: '增加' },
  reasonConsequence: false,
  fiscalKindsLead: '收入为',
  classListEtc: false,
  gpbWord: '拨款',
  basicLead: '一般公共预算基本支出',
  threePublicNoneDetail: true,
  zeroAssets: '无',
  noPurchase: '无政府购买服务',
  operating: {
    yearFirst: true,
    subject: '机关运行经费预算',
    changeLead: '。比{上年}年',
    upRate: '增幅',
    downRate: '减幅',
    same: '。与{上年}年相同',
    reasonLead: '，主要原因是',
  },
  procurementSubject: '部门各单位',
  performance: 'summary',
  performanceAttachment: '已附表',
};

const PROFILES: readonly WordingProfile[] = [STANDARD_WORDING, CONCISE_WORDING];

/**
 * The profile the 说明参数 sheet chooses ("情况说明表述风格"); blank or unknown text keeps 标准, and
 * unknown text is reported by the caller, not guessed.
 */
export function wordingProfile(params: Parameters): { profile: WordingProfile; unknown?: string } {
  const v = params.inputs['style.wording'];
  if (!v) return { profile: STANDARD_WORDING };
  const t = v.value.replace(/\s+/g, '');
  const found = PROFILES.find((p) => t.startsWith(p.name));
  return found ? { profile: found } : { profile: STANDARD_WORDING, unknown: v.value };
}

/** The sections with every zero amount and share printed as the profile says (0 stays 0 in 标准). */
export function withZeroStyle(sections: readonly NarrativeSection[], profile: WordingProfile): NarrativeSection[] {
  if (profile.zero === '0') return [...sections];
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => ({ runs: p.runs.map((r) => (r.zero ? { ...r, text: profile.zero } : r)) })),
  }));
}
