import { matchesLabel, type LabelDef } from '../../forms/performance/performanceForm';
import type { RowCell } from './rowCells';

/**
 * A label cell that may carry its figure: "实施期资金总额：64,200", "其中：中央财政拨款 0",
 * "填报日期: 20241227160615" (004 and 001 print them in one cell).
 */
export function splitLabel(text: string): { label: string; value: string | null } {
  const m = /^(.*?[^\d\s,.，．:：])\s*[:：]?\s*([+-]?\d[\d,，.．]*)\s*(万?元)?$/u.exec(text.trim());
  if (m && /[\u4e00-\u9fff]/.test(m[1])) return { label: m[1], value: m[2] };
  return { label: text, value: null };
}

/** Which of `defs` a cell is (with or without an embedded value), if any. */
export function labelOf(defs: readonly LabelDef[], cell: RowCell): { def: LabelDef; value: string | null } | undefined {
  for (const def of defs) if (matchesLabel(def, cell.text)) return { def, value: null };
  const split = splitLabel(cell.text);
  if (split.value === null) return undefined;
  for (const def of defs) if (matchesLabel(def, split.label)) return { def, value: split.value };
  return undefined;
}
