/**
 * 政府收支分类科目 by year: 支出功能分类 (类 3 / 款 5 / 项 7 digits) and 经济分类 (类 3 / 款 5).
 * The official catalog is not open data (design.md §4): the built-in one holds what the seeds and
 * certain knowledge give; a user can import the year's catalog, which then takes precedence.
 */
export type Classification = 'function' | 'economic' | 'income';

export interface CatalogEntry {
  readonly code: string;
  readonly name: string;
  readonly classification: Classification;
}

export interface Catalog {
  readonly year: number;
  /** Where it came from, for messages: "内置科目表" or the imported file's name. */
  readonly source: string;
  lookup(classification: Classification, code: string): CatalogEntry | undefined;
  /** For 经济分类 tables printed without codes (预算公开表6): the code of a name, if unique. */
  codeOfName(classification: Classification, name: string): string | undefined;
  entries(classification: Classification): readonly CatalogEntry[];
}

/** Parent code by the subject-code hierarchy: 2080109 → 20801 → 208; 30101 → 301. */
export function parentCode(classification: Classification, code: string): string | null {
  if (classification === 'economic') return code.length === 5 ? code.slice(0, 3) : null;
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return null;
}

export function codeLevel(classification: Classification, code: string): 'class' | 'item' | 'subitem' | null {
  if (!/^\d+$/.test(code)) return null;
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'item';
  if (code.length === 7 && classification !== 'economic') return 'subitem';
  return null;
}
