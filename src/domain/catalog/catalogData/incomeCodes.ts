/** 一般公共预算收入分类 类 known for certain; the seeds print no income codes (their 收入表 are empty). */
export const INCOME_CODES: readonly (readonly [code: string, name: string])[] = [
  ['101', '税收收入'],
  ['103', '非税收入'],
  ['105', '债务收入'],
  ['110', '转移性收入'],
];
