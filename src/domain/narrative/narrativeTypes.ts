import type Decimal from 'decimal.js';
import type { CellRef, Finding } from '../findings/finding';

/**
 * The 情况说明: sections in published order, each paragraph a sequence of text runs where every
 * figure remembers the cells it came from, so the pane can jump to them and regenerate after edits.
 */
export interface NarrativeRun {
  readonly text: string;
  /** Cells a figure came from (table cells or parameter-sheet cells); absent for plain wording. */
  readonly sources?: readonly CellRef[];
  /** True for a 【请填写…】 placeholder of a missing input. */
  readonly missing?: boolean;
  /**
   * Fixed wording that contains digits but is no figure ("12月31日"), so the text check does not
   * ask for its source.
   */
  readonly fixed?: boolean;
  /** An amount or share that is exactly zero: printed "0" or "0.00" as the wording profile says. */
  readonly zero?: boolean;
  /**
   * A percentage's exact ratio (part / whole × 100 before rounding): lets a check of a written text
   * accept both the share rounded alone and this one (largest remainder), and see its denominator.
   */
  readonly ratio?: { readonly part: Decimal; readonly whole: Decimal };
}

export interface NarrativeParagraph {
  readonly runs: readonly NarrativeRun[];
}

export interface NarrativeSection {
  /** As published: "二、收入预算情况说明", "（二）一般公共预算当年支出结构情况". */
  readonly heading: string;
  /** 1 for 一、…, 2 for （一）… */
  readonly level: 1 | 2;
  readonly paragraphs: readonly NarrativeParagraph[];
}

/** Data for the charts the documents show (一般公共预算当年拨款结构图, 三公经费分布图). */
export interface NarrativeChart {
  readonly id: 'gpb-structure' | 'three-public';
  readonly title: string;
  readonly slices: readonly { readonly label: string; readonly value: string; readonly share: string }[];
}

export interface Narrative {
  readonly kind: 'budget' | 'final';
  readonly title: string;
  readonly sections: readonly NarrativeSection[];
  readonly charts: readonly NarrativeChart[];
  /** Missing inputs, numbers without a source, doubled words…: findings about the text itself. */
  readonly findings: readonly Finding[];
}

export function paragraphText(p: NarrativeParagraph): string {
  return p.runs.map((r) => r.text).join('');
}
