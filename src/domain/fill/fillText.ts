import { describeRow } from '../checks/sumComparison';
import { formatWan } from '../money/format';
import { decimalFromNumber } from '../money/amount';
import { wan } from '../findings/findingText';
import type { CellWrite, FillConflict, FillPlace, FillSource } from './fillTypes';

/**
 * Fill's plan in the tables' words, for the pane and the command line alike: which table, row
 * (code and name) and column, and the values — never the derivation's own shorthand.
 */

/** A value as a cell shows it: amounts with two decimals and separators (more when typed so), texts as they are. */
export function fillValueText(v: string | number | null): string {
  if (v === null) return '（空）';
  if (typeof v === 'string') return v;
  const d = decimalFromNumber(v);
  return d.decimalPlaces() <= 2 ? formatWan(d) : d.toString();
}

/** "表1 本年支出合计 行“2025年合计”列", "表3 208 社会保障和就业支出 行“合计”列". */
export function placeText(p: FillPlace): string {
  const row = p.row ? `${describeRow(p.row)} 行` : '';
  const column = p.column ? `“${p.column}”列` : '';
  return `${p.table} ${row}${column}`.trim();
}

/** The cell as it is addressed in the workbook: "Sheet1!D37". */
export function cellText(c: Pick<CellWrite, 'sheet' | 'address'>): string {
  return `${c.sheet}!${c.address}`;
}

/** Where a value comes from: "按表3 合计 行“合计”列（表2 无上年结转）", "按2025年科目表", or the derivation's reason. */
export function basisText(w: CellWrite): string {
  const source = w.sources?.length === 1 ? placeText(w.sources[0]) : null;
  if (source) return `按${source}${w.because ? `（${w.because}）` : ''}`;
  if (w.because) return `按${w.because}`;
  // "由表3 合计行 … 推算" reads "按表3 合计行 … 推算", not "按由…".
  return `按${w.reason.replace(/^由/, '')}`;
}

/**
 * A conflict as one sentence, in the order every surface uses (实为 → 应为 → 差额): "表1 208
 * 八、社会保障和就业支出 行“2025年合计”列：实为 2,858.00，按表3 208 社会保障和就业支出 行“合计”列应为
 * 2,858.26，差额 -0.26". Without the table's words (an older plan), the cell and the reason.
 */
export function conflictSentence(c: FillConflict): string {
  const where = c.target ? placeText(c.target) : cellText(c);
  const diff = typeof c.value === 'number' && typeof c.previous === 'number' ? `，差额 ${formatWan(decimalFromNumber(c.previous).minus(decimalFromNumber(c.value)))}` : '';
  return `${where}：实为 ${fillValueText(typeof c.previous === 'number' ? c.previous : c.current)}，${basisText(c)}应为 ${fillValueText(c.value)}${diff}`;
}

/** A write in the same words: "表1 本年支出合计 行“2025年合计”列填 2,911.06，按表3 合计 行“合计”列". */
export function writeSentence(w: CellWrite): string {
  const where = w.target ? placeText(w.target) : cellText(w);
  return `${where}填 ${fillValueText(w.value)}，${basisText(w)}`;
}

/** "表3 合计 行“合计”列（Sheet3!C6）的 2,999.99". */
export function sourceText(s: FillSource): string {
  return `${placeText(s)}（${cellText(s)}）的 ${wan(s.value)}`;
}
