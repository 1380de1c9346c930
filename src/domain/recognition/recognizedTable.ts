import type { ParsedAmount } from '../money/amount';
import type { FormDef, Kind } from '../forms/formTypes';
import type { WorkbookFacts } from '../facts/workbookFacts';
import type { AmountUnit, Profile } from '../profiles/profile';

/**
 * A table found in a workbook and mapped onto its FormDef: what the checks, fill and narrative
 * consume. Positions are 0-based sheet coordinates; `address` fields are A1.
 */
export interface RecognizedColumn {
  /** The FormDef column key this column was mapped to, or null when it matched none. */
  readonly key: string | null;
  /** 0-based sheet column. */
  readonly col: number;
  /** Header path as written in the workbook, top to bottom, whitespace removed. */
  readonly header: readonly string[];
  /** The lowest header label as written (for messages: 合计, 基本支出, 一般公共预算). */
  readonly label: string;
}

export type RowLevel = 'total' | 'class' | 'item' | 'subitem' | 'line' | 'group';

export interface RecognizedRow {
  /** 0-based sheet row. */
  readonly row: number;
  /** Fixed-row key from the FormDef, when the row is a fixed line. */
  readonly key: string | null;
  /** Subject or line code (trimmed, as text), when the row has one. */
  readonly code: string | null;
  /** Row label as written, inner wrap spaces removed ("社会保障和就 业支出" → "社会保障和就业支出"). */
  readonly name: string;
  /** 类 (3 digits) / 款 (5) / 项 (7) for coded rows; 'total' for 合计 lines; 'line' for fixed lines. */
  readonly level: RowLevel;
  /** 决算 行次 when printed. */
  readonly lineNo?: number;
}

export interface AmountCell {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly amount: ParsedAmount;
}

export interface RecognizedPanel {
  readonly key: string;
  readonly columns: readonly RecognizedColumn[];
  readonly rows: readonly RecognizedRow[];
  /** Amount of (row index in `rows`, column key); undefined when the column is not in this table. */
  amount(rowIndex: number, columnKey: string): AmountCell | undefined;
}

export interface RecognizedTable {
  readonly form: FormDef;
  readonly kind: Kind;
  readonly no: number;
  readonly sheet: string;
  /** The title as written. */
  readonly title: string;
  readonly titleAddress: string;
  /** A1 range from the label/title line to the last row of the table. */
  readonly range: string;
  readonly unit: string | null;
  readonly year: number | null;
  /** The unit the table's amounts are in: its own unit line (单位：万元, 金额单位：元), else the workbook's default. */
  readonly amountUnit: AmountUnit;
  /** True when the table's own unit line said it (false: the default was assumed). */
  readonly amountUnitStated: boolean;
  readonly panels: readonly RecognizedPanel[];
  /** No amount anywhere in the table (blank, zero or dash only). */
  readonly empty: boolean;
  /** Where a 本表无数据 note was found under the table, if any. */
  readonly noDataNote: { readonly address: string } | null;
  /** Header rows (0-based), so adapters can freeze or mark them. */
  readonly headerRows: readonly number[];
  readonly bodyRows: { readonly first: number; readonly last: number };
}

/** Something that looks like a table but could not be mapped, reported rather than skipped. */
export interface UnrecognizedBlock {
  readonly sheet: string;
  readonly address: string;
  readonly title: string;
  readonly reason: string;
}

export interface RecognitionResult {
  readonly kind: Kind | null;
  readonly year: number | null;
  readonly unit: string | null;
  readonly tables: readonly RecognizedTable[];
  /** 绩效目标表, 申报表, 整体支出绩效目标表 and 绩效自评表, in workbook order (recognition/performance). */
  readonly performance: readonly import('./performance/performanceTable').PerformanceTable[];
  readonly unrecognized: readonly UnrecognizedBlock[];
  /** Cells that could not be read as amounts, to report at their addresses. */
  readonly problems: readonly import('../findings/finding').Finding[];
  /** The table set the workbook was recognised as; every table above is one of its forms. */
  readonly profile: Profile;
  /** Year, kind, unit name, unit type, profile and default amount unit, decided once. */
  readonly facts: WorkbookFacts;
}
