/**
 * A finding: one thing a person should look at, with where it is and what was compared.
 * The JSON shape of `check --json` (../shared/docs/cli.md) is exactly this, minus `cells` and `detail`.
 */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提示', info: '信息' };

export interface Finding {
  readonly severity: Severity;
  /** Stable kebab-case rule id ("row-sum", "column-sum", "subject-hierarchy", …). */
  readonly rule: string;
  /** Table number (预算公开表N / 公开0N表), null for workbook-level findings and performance tables. */
  readonly table: number | null;
  /** Performance tables (cli.md "Performance tables"): the form id, e.g. "performance/target". */
  readonly form?: string;
  /** Performance tables: the 项目名称 as written (null when the table prints none). */
  readonly project?: string | null;
  readonly sheet: string | null;
  /** A1 address of the cell holding the wrong-looking figure (for a sum: the total's cell). */
  readonly cell: string | null;
  /** Why `cell` is null, when it is: "工作簿中没有这张表", "整个工作簿没有表" (not part of the JSON). */
  readonly noCell?: string;
  readonly row: { readonly code: string | null; readonly name: string } | null;
  /** The column's lowest header label as written. */
  readonly column: string | null;
  /** Amounts as strings with exactly two decimals, or null when nothing numeric was compared. */
  readonly expected: string | null;
  readonly actual: string | null;
  readonly difference: string | null;
  /** Chinese, concrete: what was compared, both values, the difference. */
  readonly message: string;
  /**
   * For a check of a 情况说明 someone wrote (rules `narrative-*`, `check --narrative`): the 1-based
   * paragraph of that file and the figure exactly as written there (cli.md "Checking a narrative").
   */
  readonly paragraph?: number;
  readonly quote?: string;
  /** Every cell involved (the total and its parts), "Sheet!A1" style, for selecting them on click. */
  readonly cells?: readonly CellRef[];
  /**
   * What the rule compared or said, as data: the message is built from it, and a report that
   * lays a finding out its own way (the CLI's one line) reads it instead of the message.
   * Absent for findings of rules that have nothing beyond the fields (the report prints the message).
   */
  readonly detail?: FindingDetail;
  /** For a `suspect-cell`: how many broken identities the suspect's value resolves (cli.md "Suspect cells"). */
  readonly explains?: number;
}

/** One item of a comparison: "基本支出 398.16", "表2 合计“合计” 2918.06（Sheet2!C6）". */
export interface FindingPart {
  readonly label: string;
  /** Two decimals, as the message prints it. */
  readonly value: string;
  /** Its cell. */
  readonly cell?: CellRef;
}

export type FindingDetail =
  /** A total against the sum of its parts (row-sum, column-sum, subject-hierarchy, balance). */
  | {
      readonly kind: 'sum';
      /** The equation compared, in the check's log (CheckResult.equations). */
      readonly equation?: number;
      /** The parts that have a value (blank ones add nothing and are not listed). */
      readonly parts: readonly FindingPart[];
      /** What the parts are when the row does not say it: "下级科目". */
      readonly partsAre?: string;
      /** The equality compared, when row and column do not name it: "收入总计 = 支出总计". */
      readonly relation?: string;
      /** The total's cell is blank (its `actual` reads 0.00). */
      readonly blankTotal?: boolean;
      /** Within the rounding allowance: a 尾数差异. */
      readonly rounding?: boolean;
      /** One figure of the sum looks typed in the other unit (rule unit-slip reports it at its cell). */
      readonly unitSlip?: UnitSlip;
    }
  /** Two tables' figures that must agree (cross-table): actual = Σ left, expected = Σ right. */
  | {
      readonly kind: 'identity';
      /** The equation compared, in the check's log (CheckResult.equations). */
      readonly equation?: number;
      /** The identity's name: "表1 本年收入合计 = 表2 本年收入合计". */
      readonly relation: string;
      /** left[0] is the finding's cell. */
      readonly left: readonly FindingPart[];
      readonly right: readonly FindingPart[];
      readonly rounding?: boolean;
      /** One side is 10000 times the other: a whole table in the other unit (rule unit-slip says which). */
      readonly unitSlip?: { readonly table: number; readonly sheet: string; readonly cell: string; readonly text: string };
    }
  /**
   * A cell whose one value would make several broken identities hold at once (rule suspect-cell):
   * evidence of where the mistake is, never a correction.
   */
  | {
      readonly kind: 'suspect';
      /** The broken equations it explains (their findings carry the same ids in detail.equation). */
      readonly explains: readonly number[];
      /** How many cells explain them equally (this one included); 1 when the evidence singles it out. */
      readonly tiedCells: number;
      /** The other cell of a pair that explains them only together, with its value. */
      readonly pairedWith?: { readonly cell: CellRef; readonly expected: string; readonly actual: string };
    }
  /** A subject one table prints and the other table of an identity lacks. */
  | { readonly kind: 'unmatched'; readonly relation: string; readonly reason: string }
  /** A finding without figures: what it says once the location is given. */
  | {
      readonly kind: 'statement';
      /** The message without its table and location prefix; a report prints it after the location. */
      readonly text: string;
      /** Location fields the text already names, so a report does not repeat them. */
      readonly names?: readonly ('cell' | 'row' | 'column')[];
    };

/** A figure typed in the other unit: 12.35 in a 元 table where 123500.00 (元) makes its sum hold. */
export interface UnitSlip {
  readonly cell: CellRef;
  /** As printed, two decimals. */
  readonly value: string;
  /** The unit it looks typed in. */
  readonly typedIn: '万元' | '元';
  /** The figure converted exactly into the table's unit. */
  readonly converted: string;
}

/** The rule id of a suspect cell (cli.md "Suspect cells"): evidence of where a mistyped figure is. */
export const SUSPECT_RULE = 'suspect-cell';

/** The note a 尾数差异 carries: why it is a warning and not an error. */
export const ROUNDING_NOTE = '尾数差异，在四舍五入允许范围内';

/** Did a sum or an identity differ only within the rounding allowance (a 尾数差异)? */
export function withinRounding(f: Finding): boolean {
  const d = f.detail;
  return (d?.kind === 'sum' || d?.kind === 'identity') && d.rounding === true;
}

export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let info = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else info++;
  }
  return { errors, warnings, info };
}
