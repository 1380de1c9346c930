import type { NarrativeSectionFn } from '../../profiles/profile';
import { basic, generalBudget } from './generalBudget';
import { otherMatters, performance } from './otherMatters';
import { expense, fiscalOverview, income, overview } from './overview';
import { govFund, stateCapital, threePublic } from './threePublicAndFunds';

/**
 * The national 决算 情况说明, 一 … 十一 in the wording of the 上海 2024 documents: 一–九 from 表1–9,
 * 十 预算绩效 and 十一 机关运行经费, 政府采购, 国有资产 from 说明参数 (no table holds them).
 */
export const NATIONAL_FINAL_NARRATIVE: readonly NarrativeSectionFn[] = [
  overview,
  income,
  expense,
  fiscalOverview,
  generalBudget,
  basic,
  threePublic,
  govFund,
  stateCapital,
  performance,
  otherMatters,
];
