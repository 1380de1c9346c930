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
}
