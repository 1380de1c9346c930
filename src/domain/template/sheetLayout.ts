/**
 * A sheet as the add-in writes it, independent of the host: both adapters (Office.js and ExcelJS)
 * turn a SheetLayout into a real sheet, so templates look the same in Excel and in CLI files.
 */
export type CellStyle =
  | 'label' // 预算公开表1 (top-left, small)
  | 'title' // the table title, large bold, centred across the table
  | 'unitLine' // 单位名称：… / 2024年度
  | 'unitLineEnd' // 单位：万元, flush with the table's right edge
  | 'header' // merged bold header cells with borders
  | 'columnNumber' // 栏次 row
  | 'code' // subject codes, text format
  | 'name' // row labels
  | 'amount' // #,##0.00 with borders
  | 'count' // #,##0 with borders
  | 'total' // bold amount of a total row
  | 'totalName' // bold label of a total row
  | 'text' // other bordered text
  | 'note' // 注：本表无数据 and footnotes
  | 'heading' // parameter / narrative sheet section heading
  | 'paragraph' // narrative text, wrapped
  | 'input' // a cell the user fills in (parameter sheet)
  | 'hint'; // grey explanatory text

export interface LayoutCell {
  readonly row: number; // 0-based
  readonly col: number; // 0-based
  readonly value: string | number | null;
  readonly style: CellStyle;
  /**
   * Optional: a formula written as such ("=SUM(D7:D11)"); `value` is what it evaluates to, kept as the
   * cached result for readers that do not calculate (the CLI). Text values never become formulas.
   */
  readonly formula?: string;
}

/** A conditional format that shows a broken sum in Excel itself, even without the add-in. */
export interface SumRuleLayout {
  /** A1 range the rule applies to (the total cell(s)). */
  readonly range: string;
  /** Excel formula, relative to the range's top-left cell, true when the cell is wrong. */
  readonly formula: string;
}

export interface TableLayoutInfo {
  readonly formId: string;
  /** A1 range from the label line to the last line of the table. */
  readonly range: string;
  readonly titleAddress: string;
  readonly headerRows: readonly number[];
}

/**
 * A chart over cells of the same sheet (the 情况说明's 一般公共预算当年拨款结构图 and 三公经费分布图).
 * Excel draws it through Office.js; an .xlsx written by the CLI carries the data table only.
 */
export interface ChartLayout {
  readonly type: 'pie';
  readonly title: string;
  /** Two columns, labels then values, with a header row. */
  readonly dataRange: string;
  /** Top-left cell the chart is placed at. */
  readonly anchor: string;
}

export interface PrintSetup {
  readonly landscape: boolean;
  readonly fitToWidth: boolean;
  readonly paper: 'A4';
  /**
   * Rows printed again at the top of every page (Excel's 打印标题 / print titles), 0-based and
   * inclusive: a table's header rows, so a table that runs onto a second page still says what
   * each column is.
   */
  readonly titleRows?: { readonly first: number; readonly last: number };
}

export interface SheetLayout {
  readonly name: string;
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly string[];
  /** Excel character units, index = column. */
  readonly columnWidths: readonly number[];
  /** Row heights in points where they differ from the default (index = row). */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Rows frozen at the top (title and headers). */
  readonly freezeRows: number;
  readonly print: PrintSetup;
  readonly tables: readonly TableLayoutInfo[];
  readonly sumRules?: readonly SumRuleLayout[];
  readonly charts?: readonly ChartLayout[];
  /** Dropdown lists (parameter sheet): A1 address → allowed values. */
  readonly choices?: Readonly<Record<string, readonly string[]>>;
}
