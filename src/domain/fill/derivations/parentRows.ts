import type Decimal from 'decimal.js';
import { parentCode, type Classification } from '../../catalog/catalog';
import { printed, ZERO } from '../../money/amount';
import { sum, type FillContext } from '../fillContext';
import { PanelView } from '../panelView';
import { codedPanels } from '../../recognition/codedPanels';

/**
 * Missing 款 and 类 rows above printed 项 (or 款) rows: inserted in code order, right above their
 * first descendant, with each amount column the sum of the rows below them.
 */
export function parentRows(ctx: FillContext): void {
  for (const { table, def, classification, byName } of codedPanels(ctx.recognition.tables)) {
    if (byName) continue;
    const view = new PanelView(ctx, table, def.key);
    if (view.col('code') === undefined) continue;
    insertParents(ctx, view, classification);
  }
}

function insertParents(ctx: FillContext, view: PanelView, classification: Classification): void {
  const rows = view.codedRows().filter((r) => !r.planned);
  const present = new Set(rows.map((r) => r.code!));
  const missing: string[] = [];
  for (const r of rows) {
    for (let p = parentCode(classification, r.code!); p; p = parentCode(classification, p)) {
      if (!present.has(p) && !missing.includes(p)) missing.push(p);
    }
  }
  if (missing.length === 0) return;
  const keys = view.amountKeys();
  const childrenOf = (code: string) =>
    [...present, ...missing].filter((c) => parentCode(classification, c) === code);
  const value = (code: string, key: string): Decimal => {
    if (present.has(code)) {
      const row = rows.find((r) => r.code === code)!;
      return view.amount(row, key) ?? ZERO;
    }
    return sum(childrenOf(code).map((c) => value(c, key)));
  };
  const width = Math.max(...view.panel.columns.map((c) => c.col)) + 1;
  // Parents first (类 before 款), so rows inserted before the same row end up in code order.
  for (const code of [...missing].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    const first = rows.find((r) => r.code!.startsWith(code));
    if (!first) continue;
    const entry = ctx.catalog.lookup(classification, code);
    const values: (string | number | null)[] = Array.from({ length: width }, () => null);
    values[view.col('code')!] = code;
    const nameCol = view.col('name');
    if (nameCol !== undefined) values[nameCol] = entry?.name ?? null;
    for (const k of keys) {
      const v = value(code, k);
      values[view.col(k)!] = v.isZero() ? null : printed(v).toNumber();
    }
    const children = childrenOf(code).join('、');
    ctx.insertRow({
      sheet: view.sheet,
      beforeRow: first.row,
      code,
      values,
      reason: `${view.label()} 缺少上级科目 ${code}${entry ? ` ${entry.name}` : ''}：按下级科目 ${children} 合计插入`,
    });
    if (!entry) {
      ctx.note('info', view.table, `${view.label()} 插入的上级科目 ${code} 不在${ctx.catalog.source}中，名称请手工填写`, {
        row: first.row,
        col: view.col('code')!,
        code,
        name: '',
      });
    }
  }
}
