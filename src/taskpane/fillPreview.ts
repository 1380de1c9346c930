import type { Finding } from '../domain/findings/finding';
import type { CellWrite, FillConflict, FillPlan } from '../domain/fill/fillTypes';
import { decimalFromNumber } from '../domain/money/amount';
import type { WriteBatch } from '../excel/workbookGateway';

/** One line of the 填充 preview: "Sheet1!D14 ← 2,858.26（由表3…推算）". */
export interface FillPreviewRow {
  readonly key: string;
  readonly sheet: string;
  readonly address: string;
  readonly target: string;
  readonly value: string;
  readonly reason: string;
  /** What the cell holds now (conflicts only). */
  readonly current?: string;
}

export interface FillPreview {
  readonly writes: readonly FillPreviewRow[];
  readonly conflicts: readonly FillPreviewRow[];
  readonly insertions: readonly { readonly key: string; readonly text: string; readonly reason: string }[];
  readonly notes: readonly Finding[];
}

/** A value as the preview shows it: amounts with two decimals and separators, codes and names as they are. */
export function fillValueText(v: string | number | null): string {
  if (v === null) return '（空）';
  if (typeof v === 'string') return v;
  const d = decimalFromNumber(v);
  return d.decimalPlaces() <= 2 ? d.toNumber().toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : d.toString();
}

export function writeKey(w: Pick<CellWrite, 'sheet' | 'address'>): string {
  return `${w.sheet}!${w.address}`;
}

function row(w: CellWrite): FillPreviewRow {
  return { key: writeKey(w), sheet: w.sheet, address: w.address, target: writeKey(w), value: fillValueText(w.value), reason: w.reason };
}

export function fillPreview(plan: FillPlan): FillPreview {
  return {
    writes: plan.writes.map(row),
    conflicts: plan.conflicts.map((c: FillConflict) => ({ ...row(c), current: fillValueText(c.current) })),
    insertions: plan.insertions.map((i, n) => ({
      key: `${i.sheet}#${i.beforeRow}#${n}`,
      text: `${i.sheet} 第 ${i.beforeRow + 1} 行前插入：${i.values.filter((v) => v !== null && v !== '').map(fillValueText).join(' ')}`,
      reason: i.reason,
    })),
    notes: plan.notes,
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
