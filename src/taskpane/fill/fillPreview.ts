import type { Finding } from '../../domain/findings/finding';
import type { CellWrite, FillConflict, FillPlan } from '../../domain/fill/fillTypes';
import { conflictSentence, fillValueText, placeText } from '../../domain/fill/fillText';
import type { WriteBatch } from '../../excel/workbookGateway';

export { fillValueText };

/** One line of the 填充 preview: "Sheet1!D14 ← 2,858.26（由表3…推算）". */
export interface FillPreviewRow {
  readonly key: string;
  readonly sheet: string;
  readonly address: string;
  /** The cell as the workbook addresses it: "Sheet1!D14". */
  readonly target: string;
  /** The cell in its table's words: "表1 208 八、社会保障和就业支出 行“2025年合计”列" (the address when fill cannot say). */
  readonly place: string;
  readonly value: string;
  readonly reason: string;
  /** What the cell holds now (conflicts only). */
  readonly current?: string;
  /** The conflict as one sentence: where, 实为, the source and 应为, 差额 (conflicts only). */
  readonly sentence?: string;
}

/** A source fill does not copy because it is itself part of an error. */
export interface HeldBackRow {
  readonly key: string;
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
}

export interface FillPreview {
  readonly writes: readonly FillPreviewRow[];
  readonly conflicts: readonly FillPreviewRow[];
  readonly insertions: readonly { readonly key: string; readonly text: string; readonly reason: string }[];
  readonly heldBack: readonly HeldBackRow[];
  /** What cannot be derived (the held-back sources are listed apart, not here). */
  readonly notes: readonly Finding[];
}

export function writeKey(w: Pick<CellWrite, 'sheet' | 'address'>): string {
  return `${w.sheet}!${w.address}`;
}

function row(w: CellWrite): FillPreviewRow {
  const target = writeKey(w);
  return { key: target, sheet: w.sheet, address: w.address, target, place: w.target ? placeText(w.target) : target, value: fillValueText(w.value), reason: w.reason };
}

export function fillPreview(plan: FillPlan): FillPreview {
  return {
    writes: plan.writes.map(row),
    conflicts: plan.conflicts.map((c: FillConflict) => ({ ...row(c), current: fillValueText(c.current), sentence: conflictSentence(c) })),
    insertions: plan.insertions.map((i, n) => ({
      key: `${i.sheet}#${i.beforeRow}#${n}`,
      text: `${i.sheet} 第 ${i.beforeRow + 1} 行前插入：${i.values.filter((v) => v !== null && v !== '').map(fillValueText).join(' ')}`,
      reason: i.reason,
    })),
    heldBack: (plan.heldBack ?? []).map((h) => ({ key: writeKey(h.source), sheet: h.source.sheet, address: h.source.address, text: h.note.message })),
    notes: plan.notes.filter((n) => !plan.heldBack?.some((h) => h.note === n)),
  };
}

/** What 写入 sends to the gateway: every write, the conflicts the user ticked, and the row insertions. */
export function fillBatch(plan: FillPlan, accepted: ReadonlySet<string>): WriteBatch {
  const chosen = plan.conflicts.filter((c) => accepted.has(writeKey(c)));
  return {
    insertions: plan.insertions,
    writes: [...plan.writes, ...chosen].map((w) => ({ sheet: w.sheet, address: w.address, value: w.value })),
  };
}

/** "将写入 58 个单元格，插入 1 行；2 处冲突已选 1 处". */
export function fillSummary(plan: FillPlan, accepted: ReadonlySet<string>): string {
  const chosen = plan.conflicts.filter((c) => accepted.has(writeKey(c))).length;
  const parts = [`将写入 ${plan.writes.length + chosen} 个单元格`];
  if (plan.insertions.length > 0) parts.push(`插入 ${plan.insertions.length} 行`);
  if (plan.conflicts.length > 0) parts.push(`${plan.conflicts.length} 处冲突已选 ${chosen} 处覆盖`);
  return parts.join('，');
}
