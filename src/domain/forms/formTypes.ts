/**
 * Every disclosure table is one FormDef: pure data. The template writer lays it out, recognition
 * matches workbooks against it, the checks read its sums, fill and the narrative find figures by
 * its keys. Adding a table or a province's variant is adding one of these, not code.
 *
 * Text fields may hold the placeholder {year} (e.g. "{year}年预算收支总表").
 */

export type Kind = 'budget' | 'final';

export type ColumnType =
  /** Subject code (类 3 / 款 5 / 项 7 digits; 经济分类 3 / 5), written as text. */
  | 'code'
  /** A row's label: subject name, line label ("一、一般公共预算"), project name. */
  | 'name'
  /** An amount in the table's unit, #,##0.00. */
  | 'amount'
  /** 决算 行次 (line number). */
  | 'lineNo'
  /** Other text (e.g. 政府预算支出经济科目名称 beside the 部门 one in 表6). */
  | 'text'
  /** A count (车辆数, 台套), #,##0. */
  | 'count';

export interface ColumnDef {
  /** Stable id within the panel: 'code', 'name', 'total', 'basic', 'project', 'gpb', … */
  readonly key: string;
  /** Header path from the top header row down; shorter paths merge down to the last header row. */
  readonly header: readonly string[];
  readonly type: ColumnType;
  /** Column width in Excel character units. */
  readonly width?: number;
  /** Other ways the lowest header is written (for recognition): "小计" for "合计", wrapped words… */
  readonly aliases?: readonly string[];
}

/** A fixed line of a table: 表1's income sources and the 30 类 lines, 表10's 三公 lines, 决算 行次 lines. */
export interface FixedRowDef {
  readonly key: string;
  /** The label as published, e.g. "八、社会保障和就业支出", "①公务用车购置费". */
  readonly label: string;
  /** Subject code the line stands for (表1/表4 类 lines → '208'), when it has one. */
  readonly code?: string;
  /** 决算 行次. */
  readonly lineNo?: number;
  /** Other labels people use for this line (recognition matches label text loosely). */
  readonly aliases?: readonly string[];
  /** True for label-only lines with no amounts (e.g. "上年财政拨款结转" headings, 表10 section heads). */
  readonly heading?: boolean;
  /** An empty line kept only so that two side-by-side panels end on the same row (表1, 表4). */
  readonly spacer?: boolean;
  /** Optional (forms helper): the line's figures are counts (决算 公开10表 车辆数), not amounts. */
  readonly count?: boolean;
  /**
   * Optional (forms helper): the amount cells print "—" (not applicable), e.g. 公开06表's
   * 309/311 基本建设 lines, which 基本支出 never uses. A figure there is worth a 提示.
   */
  readonly notApplicable?: boolean;
}

/**
 * How a panel's rows are made:
 * - fixed: exactly the listed lines, in order;
 * - coded: a 合计 line, then subject rows by code (类/款/项), as many as the unit has;
 * - list: free rows (projects, units), optionally under a total line.
 */
export type RowsDef =
  | { readonly mode: 'fixed'; readonly rows: readonly FixedRowDef[] }
  | {
      readonly mode: 'coded';
      /** 'function' = 支出功能分类 (3/5/7), 'economic' = 经济分类 (3/5), 'income' = 收入分类. */
      readonly classification: 'function' | 'economic' | 'income';
      /** The total line printed above the subject rows, e.g. "合计" (label in the name column). */
      readonly totalLabel?: string;
      /**
       * Optional (forms helper): the table prints names without a code column (预算公开表6 prints
       * 部门经济分类 names only). Rows are then identified by name: a 类 name (工资福利支出, 商品和服务支出,
       * 对个人和家庭的补助…) starts a class, the lines below it are its items; codes come from
       * common/economicClasses.ts `economicClassByName`.
       */
      readonly byName?: boolean;
    }
  | {
      readonly mode: 'list';
      /** Label of the total line, e.g. "部门合计"; '{unit}' means the unit's name (表12 unit subtotal). */
      readonly totalLabel?: string;
      /** Where the total line stands. */
      readonly totalPosition?: 'top' | 'bottom';
    };

/** Within one row: a total column equals the sum of its part columns (合计 = 基本支出 + 项目支出). */
export interface RowSumDef {
  readonly total: string;
  readonly parts: readonly string[];
  /** Only on these fixed rows (default: every row with data). */
  readonly rows?: readonly string[];
}

/**
 * Within one column: a total row equals the sum of its part rows. For fixed rows, by row key; a
 * part may be '*classes' meaning every row that carries a 类 code. For coded panels the
 * hierarchy (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项) is implied and needs no entry.
 */
export interface ColumnSumDef {
  readonly total: string;
  readonly parts: readonly string[];
  /** Only in these columns (default: every amount column). */
  readonly columns?: readonly string[];
}

/**
 * Optional (template helper): one section of a panel printed in sections, opened by a heading line
 * and, as published, a header row of its own under it.
 */
export interface SectionDef {
  /** Key of the fixed heading line that opens the section ("一、政府采购情况"). */
  readonly heading: string;
  /**
   * The header row printed under the heading, one label per column of the panel ('' = a blank
   * header cell, as 公开10表 section 二 leaves 行次 blank); no header row when absent.
   */
  readonly header?: readonly string[];
}

export interface PanelDef {
  /** 'main' for one-sided tables; 'income' and 'expense' (side by side) for 表1/4/9, 决算 01/04. */
  readonly key: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: RowsDef;
  readonly rowSums?: readonly RowSumDef[];
  readonly columnSums?: readonly ColumnSumDef[];
  /**
   * Optional (template helper): fixed lines printed in sections (公开10表), each with its own header
   * row under its heading line. When every panel has sections, no column header is printed on top.
   */
  readonly sections?: readonly SectionDef[];
}

/** One amount of a table: a fixed row (or the coded panel's total line, row 'total') in a column. */
export interface CellSelector {
  readonly panel: string;
  readonly row: string;
  readonly column: string;
}

/** An equality inside one table across panels, e.g. 收入总计 = 支出总计 (rule "balance"). */
export interface IdentityDef {
  readonly id: string;
  /** Chinese description used in messages: "收入总计 = 支出总计". */
  readonly title: string;
  readonly left: CellSelector;
  readonly right: CellSelector;
}

/**
 * Optional (forms helper): a column sum whose parts stand in other panels, e.g. 公开06表's
 * 310 资本性支出 continues from the third triple into the fourth, and 公用经费合计 adds up groups
 * in three panels. Each cell is named by panel, row and column.
 */
export interface CrossPanelSumDef {
  readonly id: string;
  /** Chinese description for messages: "公用经费合计 = 302 + 307 + 309 + 310 + …". */
  readonly title: string;
  readonly total: CellSelector;
  readonly parts: readonly CellSelector[];
}

export interface FormDef {
  /**
   * Stable id of the table's definition, as `check --json` prints it in `form`: 'budget/02-income',
   * 'final/06-basic-detail', 'national-final/07-three-public'. Profiles key their relations by it.
   */
  readonly id: string;
  readonly kind: Kind;
  readonly no: number;
  /** The short name used in messages and sheet names: "预算收支总表". */
  readonly name: string;
  /** Label line above the title: "预算公开表1", "公开01表". */
  readonly label: string;
  /**
   * False when the region prints no label line (the national 决算 tables): the label then only names
   * the table in messages, the template writes no label line and recognition expects none.
   */
  readonly printsLabel?: boolean;
  /**
   * The id of the form this one prints with the same panels, lines and columns (printedAs): code that
   * reads a table by that form's roles (fill derivations, narrative sections) reads this one too.
   */
  readonly sameAs?: string;
  /** Optional (forms helper): other label lines seen, e.g. "部门公开表9" in the 2025 seeds. */
  readonly labelVariants?: readonly string[];
  /** Title as published this year, with {year}. */
  readonly title: string;
  /** Other wordings seen across years and regions (with or without {year}). */
  readonly titleVariants: readonly string[];
  /**
   * Recognition by keywords: a title matches when it contains every word of one `all` set and
   * none of `none`. Ordered from most to least specific across all forms by the recogniser.
   */
  readonly keywords: { readonly all: readonly (readonly string[])[]; readonly none?: readonly string[] };
  /** Default sheet name for the template (≤ 31 chars). */
  readonly sheetName: string;
  /** The line under the title: which party and unit words it uses. */
  readonly unitLine: { readonly nameLabel: '单位名称' | '部门名称'; readonly amountUnitLabel: '单位' | '金额单位' };
  /** 决算 tables print "2024年度" on the unit line. */
  readonly showsYearOnUnitLine?: boolean;
  /** Side-by-side panels, left to right. */
  readonly panels: readonly PanelDef[];
  /** A 栏次 row under the headers ("栏次 1 2 3" or "1 2 3 4 …" in 表12/13). */
  readonly columnNumbers?: { readonly label?: string; readonly numbers: readonly (number | null)[] };
  /** The note printed when the table has no data. */
  readonly noDataNote: string;
  /** Other notes printed under the table (决算 "注：本表反映…"). */
  readonly footnote?: string;
  /** Equalities between panels of this table (收入总计 = 支出总计). */
  readonly identities?: readonly IdentityDef[];
  /** Optional (forms helper): column sums across panels (公开06表). */
  readonly crossPanelSums?: readonly CrossPanelSumDef[];
  /** Only some unit types publish figures here (表11 for 行政单位 and 参公事业单位). */
  readonly appliesTo?: readonly import('../workbook/snapshot').UnitType[];
}

export function fillYear(text: string, year: number): string {
  return text.replace(/\{year\}/g, String(year));
}

export function lowestHeader(c: ColumnDef): string {
  return c.header[c.header.length - 1];
}

/** The short name in lists and reasons: 表3 for 预算公开表3, 公开03表 as printed. */
export function shortTableLabel(kind: Kind | null, no: number): string {
  return kind === 'final' ? `公开${String(no).padStart(2, '0')}表` : `表${no}`;
}
