import type { Finding } from '../findings/finding';

/**
 * What fill would write, cell by cell, before anything is written: the pane previews it and lets
 * the user choose per conflict; the CLI writes only `writes` and lists `conflicts`.
 */
export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  /** Number for amounts, string for codes and names. */
  readonly value: string | number;
  /** The cell's value before (null when blank), kept for 撤销. */
  readonly previous: string | number | null;
  /** Chinese: why this value ("由表3合计列推算", "科目名称取自2025年科目表"). */
  readonly reason: string;
  /** The cell in the words of its table (absent where a derivation does not say). */
  readonly target?: FillPlace;
  /** The cells the value is copied from (one for a copy; absent for sums and names). */
  readonly sources?: readonly FillSource[];
  /** What makes the copy right, said as a condition: "表2 显示全部由一般公共预算安排". */
  readonly because?: string;
}

/** A cell in the words of the table that prints it: 表1 本年支出合计 行“2025年合计”列. */
export interface FillPlace {
  /** "表1", "公开01表". */
  readonly table: string;
  readonly sheet: string;
  readonly address: string;
  readonly row: { readonly code: string | null; readonly name: string } | null;
  readonly column: string | null;
}

/** A cell a value is read from, with the figure it holds (two decimals). */
export interface FillSource extends FillPlace {
  readonly value: string;
}

/**
 * A figure fill does not spread because it is itself part of an error: 表3's 合计 overtyped would
 * carry the mistake into 表1 and 表4. The cells it would have filled stay as they are.
 */
export interface HeldBackSource {
  readonly source: FillSource;
  /** The error the source takes part in (a suspect at the source when the evidence points there). */
  readonly error: Finding;
  /** The cells it would have written or overwritten. */
  readonly targets: readonly FillPlace[];
  /** The same in one sentence, also listed in the plan's notes (the CLI prints notes). */
  readonly note: Finding;
}

/** A non-empty cell whose value differs from the derived one: never overwritten without consent. */
export interface FillConflict extends CellWrite {
  readonly current: string | number;
}

/** Rows that must be inserted (missing 款/类 parent rows) before their cells can be written. */
export interface RowInsertion {
  readonly sheet: string;
  /**
   * Insert before this 0-based row of the sheet as it was read. Rows with the same beforeRow are
   * listed bottom-up: each is inserted at that index and pushes the ones before it down.
   */
  readonly beforeRow: number;
  readonly values: readonly (string | number | null)[];
  readonly reason: string;
}

export interface FillPlan {
  readonly writes: readonly CellWrite[];
  readonly conflicts: readonly FillConflict[];
  readonly insertions: readonly RowInsertion[];
  /** What cannot be derived without guessing, said as findings (severity info/warning). */
  readonly notes: readonly Finding[];
  /** Sources held back because they are part of an error (each also a note). */
  readonly heldBack?: readonly HeldBackSource[];
}
