import type Decimal from 'decimal.js';
import { parentCode } from '../../catalog/catalog';
import { sum, type FillContext } from '../fillContext';
import { PanelView, type ViewRow } from '../panelView';
import { derivedForms } from '../summaryForms';

/**
 * Totals left blank whose parts are all known: in coded panels 款 = Σ 项, 类 = Σ 款 and the 合计
 * line = Σ 类; the forms' row sums (合计 = 基本支出 + 项目支出) and fixed-line sums (本年收入合计 =
 * Σ sources, 总计 = 合计 + 结转). A part fill declined to derive makes its totals unknown too.
 * Printed totals are never recomputed: comparing them is the checks' business. `only: 'coded'`
 * completes the source tables (表2/3, 公开02/03) before the summary tables are derived from them,
 * and leaves the derived ones (表5 …) to the last pass, after their derivations marked their inputs.
 */
export function totalLines(ctx: FillContext, only?: 'coded'): void {
  // The tables derived from the others wait for their derivations: a row left to an input is not a blank zero.
  const derived = new Set(only ? derivedForms(ctx.recognition.profile).map((f) => f.id) : []);
  // Twice: a row sum may complete a column sum's part and the other way round.
  for (let pass = 0; pass < 2; pass++) {
    for (const table of ctx.recognition.tables.filter((t) => !derived.has(t.form.id))) {
      for (const def of table.form.panels) {
        if (only && def.rows.mode !== only) continue;
        const view = new PanelView(ctx, table, def.key);
        if (!view.panel) continue;
        if (def.rows.mode === 'coded') codedSums(view);
        if (def.rows.mode === 'fixed') fixedSums(view);
        if (def.rows.mode === 'list') listSums(view);
        rowSums(view);
      }
    }
  }
}

function fill(view: PanelView, total: ViewRow, key: string, parts: readonly ViewRow[], partKeys: readonly string[], what: string): void {
  if (total.planned || view.filled(total, key)) return;
  const cells = parts.flatMap((p) => partKeys.map((k) => ({ p, k })));
  if (cells.some(({ p, k }) => view.unknown(p, k))) {
    view.markUnknown(total, key);
    return;
  }
  if (!cells.some(({ p, k }) => view.filled(p, k))) return;
  const value: Decimal = sum(cells.map(({ p, k }) => view.amount(p, k)!));
  view.set(total, key, value, `${view.label()} ${what}`);
}

function rowName(r: ViewRow): string {
  return r.code ? `${r.code} ${r.name}` : r.name;
}

function codedSums(view: PanelView): void {
  const rows = view.codedRows();
  const classification = view.def.rows.mode === 'coded' ? view.def.rows.classification : 'function';
  for (const key of view.amountKeys()) {
    for (const level of [5, 3]) {
      for (const r of rows.filter((x) => x.code!.length === level)) {
        const children = rows.filter((c) => parentCode(classification, c.code!) === r.code);
        if (children.length === 0) continue;
        fill(view, r, key, children, [key], `${rowName(r)} “${view.columnLabel(key)}”= 下级科目之和`);
      }
    }
    // Top-level subjects: those whose parent is not in the table (normally the 类 rows).
    const codes = new Set(rows.map((r) => r.code!));
    const top = rows.filter((r) => {
      for (let p = parentCode(classification, r.code!); p; p = parentCode(classification, p)) if (codes.has(p)) return false;
      return true;
    });
    const total = view.total();
    if (total && top.length > 0) fill(view, total, key, top, [key], `合计行“${view.columnLabel(key)}”= 各类之和`);
  }
}

/** A list's total line (表12 unit subtotal, 部门合计) = Σ its other lines. */
function listSums(view: PanelView): void {
  const total = view.total();
  if (!total) return;
  const parts = view.rows().filter((r) => r.level !== 'total' && r.level !== 'group');
  if (parts.length === 0) return;
  for (const key of view.amountKeys()) fill(view, total, key, parts, [key], `${total.name || '合计'}“${view.columnLabel(key)}”= 各行之和`);
}

function fixedSums(view: PanelView): void {
  if (view.def.rows.mode !== 'fixed') return;
  const fixed = view.def.rows.rows;
  for (const s of view.def.columnSums ?? []) {
    const total = view.fixed(s.total);
    if (!total) continue;
    const parts: ViewRow[] = [];
    for (const k of s.parts) {
      if (k === '*classes') {
        for (const f of fixed) {
          const r = f.code ? view.fixed(f.key) : undefined;
          if (r) parts.push(r);
        }
      } else {
        const r = view.fixed(k);
        if (r) parts.push(r);
      }
    }
    for (const key of view.amountKeys().filter((k) => !s.columns || s.columns.includes(k))) {
      fill(view, total, key, parts, [key], `${total.name}“${view.columnLabel(key)}”= ${parts.length > 5 ? '各类之和' : parts.map((p) => p.name).join(' + ')}`);
    }
  }
}

function rowSums(view: PanelView): void {
  for (const s of view.def.rowSums ?? []) {
    // A part column the table does not print (deleted, or not matched) leaves the total unknown.
    if ([s.total, ...s.parts].some((k) => view.col(k) === undefined)) continue;
    const rows = s.rows ? s.rows.map((k) => view.fixed(k)).filter((r): r is ViewRow => !!r) : view.rows();
    for (const r of rows) {
      if (r.planned || view.def.rows.mode === 'fixed' && !r.key) continue;
      fill(view, r, s.total, [r], s.parts, `${rowName(r)} ${view.columnLabel(s.total)} = ${s.parts.map((k) => view.columnLabel(k)).join(' + ')}`);
    }
  }
}

