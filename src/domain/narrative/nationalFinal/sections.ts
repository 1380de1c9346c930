import type { NarrativeSectionFn } from '../../profiles/profile';

/** The national 决算 情况说明, 一 … 十一 in the wording of the 上海 2024 documents. */
export const NATIONAL_FINAL_NARRATIVE: readonly NarrativeSectionFn[] = [];
